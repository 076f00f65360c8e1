// zoomMath.ts: the page view's geometry, as pure arithmetic so that it can be tested without a
// browser. The viewport is a scroll container; inside it a stage holds the page (the "sheet") with
// a margin, centred while it is smaller than the viewport. Zoom is relative to "fit page" (1 =
// the whole page visible), and every zoom keeps the page point under its anchor (the pointer,
// the pinch centre, or the viewport centre for buttons and keys) where it was.

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface SheetLayout {
  /** CSS pixels per page point. */
  readonly scale: number;
  /** The sheet's box inside the stage. */
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** The stage's size: the scrollable area. */
  readonly stage: Size;
}

/** Zoom steps multiply by this; four steps double the size, near enough. */
export const ZOOM_STEP = 1.25;

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Pixels per page point at which the whole page fits the viewport, inside the margin. */
export function fitScale(viewport: Size, page: Size, margin: number): number {
  const w = Math.max(1, viewport.width - 2 * margin);
  const h = Math.max(1, viewport.height - 2 * margin);
  return Math.max(0.01, Math.min(w / page.width, h / page.height));
}

/** Where the sheet goes at `scale`: centred on an axis where it is smaller than the viewport. */
export function layoutSheet(viewport: Size, page: Size, scale: number, margin: number): SheetLayout {
  const width = page.width * scale;
  const height = page.height * scale;
  const stage = { width: Math.max(viewport.width, width + 2 * margin), height: Math.max(viewport.height, height + 2 * margin) };
  return { scale, width, height, stage, left: (stage.width - width) / 2, top: (stage.height - height) / 2 };
}

export interface ZoomAround {
  readonly viewport: Size;
  readonly page: Size;
  readonly margin: number;
  readonly from: number;
  readonly to: number;
  /** The viewport's scroll offsets before the zoom. */
  readonly scroll: Point;
  /** The anchor in viewport coordinates (0,0 = the viewport's top-left corner). */
  readonly anchor: Point;
}

/** The scroll offsets after zooming from `from` to `to` px/pt that keep the anchor's page point still. */
export function scrollAfterZoom(z: ZoomAround): Point {
  const before = layoutSheet(z.viewport, z.page, z.from, z.margin);
  const after = layoutSheet(z.viewport, z.page, z.to, z.margin);
  // The page point under the anchor, in page points (it may lie outside the page, in the margin).
  const px = (z.scroll.x + z.anchor.x - before.left) / before.scale;
  const py = (z.scroll.y + z.anchor.y - before.top) / before.scale;
  return {
    x: clamp(px * after.scale + after.left - z.anchor.x, 0, after.stage.width - z.viewport.width),
    y: clamp(py * after.scale + after.top - z.anchor.y, 0, after.stage.height - z.viewport.height),
  };
}

/**
 * The next zoom step in direction `dir` from `zoom`, snapped to the ladder of ZOOM_STEP powers so
 * that in-between zooms (from a pinch or the wheel) rejoin it, and clamped to [min, max].
 */
export function stepZoom(zoom: number, dir: 1 | -1, min: number, max: number): number {
  const rung = Math.log(zoom) / Math.log(ZOOM_STEP);
  // A zoom a hair off a rung counts as on it: floating point after a pinch must not skip a step.
  const next = dir > 0 ? Math.floor(rung + 1e-6) + 1 : Math.ceil(rung - 1e-6) - 1;
  return clamp(ZOOM_STEP ** next, min, max);
}

/**
 * The largest useful zoom: twice the page image's own resolution (beyond that it only blurs), and
 * never below 1 (fit page).
 */
export function maxZoom(fit: number, page: Size, imageWidth: number): number {
  const imageScale = imageWidth / page.width; // image px per page point
  return Math.max(1, Math.min(8, (2 * imageScale) / fit));
}
