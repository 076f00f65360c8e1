// searchIndex.ts: data/search.js, built at export. Every character and every pair of
// neighbouring characters (unigrams and bigrams) of each article's normalised text maps to the
// articles holding it, as ascending article indices; no positions, so the index stays small, and
// the query (searchQuery.ts) confirms a candidate against the article's text. Deterministic:
// grams are written in sorted order.
import type { EpaperArticle, SearchIndex } from './bundle';
import { documentGrams, normaliseForSearch } from './searchText';

export const SEARCH_FORMAT_VERSION = 1;

type SearchSource = Pick<EpaperArticle, 'id' | 'text' | 'headlines'>;

/** The index over `articles`, in the order given (the reader data's article order). */
export function buildSearchIndex(articles: readonly SearchSource[]): SearchIndex {
  const postings = new Map<string, number[]>();
  const docs = articles.map((article, index) => {
    for (const gram of documentGrams(normaliseForSearch(article.text).text)) {
      const list = postings.get(gram);
      if (list) list.push(index);
      else postings.set(gram, [index]);
    }
    return { id: article.id, text: article.text, head: headLength(article) };
  });
  // Sorted by UTF-16 code units, so two exports write the same bytes. (JSON still lists keys
  // that look like array indices, "12", first: the language orders those, the same every time.)
  const grams: Record<string, number[]> = {};
  for (const gram of [...postings.keys()].sort()) grams[gram] = postings.get(gram) ?? [];
  return { formatVersion: SEARCH_FORMAT_VERSION, docs, grams };
}

/** The headlines' length at the start of the text (articleText puts them first), else 0. */
function headLength(article: SearchSource): number {
  const head = article.headlines.map((h) => h.text).join('\n');
  return head !== '' && article.text.startsWith(head) ? head.length : 0;
}
