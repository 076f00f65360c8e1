// quoteContext.ts: the line breaker's and the width model's view of THE quote rule
// (fonts/quotes.ts, which the itemizer uses for the face). A quote in Chinese context is a
// full-width mark, opening or closing like （ ）; in Latin context (an apostrophe in "don’t", an
// English sentence quoting anything) it stays UAX #14's QU with a proportional width. One rule
// for face, break class and width, so the three cannot disagree.
import { resolveQuotes } from '../fonts';

const OPENING = new Set([0x201c, 0x2018]);
const CLOSING = new Set([0x201d, 0x2019]);

export function isAmbiguousQuote(cp: number): boolean {
  return OPENING.has(cp) || CLOSING.has(cp);
}

/** One entry per code point: 'opening' / 'closing' for a Chinese quote, null otherwise. */
export function chineseQuotes(cps: readonly number[]): Array<'opening' | 'closing' | null> {
  return resolveQuotes(cps).map((role) => (role?.context === 'cjk' ? role.side : null));
}

// Callers that ask character by character (referenceAdvanceEm) reuse one resolution per text;
// the arrays are code points of a paragraph that nobody mutates once decoded.
const memo = new WeakMap<readonly number[], Array<'opening' | 'closing' | null>>();

/** chineseQuotes(cps)[i], resolved once per code-point array. */
export function chineseQuote(cps: readonly number[], i: number): 'opening' | 'closing' | null {
  if (!isAmbiguousQuote(cps[i] ?? 0)) return null;
  let roles = memo.get(cps);
  if (roles === undefined) {
    roles = chineseQuotes(cps);
    memo.set(cps, roles);
  }
  return roles[i] ?? null;
}
