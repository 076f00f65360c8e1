// searchText.ts: the one text normalisation of e-paper search, used both when the index is built
// at export and when the reader queries it, so the two always agree. Per code point: NFKC
// (full-width Ａ１ → A1, ﬁ → fi), lower case, then spaces, punctuation, symbols and control
// characters dropped — Chinese is written without spaces, and a reader typing 退役 军人 or
// “退役军人” means 退役军人. Each kept UTF-16 unit remembers where it came from in the source,
// so a hit can be shown in the original text. Imports nothing: the reader bundles this file.

export interface SearchText {
  /** The normalised text. */
  readonly text: string;
  /** Per UTF-16 unit of `text`: the source offset of the code point it came from. */
  readonly from: readonly number[];
  /** Per UTF-16 unit of `text`: the source offset just past that code point. */
  readonly to: readonly number[];
}

const DROPPED = /[\p{P}\p{S}\p{Z}\p{C}\s]/u;

/**
 * Code point → what it normalises to, drops included (''). A pure memo: an edition uses a few
 * thousand distinct characters, and NFKC per character is the slow part of building the index.
 */
const memo = new Map<string, string>();

function normaliseChar(cp: string): string {
  // CJK Unified Ideographs (the bulk of any Chinese text) are their own NFKC and have no case.
  if (cp >= '\u4e00' && cp <= '\u9fff') return cp;
  let out = memo.get(cp);
  if (out === undefined) {
    out = '';
    for (const ch of cp.normalize('NFKC').toLowerCase()) if (!DROPPED.test(ch)) out += ch;
    memo.set(cp, out);
  }
  return out;
}

export function normaliseForSearch(source: string): SearchText {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const cp of source) {
    const end = offset + cp.length;
    const out = normaliseChar(cp);
    text += out;
    for (let i = 0; i < out.length; i++) {
      from.push(offset);
      to.push(end);
    }
    offset = end;
  }
  return { text, from, to };
}

/** The grams that must all be in a document holding `text`: its bigrams, or the one character. */
export function queryGrams(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length === 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
  return [...grams];
}

/** Every gram the index keeps for a document: each character and each pair of neighbours. */
export function documentGrams(text: string): Set<string> {
  const chars = Array.from(text);
  const grams = new Set<string>(chars);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
  return grams;
}
