// liang.ts: Liang's hyphenation algorithm (TeX's), over pattern data in the format of the
// `hyphen` npm package (CTAN patterns compiled to a trie). We read the package's DATA module and
// run our own matcher, because its hyphenator reads the clock (`new Date()`) and the global
// object, which shared code may not; the data alone is plain arrays.
import type { HyphenationHook } from './hyphenation';

/** A trie node: a levels index (leaf), children, or children plus a levels index. */
export type HyphenTrieNode = number | HyphenTrie | readonly [HyphenTrie, number];
export interface HyphenTrie {
  readonly [letter: string]: HyphenTrieNode;
}

/** [levels table, pattern trie, exceptions (word → hyphen offsets)], as `hyphen/patterns/*.js` export them. */
export type HyphenPatternData = readonly [levels: ReadonlyArray<readonly number[]>, trie: HyphenTrie, exceptions?: Readonly<Record<string, readonly number[]>>];

export interface LiangOptions {
  /** Shortest word hyphenated. Default 5. */
  readonly minWordLength?: number;
  /** Letters kept before the first and after the last hyphen (TeX's \lefthyphenmin 2, \righthyphenmin 3). */
  readonly leftMin?: number;
  readonly rightMin?: number;
}

function node(trie: HyphenTrie, letter: string): { next: HyphenTrie | null; levels: number } | null {
  if (!Object.prototype.hasOwnProperty.call(trie, letter)) return null;
  const entry = trie[letter];
  if (typeof entry === 'number') return { next: null, levels: entry };
  if (Array.isArray(entry)) return { next: entry[0] as HyphenTrie, levels: entry[1] as number };
  return { next: entry as HyphenTrie, levels: -1 };
}

/** Odd Liang levels of `.word.`: the offsets (in letters) where the word may break. */
function liang(letters: readonly string[], data: HyphenPatternData): number[] {
  const [table, trie] = data;
  const padded = ['.', ...letters, '.'];
  const levels = new Array<number>(padded.length + 1).fill(0);
  for (let start = 0; start < padded.length; start++) {
    let here: HyphenTrie | null = trie;
    for (let i = start; i < padded.length && here; i++) {
      const found = node(here, padded[i] ?? '');
      if (!found) break;
      const pattern = found.levels >= 0 ? table[found.levels] : undefined;
      // A pattern's levels sit between its letters; levels[k] is the gap before padded[k].
      if (pattern) for (let k = 0; k < pattern.length; k++) levels[start + k] = Math.max(levels[start + k] ?? 0, pattern[k] ?? 0);
      here = found.next;
    }
  }
  const out: number[] = [];
  // padded[k] is letter k-1, so the gap before letter j is levels[j + 1].
  for (let j = 1; j < letters.length; j++) if ((levels[j + 1] ?? 0) % 2 === 1) out.push(j);
  return out;
}

/** A HyphenationHook from TeX patterns: word → code-point offsets where it may take a hyphen. */
export function createLiangHyphenator(data: HyphenPatternData, options: LiangOptions = {}): HyphenationHook {
  const minLength = options.minWordLength ?? 5;
  const leftMin = options.leftMin ?? 2;
  const rightMin = options.rightMin ?? 3;
  const exceptions = data[2] ?? {};
  const memo = new Map<string, readonly number[]>();
  return (word) => {
    const letters = [...word.toLowerCase()];
    if (letters.length < minLength) return [];
    const key = letters.join('');
    let points = memo.get(key);
    if (!points) {
      const fixed = Object.prototype.hasOwnProperty.call(exceptions, key) ? exceptions[key] : undefined;
      points = (fixed ?? liang(letters, data)).filter((j) => j >= leftMin && j <= letters.length - rightMin);
      memo.set(key, points);
    }
    return points;
  };
}
