// articleList.ts: the whole edition as a list of articles by 版, written into index.html by the
// exporter. It is the phone layout (below the breakpoint the page image gives way to it: nobody
// pinch-zooms a broadsheet on a phone) and the no-script fallback; here it only follows the
// route, scrolling to the page or article a link names.

export interface ArticleListView {
  showPage(pageId: string): void;
  showArticle(articleId: string): void;
}

export function mountArticleList(root: HTMLElement): ArticleListView {
  function mark(articleId: string | null): void {
    for (const item of root.querySelectorAll<HTMLElement>('.toc-article')) {
      const on = item.dataset['article'] === articleId;
      item.classList.toggle('is-selected', on);
      if (on) item.setAttribute('aria-current', 'true');
      else item.removeAttribute('aria-current');
    }
  }
  return {
    showPage(pageId) {
      mark(null);
      root.querySelector(`[data-page-id="${CSS.escape(pageId)}"]`)?.scrollIntoView({ block: 'start' });
    },
    showArticle(articleId) {
      mark(articleId);
      root.querySelector(`.toc-article[data-article="${CSS.escape(articleId)}"]`)?.scrollIntoView({ block: 'center' });
    },
  };
}
