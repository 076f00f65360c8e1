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
//      - Quotation marks are paired (“ with ”, ‘ with ’, nesting allowed) and a pair is decided
//        by the text OUTSIDE it, because the quote belongs to the sentence it sits in: the strong
//        neighbour before the opening mark, else the one after the closing mark, else the first
//        one inside, else the default. 他说“OK”。 sets full-width CJK quotes; He said “中国”
//        sets Latin ones.
//      - ’ between two Latin letters (it’s, Xi’an) is an apostrophe: Latin, never paired. An
//        unpaired ’ right after a Latin letter (students’) is Latin too. Other unpaired marks
//        (a quotation that opened or closes in another paragraph) use the neighbour outside:
//        before an opening mark, after a closing one, then the other side, then the default.
//   3. Fallback: when the chosen face lacks the character and the other face has it, the other
//      face draws it. When neither has it, the chosen face stays and missingGlyphs.ts reports it.
//   4. Combining marks, variation selectors, joiners and invisible controls follow their base.
//
// Runs break where the face or the slot changes, and where a strong character's shaping script
// changes (Latin → Greek), so every run can be shaped with one script and language.
import { charClass, type CharClass, isIgnorable, isSpaceSeparator, type ShapingScript, shapingScript } from './charClass';
import type { Face } from './face';

export type FontSlot = 'cjk' | 'latin';

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

type Strong = FontSlot | null;

interface Chars {
  readonly cps: number[];
  readonly offsets: number[];
  readonly classes: CharClass[];
}

function decode(text: string): Chars {
  const cps: number[] = [];
  const offsets: number[] = [];
  const classes: CharClass[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    cps.push(cp);
    offsets.push(i);
    classes.push(isIgnorable(cp) ? 'attach' : charClass(cp));
    i += cp > 0xffff ? 2 : 1;
  }
  return { cps, offsets, classes };
}

const strongOf = (cls: CharClass | undefined): Strong => (cls === 'cjk' ? 'cjk' : cls === 'latin' ? 'latin' : null);

/** prev[i] / next[i]: the nearest strong class strictly before / after character i. */
function neighbours(classes: readonly CharClass[]): { prev: Strong[]; next: Strong[] } {
  const n = classes.length;
  const prev = new Array<Strong>(n).fill(null);
  const next = new Array<Strong>(n).fill(null);
  let last: Strong = null;
  for (let i = 0; i < n; i++) {
    prev[i] = last;
    last = strongOf(classes[i]) ?? last;
  }
  last = null;
  for (let i = n - 1; i >= 0; i--) {
    next[i] = last;
    last = strongOf(classes[i]) ?? last;
  }
  return { prev, next };
}

const isLatinLetterOrDigit = (cls: CharClass | undefined): boolean => cls === 'latin';

/** Step 1 and 2: the slot each character asks for (attach characters get a placeholder). */
function slotsByContext(chars: Chars, fallback: FontSlot): FontSlot[] {
  const { cps, classes } = chars;
  const { prev, next } = neighbours(classes);
  const slots = classes.map((cls, i): FontSlot => {
    if (cls === 'cjk') return 'cjk';
    if (cls === 'ambiguous') return prev[i] === 'cjk' || next[i] === 'cjk' ? 'cjk' : prev[i] === 'latin' || next[i] === 'latin' ? 'latin' : fallback;
    return 'latin'; // latin, neutral; attach is replaced later; quotes are decided below
  });
  const stacks: Record<'double' | 'single', number[]> = { double: [], single: [] };
  for (let i = 0; i < cps.length; i++) {
    const cls = classes[i];
    if (cls !== 'opening' && cls !== 'closing') continue;
    const kind = cps[i] === 0x201c || cps[i] === 0x201d ? 'double' : 'single';
    if (cls === 'opening') {
      stacks[kind].push(i);
      slots[i] = prev[i] ?? next[i] ?? fallback; // replaced if a closing mark pairs with it
      continue;
    }
    const afterLetter = isLatinLetterOrDigit(classes[i - 1]);
    if (kind === 'single' && afterLetter && isLatinLetterOrDigit(classes[i + 1])) {
      slots[i] = 'latin'; // apostrophe inside a word
      continue;
    }
    const open = stacks[kind].pop();
    if (open !== undefined) {
      const slot = prev[open] ?? next[i] ?? next[open] ?? fallback;
      slots[open] = slot;
      slots[i] = slot;
    } else {
      slots[i] = kind === 'single' && afterLetter ? 'latin' : (next[i] ?? prev[i] ?? fallback);
    }
  }
  return slots;
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
