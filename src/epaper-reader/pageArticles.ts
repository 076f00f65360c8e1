// pageArticles.ts: "本版文章", the current page's headlines as a list of links: the text
// alternative to the page image (issue 7: accessibility), and a second way to the hotspots:
// pointing at an entry highlights its hotspot on the page and the other way round.
import type { EpaperPageRecord } from '../shared/epaper/bundle';
import type { EditionIndex } from './data';
import { h } from './dom';

export interface PageArticlesView {
  render(page: EpaperPageRecord): void;
  /** Marks the entry of the hotspot under the pointer or focus. */
  setActive(articleId: string | null): void;
  setSelected(articleId: string | null): void;
}

export function mountPageArticles(list: HTMLOListElement, edition: EditionIndex, onActive: (articleId: string | null) => void): PageArticlesView {
  const items = new Map<string, HTMLLIElement>();
  const leave = (): void => onActive(null);
  return {
    render(page) {
      items.clear();
      const entries = page.articleIds.map((id) => edition.articles.get(id)).filter((a) => a !== undefined);
      list.replaceChildren(
        ...entries.map((article) => {
          const continued = article.pageIds[0] !== page.id;
          const link = h('a', { class: 'page-article-link', href: article.href }, h('span', { class: 'page-article-headline' }, article.headline));
          if (continued) link.append(h('span', { class: 'page-article-note' }, '（接上版）'));
          const item = h('li', { class: 'page-article', 'data-article': article.id }, link);
          if (article.byline !== '') item.append(h('p', { class: 'page-article-byline' }, article.byline));
          link.addEventListener('pointerenter', () => onActive(article.id));
          link.addEventListener('pointerleave', leave);
          link.addEventListener('focus', () => onActive(article.id));
          link.addEventListener('blur', leave);
          items.set(article.id, item);
          return item;
        }),
      );
      if (entries.length === 0) list.replaceChildren(h('li', { class: 'page-article page-article--none' }, '本版没有文章。'));
    },
    setActive(articleId) {
      for (const [id, item] of items) item.classList.toggle('is-active', id === articleId);
    },
    setSelected(articleId) {
      for (const [id, item] of items) {
        item.classList.toggle('is-selected', id === articleId);
        if (id === articleId) item.setAttribute('aria-current', 'true');
        else item.removeAttribute('aria-current');
      }
    },
  };
}
