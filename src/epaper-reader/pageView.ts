// pageView.ts: the current page: its image and hotspots (pageSheet.ts), zoom and pan
// (zoomPan.ts), and the hotspot states: `active` (pointer or focus, here or in the headline list),
// `selected` (the article a link or search result pointed to, #article=…) and `match` (articles
// the current search found).
import type { EpaperPageRecord } from '../shared/epaper/bundle';
import { must } from './dom';
import { hotspotBox, renderSheet, type Sheet } from './pageSheet';
import { ZoomPan } from './zoomPan';

export class PageView {
  private readonly zoomPan: ZoomPan;
  private readonly sheetElement: HTMLElement;
  private page: EpaperPageRecord | null = null;
  private sheet: Sheet | null = null;
  private selected: string | null = null;
  private matches: ReadonlySet<string> = new Set();

  constructor(
    root: HTMLElement,
    private readonly onActive: (articleId: string | null) => void,
  ) {
    const viewport = must(root, '.viewport');
    this.sheetElement = must(root, '.sheet');
    const level = must<HTMLOutputElement>(root, '.zoom-level');
    const zoomIn = must<HTMLButtonElement>(root, '[data-action="zoom-in"]');
    const zoomOut = must<HTMLButtonElement>(root, '[data-action="zoom-out"]');
    const fit = must<HTMLButtonElement>(root, '[data-action="zoom-fit"]');
    this.zoomPan = new ZoomPan(viewport, must(root, '.stage'), this.sheetElement, (zoom, min, max) => {
      level.value = `${Math.round(zoom * 100)}%`;
      zoomOut.disabled = zoom <= min + 1e-6;
      zoomIn.disabled = zoom >= max - 1e-6;
      fit.disabled = zoom <= min + 1e-6;
    });
    zoomIn.addEventListener('click', () => this.zoomBy(1));
    zoomOut.addEventListener('click', () => this.zoomBy(-1));
    fit.addEventListener('click', () => this.zoomPan.fit());
  }

  get current(): EpaperPageRecord | null {
    return this.page;
  }

  /** Shows `page` whole; a no-op when it is already shown. */
  show(page: EpaperPageRecord, href: (articleId: string) => string): void {
    if (this.page?.id === page.id) return;
    this.page = page;
    this.sheet = renderSheet(this.sheetElement, page, href);
    for (const [id, link] of this.sheet.hotspots) {
      link.addEventListener('pointerenter', () => this.onActive(id));
      link.addEventListener('pointerleave', () => this.onActive(null));
      link.addEventListener('focus', () => this.onActive(id));
      link.addEventListener('blur', () => this.onActive(null));
    }
    this.zoomPan.setPage({ width: page.width, height: page.height }, page.image.width);
    this.paintStates(null);
  }

  zoomBy(dir: 1 | -1): void {
    this.zoomPan.zoomBy(dir);
  }

  fit(): void {
    this.zoomPan.fit();
  }

  /** Selects an article's hotspot (null: none) and, with `reveal`, scrolls it into view. */
  select(articleId: string | null, reveal: boolean): void {
    this.selected = articleId;
    this.paintStates(null);
    const spot = articleId === null ? undefined : this.page?.hotspots.find((s) => s.articleId === articleId);
    if (reveal && spot) this.zoomPan.reveal(hotspotBox(spot));
  }

  setMatches(articleIds: ReadonlySet<string>): void {
    this.matches = articleIds;
    this.paintStates(null);
  }

  setActive(articleId: string | null): void {
    this.paintStates(articleId);
  }

  private paintStates(active: string | null): void {
    for (const [id, link] of this.sheet?.hotspots ?? []) {
      link.classList.toggle('is-active', id === active);
      link.classList.toggle('is-selected', id === this.selected);
      link.classList.toggle('is-match', this.matches.has(id));
    }
  }
}
