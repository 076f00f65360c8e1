// slug.ts: short working names (稿件名) from headlines, as desks write them: the first few
// characters, long enough that two stories of one import never share a name.

const BASE_CHARS = 8;
const MAX_CHARS = 16;

/** Letters, digits and Han only: 呵护护士心灵 致敬… → 呵护护士心灵致敬. */
function slugChars(text: string): string[] {
  return [...text.replace(/[^\p{L}\p{N}]/gu, '')];
}

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * One slug per source text: its first 8 characters, or one more than it shares with any other
 * text (up to 16), so 枣庄市领导来市中区开展… and 枣庄市领导来市中区督导… stay apart. Identical
 * texts get -2, -3 … Texts with nothing usable fall back to `fallback`.
 */
export function makeSlugs(texts: readonly string[], fallback: string): string[] {
  const chars = texts.map(slugChars);
  const used = new Map<string, number>();
  return chars.map((mine, i) => {
    let length = BASE_CHARS;
    chars.forEach((other, j) => {
      if (j !== i) length = Math.max(length, commonPrefix(mine, other) + 1);
    });
    const base = mine.slice(0, Math.min(length, MAX_CHARS)).join('') || fallback;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    return seen === 0 ? base : `${base}-${seen + 1}`;
  });
}
