// data.ts: the bundle's data as the reader finds it. data/edition.js and data/search.js are
// classic scripts that set window globals (file:// forbids fetch), loaded before reader.js; this
// module is the only place that reads those globals.
import type { EpaperPageRecord, EpaperReaderData, SearchIndex } from '../shared/epaper/bundle';

declare global {
  interface Window {
    GALLEY_EPAPER?: EpaperReaderData;
    GALLEY_EPAPER_SEARCH?: SearchIndex;
  }
}

export type ReaderArticle = EpaperReaderData['articles'][number];

/** The edition's data, or null when data/edition.js did not load (a bundle copied in part). */
export function editionData(): EpaperReaderData | null {
  const data = window.GALLEY_EPAPER;
  return data && Array.isArray(data.pages) && Array.isArray(data.articles) ? data : null;
}

/** The search index, or null when data/search.js did not load. */
export function searchData(): SearchIndex | null {
  const index = window.GALLEY_EPAPER_SEARCH;
  return index && Array.isArray(index.docs) ? index : null;
}

/** Lookups the views share, built once. */
export interface EditionIndex {
  readonly data: EpaperReaderData;
  readonly articles: ReadonlyMap<string, ReaderArticle>;
  /** Page position by page id. */
  readonly pageIndex: ReadonlyMap<string, number>;
}

export function indexEdition(data: EpaperReaderData): EditionIndex {
  return {
    data,
    articles: new Map(data.articles.map((a) => [a.id, a])),
    pageIndex: new Map(data.pages.map((p, i) => [p.id, i])),
  };
}

/** The page a `#page=` value names: its label first, then its file stem, then its number. */
export function findPage(pages: readonly EpaperPageRecord[], name: string): number {
  const byLabel = pages.findIndex((p) => p.label === name);
  if (byLabel >= 0) return byLabel;
  const byStem = pages.findIndex((p) => p.stem === name);
  if (byStem >= 0) return byStem;
  const n = /^\d+$/u.test(name) ? Number(name) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= pages.length ? n - 1 : -1;
}
