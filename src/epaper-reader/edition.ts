// edition.ts: index.html, the edition reader. It ties the views together and follows the route
// (route.ts): page navigation by 版 (thumbnails, previous/next, PageUp/PageDown), the page view
// with zoom (+ − 0, Ctrl+wheel, pinch) and hotspots, the page's headline list, search, and on
// phones the article list instead of the page image.
import type { EpaperPageRecord } from '../shared/epaper/bundle';
import { mountArticleList } from './articleList';
import { type EditionIndex, editionData, findPage, indexEdition, searchData } from './data';
import { h, must, typingTarget } from './dom';
import { mountPageArticles } from './pageArticles';
import { PageView } from './pageView';
import { pageHash, parseHash } from './route';
import { mountSearch } from './searchPanel';
import { mountTextSize } from './textSize';

/** Where the phone layout starts; reader.css has the same figure. */
const WIDE = '(min-width: 721px)';

export function startEdition(doc: Document): void {
  mountTextSize(doc);
  const data = editionData();
  if (data === null || data.pages.length === 0) {
    must(doc, 'main').prepend(h('p', { class: 'load-error', role: 'alert' }, '本期数据没有载入（data/edition.js）。请从完整的数字报文件夹打开 index.html。'));
    return;
  }
  const edition = indexEdition(data);
  const wide = window.matchMedia(WIDE);
  const pageView = new PageView(must(doc, '.viewer'), (id) => setActive(id));
  const pageArticles = mountPageArticles(must<HTMLOListElement>(doc, '.page-articles-list'), edition, (id) => setActive(id));
  const list = mountArticleList(must(doc, '.toc'));
  const search = mountSearch(doc, edition, searchData(), { onMatches: (ids) => pageView.setMatches(ids), onActive: (id) => setActive(id) });
  const nav = mountPageNav(doc, edition);
  const title = doc.title;
  let current = -1;
  let selected: string | null = null;

  function setActive(articleId: string | null): void {
    pageView.setActive(articleId);
    pageArticles.setActive(articleId);
  }

  function show(index: number, articleId: string | null): void {
    const page = data?.pages[index];
    if (!page) return;
    if (index !== current) {
      current = index;
      pageArticles.render(page);
      nav.setCurrent(index);
      doc.title = `${page.banner} - ${title}`;
    }
    selected = articleId;
    pageArticles.setSelected(articleId);
    if (wide.matches) {
      pageView.show(page, (id) => edition.articles.get(id)?.href ?? '#');
      pageView.select(articleId, true);
    }
  }

  function route(): void {
    const r = parseHash(window.location.hash);
    if (r.kind === 'article') {
      const article = edition.articles.get(r.id);
      if (article) {
        // An article continued on the page being read stays on that page.
        const here = data?.pages[current]?.id;
        const pageId = here !== undefined && article.pageIds.includes(here) ? here : article.pageIds[0];
        show(pageId === undefined ? 0 : (edition.pageIndex.get(pageId) ?? 0), article.id);
        if (!wide.matches) list.showArticle(article.id);
        return;
      }
    }
    if (r.kind === 'search') search.run(r.query);
    const index = r.kind === 'page' ? findPage(edition.data.pages, r.page) : -1;
    show(index >= 0 ? index : Math.max(0, current), null);
    if (index >= 0 && !wide.matches) list.showPage(edition.data.pages[index]?.id ?? '');
  }

  function go(delta: number): void {
    const page = data?.pages[current + delta];
    if (page) window.location.hash = pageHash(page.label);
  }

  must(doc, '[data-action="prev-page"]').addEventListener('click', () => go(-1));
  must(doc, '[data-action="next-page"]').addEventListener('click', () => go(1));
  doc.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || typingTarget(e.target)) return;
    const viewport = must(doc, '.viewport');
    const panning = viewport.contains(e.target as Node | null) && viewport.classList.contains('is-zoomed');
    const act = (): boolean => {
      if (e.key === 'PageDown' && !panning) go(1);
      else if (e.key === 'PageUp' && !panning) go(-1);
      else if (!wide.matches) return false;
      else if (e.key === '+' || e.key === '=') pageView.zoomBy(1);
      else if (e.key === '-' || e.key === '_') pageView.zoomBy(-1);
      else if (e.key === '0') pageView.fit();
      else if (e.key === 'Escape' && selected !== null && data) window.location.hash = pageHash(data.pages[current]?.label ?? '');
      else return false;
      return true;
    };
    if (act()) e.preventDefault();
  });
  // Turning a phone to landscape, or widening a window, brings the page view back.
  wide.addEventListener('change', () => {
    const index = current;
    current = -1;
    show(index, selected);
  });
  window.addEventListener('hashchange', route);
  route();
}

interface PageNav {
  setCurrent(index: number): void;
}

/** The thumbnails (written by the exporter) and the previous/next buttons. */
function mountPageNav(doc: Document, edition: EditionIndex): PageNav {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('.page-link')];
  const prev = must<HTMLButtonElement>(doc, '[data-action="prev-page"]');
  const next = must<HTMLButtonElement>(doc, '[data-action="next-page"]');
  const heading = must(doc, '.viewer-title');
  const pdf = must<HTMLAnchorElement>(doc, '.page-pdf');
  const pages: readonly EpaperPageRecord[] = edition.data.pages;
  return {
    setCurrent(index) {
      const page = pages[index];
      if (!page) return;
      for (const [i, link] of links.entries()) {
        if (i === index) {
          link.setAttribute('aria-current', 'page');
          link.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        } else link.removeAttribute('aria-current');
      }
      prev.disabled = index === 0;
      next.disabled = index === pages.length - 1;
      heading.textContent = page.banner;
      pdf.href = page.pdf;
      pdf.title = `下载${page.banner}的 PDF`; // a title, not a name: the visible 本版 PDF stays the name
    },
  };
}
