// searchQuery.ts: the reader's search over data/search.js. Imports nothing but types and
// searchText.ts, so the reader script can bundle it small.
//
// 1. The query splits at spaces into terms, each normalised as the index was (searchText.ts);
//    every term must match (退役 培训 finds the articles holding both).
// 2. Candidates: the articles holding every gram of every term — a term's bigrams, or the
//    character itself for a one-character term.
// 3. Confirmation: the article's normalised text must contain each term as a whole, so 退役军人
//    finds only articles with that word, not ones that merely hold 退役 and 军人 apart.
// 4. Score: the term occurrences in the article, plus HEADLINE_BONUS when a term occurs in a
//    headline, so headline hits come first; equal scores keep the edition's order.
// 5. Snippet: the original text from SNIPPET_RADIUS characters before the first hit to as many
//    after it, on one line, with … where it was cut.
import type { SearchIndex } from './bundle';
import { normaliseForSearch, queryGrams, type SearchText } from './searchText';

export const HEADLINE_BONUS = 1000;
export const SNIPPET_RADIUS = 20;

export interface SearchHit {
  readonly id: string;
  readonly score: number;
  readonly snippet: string;
}

export function searchArticles(index: SearchIndex, query: string): SearchHit[] {
  const terms = query
    .split(/\s+/u)
    .map((t) => normaliseForSearch(t).text)
    .filter((t) => t !== '');
  if (terms.length === 0) return [];
  let candidates: number[] | null = null;
  for (const gram of new Set(terms.flatMap(queryGrams))) {
    const list = Object.hasOwn(index.grams, gram) ? (index.grams[gram] ?? []) : [];
    candidates = candidates === null ? [...list] : intersect(candidates, list);
    if (candidates.length === 0) return [];
  }
  const hits: Array<SearchHit & { rank: number }> = [];
  for (const rank of candidates ?? []) {
    const doc = index.docs[rank];
    if (!doc) continue;
    const hit = matchDoc(doc, terms);
    if (hit) hits.push({ id: doc.id, ...hit, rank });
  }
  return hits.sort((a, b) => b.score - a.score || a.rank - b.rank).map(({ id, score, snippet }) => ({ id, score, snippet }));
}

function matchDoc(doc: SearchIndex['docs'][number], terms: readonly string[]): { score: number; snippet: string } | null {
  const norm = normaliseForSearch(doc.text);
  let count = 0;
  let inHead = false;
  let first: { start: number; end: number } | null = null;
  for (const term of terms) {
    const found = occurrences(norm, term);
    if (found.length === 0) return null;
    count += found.length;
    for (const range of found) {
      if (range.start < (doc.head ?? 0)) inHead = true;
      if (!first || range.start < first.start) first = range;
    }
  }
  return { score: count + (inHead ? HEADLINE_BONUS : 0), snippet: first ? snippet(doc.text, first.start, first.end) : '' };
}

/** Source ranges (UTF-16, end exclusive) of the non-overlapping occurrences of `term`. */
function occurrences(norm: SearchText, term: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let at = norm.text.indexOf(term); at !== -1; at = norm.text.indexOf(term, at + term.length)) {
    out.push({ start: norm.from[at] ?? 0, end: norm.to[at + term.length - 1] ?? 0 });
  }
  return out;
}

function snippet(text: string, start: number, end: number): string {
  const before = Array.from(text.slice(0, start));
  const after = Array.from(text.slice(end));
  const head = before.slice(Math.max(0, before.length - SNIPPET_RADIUS)).join('');
  const tail = after.slice(0, SNIPPET_RADIUS).join('');
  const cut = `${before.length > SNIPPET_RADIUS ? '…' : ''}${head}${text.slice(start, end)}${tail}${after.length > SNIPPET_RADIUS ? '…' : ''}`;
  return cut.replace(/\s+/gu, ' ').trim();
}

/** The common elements of two ascending lists. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}
