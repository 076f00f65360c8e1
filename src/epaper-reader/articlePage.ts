// articlePage.ts: articles/<id>.html. The page is complete without script; this adds the 字号
// buttons, and ←/→ for the previous and next article.
import { typingTarget } from './dom';
import { mountTextSize } from './textSize';

export function startArticlePage(doc: Document): void {
  mountTextSize(doc);
  doc.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || typingTarget(e.target)) return;
    const rel = e.key === 'ArrowLeft' ? 'prev' : e.key === 'ArrowRight' ? 'next' : null;
    const link = rel === null ? null : doc.querySelector<HTMLAnchorElement>(`a[rel="${rel}"]`);
    if (link) {
      e.preventDefault();
      link.click();
    }
  });
}
