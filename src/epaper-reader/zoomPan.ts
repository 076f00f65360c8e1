// zoomPan.ts: zoom and pan of the page view, by buttons and keys (through the controller), the
// wheel with Ctrl (also what a trackpad pinch sends), mouse drag, and touch pinch and drag via
// pointer events. Panning is the viewport's own scrolling, so arrow keys, the scroll bars and the
// wheel pan too; the geometry is zoomMath.ts.
import { clamp, fitScale, layoutSheet, maxZoom, type Point, scrollAfterZoom, type Size, stepZoom } from './zoomMath';

/** Room around the page inside the viewport, CSS px. */
const MARGIN = 16;
/** A press that moves less than this is a click (a hotspot), not a drag. */
const DRAG_THRESHOLD = 5;

interface Drag {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly left: number;
  readonly top: number;
  moved: boolean;
}

interface Pinch {
  readonly distance: number;
  readonly zoom: number;
  mid: Point;
}

export class ZoomPan {
  private page: Size = { width: 1, height: 1 };
  private imageWidth = 1;
  private zoomLevel = 1;
  private readonly pointers = new Map<number, Point>();
  private drag: Drag | null = null;
  private pinch: Pinch | null = null;
  private swallowClick = false;

  constructor(
    private readonly viewport: HTMLElement,
    private readonly stage: HTMLElement,
    private readonly sheet: HTMLElement,
    private readonly onZoom: (zoom: number, min: number, max: number) => void,
  ) {
    viewport.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    viewport.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    viewport.addEventListener('pointermove', (e) => this.onPointerMove(e));
    viewport.addEventListener('pointerup', (e) => this.onPointerUp(e));
    viewport.addEventListener('pointercancel', (e) => this.onPointerUp(e));
    // A drag that ends over a hotspot must not follow its link.
    viewport.addEventListener('click', (e) => this.onClickCapture(e), { capture: true });
    viewport.addEventListener('dragstart', (e) => e.preventDefault());
    new ResizeObserver(() => this.layout(this.zoomLevel, null)).observe(viewport);
  }

  get zoom(): number {
    return this.zoomLevel;
  }

  /** A new page: fit it whole, scrolled to the top. */
  setPage(page: Size, imageWidth: number): void {
    this.page = page;
    this.imageWidth = imageWidth;
    this.layout(1, { x: 0, y: 0 });
  }

  zoomBy(dir: 1 | -1): void {
    this.zoomTo(stepZoom(this.zoomLevel, dir, 1, this.max()), null);
  }

  fit(): void {
    this.zoomTo(1, null);
  }

  /** Zoom to `zoom`, keeping the page point under `anchor` (viewport px; default its centre) still. */
  zoomTo(zoom: number, anchor: Point | null): void {
    const to = clamp(zoom, 1, this.max());
    if (to === this.zoomLevel) return;
    const view = this.viewportSize();
    const fit = fitScale(view, this.page, MARGIN);
    const scroll = scrollAfterZoom({
      viewport: view,
      page: this.page,
      margin: MARGIN,
      from: fit * this.zoomLevel,
      to: fit * to,
      scroll: { x: this.viewport.scrollLeft, y: this.viewport.scrollTop },
      anchor: anchor ?? { x: view.width / 2, y: view.height / 2 },
    });
    this.layout(to, scroll);
  }

  /** Scroll so that a box in page points is in view (centred when it was not), without zooming. */
  reveal(box: { x: number; y: number; width: number; height: number }): void {
    const view = this.viewportSize();
    const sheet = layoutSheet(view, this.page, fitScale(view, this.page, MARGIN) * this.zoomLevel, MARGIN);
    const left = sheet.left + box.x * sheet.scale;
    const top = sheet.top + box.y * sheet.scale;
    const right = left + box.width * sheet.scale;
    const bottom = top + box.height * sheet.scale;
    const v = this.viewport;
    const visible = left >= v.scrollLeft && right <= v.scrollLeft + view.width && top >= v.scrollTop && bottom <= v.scrollTop + view.height;
    if (visible) return;
    v.scrollTo({ left: Math.max(0, (left + right) / 2 - view.width / 2), top: Math.max(0, (top + bottom) / 2 - view.height / 2) });
  }

  private max(): number {
    return maxZoom(fitScale(this.viewportSize(), this.page, MARGIN), this.page, this.imageWidth);
  }

  private viewportSize(): Size {
    return { width: this.viewport.clientWidth, height: this.viewport.clientHeight };
  }

  /** Sizes the stage and sheet for `zoom`; scrolls to `scroll`, or keeps the scroll in range. */
  private layout(zoom: number, scroll: Point | null): void {
    const view = this.viewportSize();
    if (view.width === 0 || view.height === 0) return; // hidden (the phone layout): nothing to size
    const max = this.max();
    this.zoomLevel = clamp(zoom, 1, max);
    const sheet = layoutSheet(view, this.page, fitScale(view, this.page, MARGIN) * this.zoomLevel, MARGIN);
    this.stage.style.width = `${sheet.stage.width}px`;
    this.stage.style.height = `${sheet.stage.height}px`;
    Object.assign(this.sheet.style, { left: `${sheet.left}px`, top: `${sheet.top}px`, width: `${sheet.width}px`, height: `${sheet.height}px` });
    if (scroll !== null) {
      this.viewport.scrollLeft = scroll.x;
      this.viewport.scrollTop = scroll.y;
    }
    this.viewport.classList.toggle('is-zoomed', this.zoomLevel > 1.0001);
    this.onZoom(this.zoomLevel, 1, max);
  }

  private local(e: { clientX: number; clientY: number }): Point {
    const rect = this.viewport.getBoundingClientRect();
    return { x: e.clientX - rect.left - this.viewport.clientLeft, y: e.clientY - rect.top - this.viewport.clientTop };
  }

  private onWheel(e: WheelEvent): void {
    if (!e.ctrlKey && !e.metaKey) return; // plain wheel: the viewport scrolls (pans) by itself
    e.preventDefault();
    // deltaMode 1 counts lines; a line is about 16 px of pixel-mode scrolling.
    const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
    this.zoomTo(this.zoomLevel * Math.exp(-delta * 0.002), this.local(e));
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.swallowClick = false;
    this.pointers.set(e.pointerId, this.local(e));
    if (this.pointers.size === 1) {
      this.drag = { id: e.pointerId, x: e.clientX, y: e.clientY, left: this.viewport.scrollLeft, top: this.viewport.scrollTop, moved: false };
    } else if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()] as [Point, Point];
      this.pinch = { distance: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)), zoom: this.zoomLevel, mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
      this.drag = null;
      this.swallowClick = true;
    }
  }

  private onPointerMove(e: PointerEvent): void {
    if (!this.pointers.has(e.pointerId)) return;
    this.pointers.set(e.pointerId, this.local(e));
    if (this.pinch !== null && this.pointers.size >= 2) {
      const [a, b] = [...this.pointers.values()] as [Point, Point];
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      this.zoomTo(this.pinch.zoom * (Math.hypot(a.x - b.x, a.y - b.y) / this.pinch.distance), mid);
      // Two fingers moving together pan the page.
      this.viewport.scrollLeft -= mid.x - this.pinch.mid.x;
      this.viewport.scrollTop -= mid.y - this.pinch.mid.y;
      this.pinch.mid = mid;
      return;
    }
    const drag = this.drag;
    if (drag === null || drag.id !== e.pointerId) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (!drag.moved) {
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      drag.moved = true;
      this.viewport.setPointerCapture(e.pointerId);
      this.viewport.classList.add('is-panning');
    }
    this.viewport.scrollLeft = drag.left - dx;
    this.viewport.scrollTop = drag.top - dy;
  }

  private onPointerUp(e: PointerEvent): void {
    this.pointers.delete(e.pointerId);
    if (this.drag?.id === e.pointerId && this.drag.moved) this.swallowClick = true;
    if (this.pointers.size < 2) this.pinch = null;
    if (this.pointers.size === 0) {
      this.drag = null;
      this.viewport.classList.remove('is-panning');
      // The click a drag or pinch ends with comes in this same task; a later one (Enter on a
      // focused hotspot) is the reader's.
      if (this.swallowClick)
        setTimeout(() => {
          this.swallowClick = false;
        }, 0);
    }
  }

  private onClickCapture(e: MouseEvent): void {
    if (!this.swallowClick) return;
    this.swallowClick = false;
    e.preventDefault();
    e.stopPropagation();
  }
}
