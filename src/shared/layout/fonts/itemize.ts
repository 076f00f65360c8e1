// itemize.ts: paragraph text + composite font → font runs. Stage 1 of the inline pipeline
// (itemize → shape → break → justify; stack-notes §3: shape per run, never the mixed text in one
// buffer). Each character gets the CJK or the Latin face of the composite:
//
//   1. Han, kana, CJK punctuation and full-width forms take the CJK face; letters, digits,
//      spaces and ASCII punctuation take the Latin face (charClass.ts).
//   2. Ambiguous marks take the face of their CONTEXT. A character's strong neighbours are the
//      nearest CJK or Latin character before and after it, skipping neutral and ambiguous ones.
//      - — … · □ ① and the like: CJK if either strong neighbour is CJK, else Latin if either is
//        Latin, else the paragraph default.
//      - Quotation marks “ ” ‘ ’ follow THE quote rule (quotes.ts, shared with the line breaker
//        and the width model): pairs take the context of the text outside them, so 他说“OK”。
//        sets full-width CJK quotes and He said “中国” sets Latin ones; it’s is an apostrophe.
//   3. Fallback: when the chosen face lacks the character and the other face has it, the other
//      face draws it. When neither has it, the chosen face stays and missingGlyphs.ts reports it.
//   4. Combining marks, variation selectors, joiners and invisible controls follow their base.
//
// Runs break where the face or the slot changes, and where a strong character's shaping script
// changes (Latin → Greek), so every run can be shaped with one script and language.
import { type CharClass, isSpaceSeparator, type ShapingScript, shapingScript } from './charClass';
import type { Face } from './face';
import { classesOf, resolveQuotes, type ScriptContext, strongNeighbours } from './quotes';

export type FontSlot = ScriptContext;

/** The two faces a character style names (FontPairSchema), already resolved to faces. */
export interface CompositeFont {
  readonly cjk: Face;
  readonly latin: Face;
}

export interface FontRun {
  /** UTF-16 offsets into the paragraph text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly face: Face;
  /** Which member of the composite draws the run (after fallback). */
  readonly slot: FontSlot;
  readonly script: ShapingScript;
  /** BCP 47 language for the shaper (locl): the slot's language from the options. */
  readonly language: string;
}

export interface ItemizeOptions {
  /** Context when no strong character decides (a paragraph of only “……”). Default 'cjk'. */
  readonly defaultContext?: FontSlot;
  /** Default 'zh-Hans' (mainland forms, typesetting-cjk.md §3). */
  readonly cjkLanguage?: string;
  /** Default 'en'. */
  readonly latinLanguage?: string;
}

interface Chars {
  readonly cps: number[];
  readonly offsets: number[];
  readonly classes: CharClass[];
}

function decode(text: string): Chars {
  const cps: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    cps.push(cp);
    offsets.push(i);
    i += cp > 0xffff ? 2 : 1;
  }
  return { cps, offsets, classes: classesOf(cps) };
}

/** Step 1 and 2: the slot each character asks for (attach characters get a placeholder). */
function slotsByContext(chars: Chars, fallback: FontSlot): FontSlot[] {
  const { cps, classes } = chars;
  const { prev, next } = strongNeighbours(classes);
  const quotes = resolveQuotes(cps, { defaultContext: fallback, classes });
  return classes.map((cls, i): FontSlot => {
    if (cls === 'cjk') return 'cjk';
    const quote = quotes[i];
    if (quote) return quote.context;
    if (cls === 'ambiguous') return prev[i] === 'cjk' || next[i] === 'cjk' ? 'cjk' : prev[i] === 'latin' || next[i] === 'latin' ? 'latin' : fallback;
    return 'latin'; // latin, neutral; attach is replaced later
  });
}

/** Splits `text` into runs, each drawn by one face of `font` (see the header for the rules). */
export function itemize(text: string, font: CompositeFont, options: ItemizeOptions = {}): FontRun[] {
  const fallback = options.defaultContext ?? 'cjk';
  const language = { cjk: options.cjkLanguage ?? 'zh-Hans', latin: options.latinLanguage ?? 'en' };
  const chars = decode(text);
  const { cps, offsets, classes } = chars;
  const slots = slotsByContext(chars, fallback);
  const other = (slot: FontSlot): FontSlot => (slot === 'cjk' ? 'latin' : 'cjk');

  // Step 3: coverage fallback. Step 4: attach characters follow the character before them (or,
  // at the very start, the first one after).
  const n = cps.length;
  const final: Array<FontSlot | null> = new Array<FontSlot | null>(n).fill(null);
  for (let i = 0; i < n; i++) {
    if (classes[i] === 'attach') continue;
    const cp = cps[i] ?? 0;
    const slot = slots[i] ?? fallback;
    const covered = font[slot].hasGlyph(cp) || (isSpaceSeparator(cp) && font[slot].hasGlyph(0x20));
    final[i] = !covered && font[other(slot)].hasGlyph(cp) ? other(slot) : slot;
  }
  let carry: FontSlot | null = null;
  for (let i = 0; i < n; i++) carry = final[i] ??= carry;
  carry = null;
  for (let i = n - 1; i >= 0; i--) carry = final[i] ??= carry;

  const runs: FontRun[] = [];
  let runStart = 0;
  let runSlot: FontSlot | null = null;
  // null until the run meets a strong character; a run of only marks and spaces is then shaped
  // as its slot's usual script.
  let runScript: ShapingScript | null = null;
  const close = (endIndex: number): void => {
    if (runSlot === null) return;
    const end = endIndex < n ? (offsets[endIndex] ?? text.length) : text.length;
    const script = runScript ?? (runSlot === 'cjk' ? 'Hani' : 'Latn');
    runs.push({ start: runStart, end, face: font[runSlot], slot: runSlot, script, language: language[runSlot] });
  };
  for (let i = 0; i < n; i++) {
    const slot = final[i] ?? fallback;
    const cls = classes[i] ?? 'neutral';
    const script = cls === 'cjk' || cls === 'latin' ? shapingScript(cps[i] ?? 0, cls) : null;
    if (slot !== runSlot || (script !== null && runScript !== null && script !== runScript)) {
      close(i);
      runStart = offsets[i] ?? 0;
      runSlot = slot;
      runScript = script;
    } else if (runScript === null) {
      runScript = script;
    }
  }
  close(n);
  return runs;
}
