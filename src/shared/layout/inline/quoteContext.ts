// quoteContext.ts: whether an ambiguous-width quote “ ” ‘ ’ is a Chinese quote. In a Chinese run
// it is a full-width mark drawn from the CJK face, opening or closing like （ ）; in a Latin run
// (an apostrophe in "don’t", an English quotation) it stays a proportional Latin quote. The line
// breaker (the tailored levels) and the width model both ask, so they cannot disagree.
import { isEastAsian } from './unicodeProps';

const OPENING = new Set([0x201c, 0x2018]);
const CLOSING = new Set([0x201d, 0x2019]);

export function isAmbiguousQuote(cp: number): boolean {
  return OPENING.has(cp) || CLOSING.has(cp);
}

/**
 * 'opening' or 'closing' when cps[i] is one of the four quotes and the nearest character on
 * either side that is not itself such a quote is East Asian (East_Asian_Width F, W or H);
 * null otherwise.
 */
export function chineseQuote(cps: readonly number[], i: number): 'opening' | 'closing' | null {
  const cp = cps[i] ?? 0;
  if (!isAmbiguousQuote(cp)) return null;
  let left = i - 1;
  while (left >= 0 && isAmbiguousQuote(cps[left] ?? 0)) left--;
  let right = i + 1;
  while (right < cps.length && isAmbiguousQuote(cps[right] ?? 0)) right++;
  const chinese = (left >= 0 && isEastAsian(cps[left] ?? 0)) || (right < cps.length && isEastAsian(cps[right] ?? 0));
  if (!chinese) return null;
  return OPENING.has(cp) ? 'opening' : 'closing';
}
