// hyphenation.ts: the extension point for breaking Latin words. UAX #14 never breaks inside a
// word (LB28); a hyphenator (TeX patterns, later) names the points where a word may break with a
// visible hyphen, and the fitter treats those as extra, costlier break candidates.
import type { Boundaries } from './breaks';

/** Given a word, the code-point offsets inside it (0 < offset < length) where it may be hyphenated. */
export type HyphenationHook = (word: string) => readonly number[];

const LETTER = new Set(['AL', 'HL']);

/**
 * Boundaries inside Latin words where the hook allows a hyphen. A word is a run of letters
 * (lb AL/HL, with their marks) with no break opportunity inside; only boundaries the line
 * breaker prohibits are returned, so a hyphen never replaces an ordinary break.
 */
export function hyphenationPoints(b: Boundaries, hook: HyphenationHook): Set<number> {
  const points = new Set<number>();
  const { units, cps, action } = b;
  let k = 0;
  while (k < units.count) {
    if (!LETTER.has(units.cls[k] ?? '')) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < units.count && LETTER.has(units.cls[end] ?? '') && action[units.start[end] ?? 0] === 'prohibited') end++;
    const from = units.start[k] ?? 0;
    const to = end < units.count ? (units.start[end] ?? cps.length) : cps.length;
    if (end - k >= 2) {
      const word = String.fromCodePoint(...cps.slice(from, to));
      for (const offset of hook(word)) {
        const j = from + offset;
        if (offset > 0 && j < to && action[j] === 'prohibited' && b.rule[j] !== 'LB9') points.add(j);
      }
    }
    k = end;
  }
  return points;
}
