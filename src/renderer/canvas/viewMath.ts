// viewMath.ts: the arithmetic of looking at the page: screen ↔ page points, keeping the point
// under the cursor still while the zoom changes, and how far a wheel turn or a pinch zooms.
// Pure, so the canvas hooks stay thin and the maths has specs.
import type { PageViewport } from './geometry';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where the page SVG is on screen: its client rectangle's corner, its viewBox and the zoom. */
export interface PageOnScreen {
  readonly left: number;
  readonly top: number;
  readonly viewport: PageViewport;
  /** Screen pixels per point. */
  readonly zoom: number;
}

export function clientToPage(client: Point, screen: PageOnScreen): Point {
  return { x: screen.viewport.x + (client.x - screen.left) / screen.zoom, y: screen.viewport.y + (client.y - screen.top) / screen.zoom };
}

export function pageToClient(page: Point, screen: PageOnScreen): Point {
  return { x: screen.left + (page.x - screen.viewport.x) * screen.zoom, y: screen.top + (page.y - screen.viewport.y) * screen.zoom };
}

/** A page point that should stay where it is on screen while the zoom changes. */
export interface ZoomAnchor {
  readonly page: Point;
  readonly client: Point;
}

/**
 * How far to scroll (add to scrollLeft/scrollTop) so that the anchor's page point is back under
 * its screen point, once the page has been redrawn at the new zoom (`screen` is measured then).
 */
export function anchorScrollDelta(anchor: ZoomAnchor, screen: PageOnScreen): { dx: number; dy: number } {
  const now = pageToClient(anchor.page, screen);
  return { dx: now.x - anchor.client.x, dy: now.y - anchor.client.y };
}

/** Pixels per wheel "line" and "page" when the browser reports those units (deltaMode 1, 2). */
const LINE_PX = 16;
const PAGE_PX = 800;
/** One notch of a mouse wheel (about 100 px) zooms by about 1.2×; a trackpad pinch by its own small steps. */
const ZOOM_PER_PX = 0.0018;
/** A flung wheel can report thousands of pixels at once; one event never zooms more than this. */
const MAX_EVENT_PX = 300;

/** The zoom after one wheel event with Ctrl/Cmd held (or a trackpad pinch, which Chromium sends the same way). */
export function wheelZoom(zoom: number, deltaY: number, deltaMode: number): number {
  const px = deltaY * (deltaMode === 1 ? LINE_PX : deltaMode === 2 ? PAGE_PX : 1);
  const clamped = Math.max(-MAX_EVENT_PX, Math.min(MAX_EVENT_PX, px));
  return zoom * Math.exp(-clamped * ZOOM_PER_PX);
}

/** The zoom while two fingers pinch: it scales with the distance between them. */
export function pinchZoom(startZoom: number, startDistance: number, distance: number): number {
  if (startDistance <= 0 || distance <= 0) return startZoom;
  return startZoom * (distance / startDistance);
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

export function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** Pixels per point at which the viewport's width fits `width` pixels. */
export function fitWidthZoom(viewport: PageViewport, width: number): number {
  return width <= 0 ? 1 : width / viewport.width;
}
