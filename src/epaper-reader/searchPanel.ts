// searchPanel.ts: the search box and its results. The index (data/search.js) and the query
// function are the model's (src/shared/epaper: character bigrams, so Chinese words are found
// without a segmenter); this module only asks and shows. A result links to its article page, and
// to its place on the page (#article=…), which selects its hotspot; the hotspots of every article
// found are marked on whatever page is shown while the results are open.
import type { SearchIndex } from '../shared/epaper/bundle';
// The query module alone, not the epaper index: the index pulls in the model and zod, which
// would more than double the reader script for nothing it uses.
import { searchArticles } from '../shared/epaper/searchQuery';
import type { EditionIndex } from './data';
import { h, must } from './dom';
import { highlighted } from './highlight';
import { articleHash } from './route';

/** Results shown at most; an edition has a few dozen articles, this is a guard, not paging. */
const MAX_RESULTS = 50;
/** Searching while typing waits for a pause this long (ms). */
const TYPING_PAUSE = 200;

export interface SearchCallbacks {
  /** The articles found (empty when the results are closed). */
  onMatches(articleIds: ReadonlySet<string>): void;
  /** A result under the pointer or focus. */
  onActive(articleId: string | null): void;
}

export interface SearchPanel {
  /** Runs `query` as if typed (deep links: #search=…). */
  run(query: string): void;
}

export function mountSearch(root: Document, edition: EditionIndex, index: SearchIndex | null, callbacks: SearchCallbacks): SearchPanel {
  const form = must<HTMLFormElement>(root, 'form.search');
  const input = must<HTMLInputElement>(form, 'input[type="search"]');
  const status = must(root, '.search-status');
  const panel = must(root, '.search-results');
  const list = must<HTMLOListElement>(panel, '.search-list');
  const count = must(panel, '.search-count');
  let timer: number | undefined;
  let shown = '';

  function close(): void {
    panel.hidden = true;
    list.replaceChildren();
    shown = '';
    status.textContent = '';
    callbacks.onMatches(new Set());
  }

  function search(raw: string): void {
    const query = raw.trim().normalize('NFC');
    if (query === shown) return;
    if (query === '') return close();
    shown = query;
    const found = index === null ? [] : searchArticles(index, query).slice(0, MAX_RESULTS);
    const message = index === null ? '搜索索引没有载入（缺少 data/search.js）。' : found.length === 0 ? `没有找到含“${query}”的文章。` : `找到 ${found.length} 篇含“${query}”的文章。`;
    count.textContent = message;
    status.textContent = message;
    list.replaceChildren(
      ...found.flatMap((hit) => {
        const article = edition.articles.get(hit.id);
        if (!article) return [];
        const pageIndex = article.pageIds[0] === undefined ? undefined : edition.pageIndex.get(article.pageIds[0]);
        const page = pageIndex === undefined ? undefined : edition.data.pages[pageIndex];
        const title = h('a', { class: 'search-result-link', href: article.href }, ...highlighted(article.headline, query));
        const locate = h('a', { class: 'search-result-locate', href: articleHash(article.id) }, '在版面中查看');
        const item = h(
          'li',
          { class: 'search-result', 'data-article': article.id },
          h('h3', { class: 'search-result-title' }, title),
          hit.snippet === '' ? null : h('p', { class: 'search-result-snippet' }, ...highlighted(hit.snippet, query)),
          h('p', { class: 'search-result-meta' }, page ? h('span', { class: 'search-result-page' }, page.banner) : null, locate),
        );
        for (const link of [title, locate]) {
          link.addEventListener('pointerenter', () => callbacks.onActive(article.id));
          link.addEventListener('pointerleave', () => callbacks.onActive(null));
          link.addEventListener('focus', () => callbacks.onActive(article.id));
          link.addEventListener('blur', () => callbacks.onActive(null));
        }
        return [item];
      }),
    );
    panel.hidden = false;
    callbacks.onMatches(new Set(found.map((hit) => hit.id)));
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    window.clearTimeout(timer);
    search(input.value);
  });
  input.addEventListener('input', (e) => {
    // An IME composing 退役 sends input events for every keystroke of its pinyin.
    if ((e as InputEvent).isComposing) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => search(input.value), TYPING_PAUSE);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && input.value !== '') {
      input.value = '';
      close();
    }
  });
  must(panel, '[data-action="search-close"]').addEventListener('click', () => {
    input.value = '';
    close();
    input.focus();
  });
  return {
    run(query) {
      input.value = query;
      search(query);
    },
  };
}
