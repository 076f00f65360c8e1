// quotes.ts: THE quote rule. Whether an ambiguous quotation mark “ ” ‘ ’ is a Chinese quote
// (full-width, drawn by the CJK face, breaking like （ ） with its blank half compressible) or a
// Latin one (proportional, Latin face, UAX #14's QU) is decided here once, and everything asks:
// the itemizer for the face (itemize.ts), the line breaker for the break class, the width and
// compression model for the blank (inline/quoteContext.ts wraps this). It lives in fonts/
// because inline/ already depends on fonts/ and fonts/ may not import inline/.
//
// The rule (newspaper practice: a quote belongs to the sentence it stands in, not to what it
// quotes):
//   - Marks pair up, “ with ” and ‘ with ’, nesting allowed. A pair takes the context of the
//     text OUTSIDE it: the nearest strong character (CJK or Latin, charClass.ts) before the
//     opening mark, else the one after the closing mark, else the first one inside, else the
//     default (CJK).
//       他说“OK”。 → Chinese     He said “中国”. → Latin
//       “OK”，他说。 → Chinese   “中国” means China. → Latin
//   - ’ between two Latin letters or digits (it’s, Xi’an) is an apostrophe: Latin, never paired.
//     An unpaired ’ right after a Latin letter (students’) is Latin too.
//   - Other unpaired marks (a quotation opened or closed in another paragraph) take the
//     neighbour outside: before an opening mark, after a closing one, then the other side, then
//     the default.
import { charClass, type CharClass, isIgnorable } from './charClass';

export type ScriptContext = 'cjk' | 'latin';

export interface QuoteRole {
  /** Which context the mark belongs to: 'cjk' is a full-width Chinese quote. */
  readonly context: ScriptContext;
  /** Opening (“ ‘) or closing (” ’) by the character itself. */
  readonly side: 'opening' | 'closing';
}

type Strong = ScriptContext | null;

/** charClass with invisible controls and joiners as 'attach' (they follow their base). */
export function classesOf(cps: readonly number[]): CharClass[] {
  return cps.map((cp) => (isIgnorable(cp) ? 'attach' : charClass(cp)));
}

const strongOf = (cls: CharClass | undefined): Strong => (cls === 'cjk' ? 'cjk' : cls === 'latin' ? 'latin' : null);

/** prev[i] / next[i]: the nearest strong class strictly before / after character i. */
export function strongNeighbours(classes: readonly CharClass[]): { prev: Strong[]; next: Strong[] } {
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

export interface QuoteRuleOptions {
  /** Context when no strong character decides (a paragraph of only “……”). Default 'cjk'. */
  readonly defaultContext?: ScriptContext;
  /** Already computed classesOf(cps), to save the itemizer a second pass. */
  readonly classes?: readonly CharClass[];
}

/** One entry per code point: the role of each of “ ” ‘ ’, null for every other character. */
export function resolveQuotes(cps: readonly number[], options: QuoteRuleOptions = {}): Array<QuoteRole | null> {
  const fallback = options.defaultContext ?? 'cjk';
  const classes = options.classes ?? classesOf(cps);
  const { prev, next } = strongNeighbours(classes);
  const roles = new Array<QuoteRole | null>(cps.length).fill(null);
  const stacks: Record<'double' | 'single', number[]> = { double: [], single: [] };
  const set = (i: number, context: ScriptContext): void => {
    roles[i] = { context, side: classes[i] === 'opening' ? 'opening' : 'closing' };
  };
  for (let i = 0; i < cps.length; i++) {
    const cls = classes[i];
    if (cls !== 'opening' && cls !== 'closing') continue;
    const kind = cps[i] === 0x201c || cps[i] === 0x201d ? 'double' : 'single';
    if (cls === 'opening') {
      stacks[kind].push(i);
      set(i, prev[i] ?? next[i] ?? fallback); // replaced if a closing mark pairs with it
      continue;
    }
    const afterLetter = classes[i - 1] === 'latin';
    if (kind === 'single' && afterLetter && classes[i + 1] === 'latin') {
      set(i, 'latin'); // apostrophe inside a word
      continue;
    }
    const open = stacks[kind].pop();
    if (open !== undefined) {
      const context = prev[open] ?? next[i] ?? next[open] ?? fallback;
      set(open, context);
      set(i, context);
    } else {
      set(i, kind === 'single' && afterLetter ? 'latin' : (next[i] ?? prev[i] ?? fallback));
    }
  }
  return roles;
}
