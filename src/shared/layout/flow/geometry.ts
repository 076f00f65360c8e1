// geometry.ts: frame boxes, columns, wrap rectangles and the free span of a line band.
// Everything is rounded to 1/1000 pt (model/units.roundPt) so every process gets the same edges.
import { type Frame, type PageFormat, roundPt, type TextFrame, typeArea } from '../../model';
import type { BaselineGrid, Rect } from './types';

/** Rounds to 1/1000 pt and turns -0 into 0, so serialised layouts never show "-0". */
export function pt(value: number): number {
  return roundPt(value) + 0;
}

/** The frame box minus its insets; never negative. */
export function contentBox(frame: TextFrame): Rect {
  const { insets } = frame;
  return {
    x: pt(frame.x + insets.left),
    y: pt(frame.y + insets.top),
    width: pt(Math.max(0, frame.width - insets.left - insets.right)),
    height: pt(Math.max(0, frame.height - insets.top - insets.bottom)),
  };
}

/** Left edge and width of each of `columns` columns across `width`, gutters between. */
export function columnSpans(x: number, width: number, columns: number, gutter: number): Array<{ x: number; width: number }> {
  const n = Math.max(1, columns);
  const each = Math.max(0, (width - (n - 1) * gutter) / n);
  const spans: Array<{ x: number; width: number }> = [];
  for (let i = 0; i < n; i++) spans.push({ x: pt(x + i * (each + gutter)), width: pt(each) });
  return spans;
}

/** The runaround rectangle of a frame that asks for wrap: its box grown by the offsets. */
export function wrapRect(frame: Frame): Rect | null {
  if (!frame.wrap.enabled) return null;
  const o = frame.wrap.offsets;
  return {
    x: pt(frame.x - o.left),
    y: pt(frame.y - o.top),
    width: pt(frame.width + o.left + o.right),
    height: pt(frame.height + o.top + o.bottom),
  };
}

/** Wrap rectangles pushing text out of `frameId`: every other frame on the page that asks for wrap. */
export function obstaclesFor(frames: readonly Frame[], frameId: string): Rect[] {
  const rects: Rect[] = [];
  for (const frame of frames) {
    if (frame.id === frameId) continue;
    const rect = wrapRect(frame);
    if (rect && rect.width > 0 && rect.height > 0) rects.push(rect);
  }
  return rects;
}

export function baselineGrid(format: PageFormat): BaselineGrid {
  return { origin: pt(typeArea(format).y + format.baselineGrid.offset), pitch: format.baselineGrid.pitch };
}

/** The first grid baseline at or below `baseline` (1/1000 pt tolerance, so on-grid stays put). */
export function snapDown(grid: BaselineGrid, baseline: number): number {
  const k = Math.ceil((baseline - grid.origin) / grid.pitch - 1e-6);
  return pt(grid.origin + k * grid.pitch);
}

export interface FreeSpan {
  readonly x: number;
  readonly width: number;
  /** Obstacles that cut into the band; the lowest point to try next is the least of their bottoms. */
  readonly nextTop: number | null;
}

/**
 * The widest part of [left, left + width] not covered by an obstacle overlapping the band
 * [top, bottom]. Ties go to the leftmost part. With no obstacle in the way it is the whole span.
 */
export function freeSpan(left: number, width: number, top: number, bottom: number, obstacles: readonly Rect[]): FreeSpan {
  const right = left + width;
  const cuts = obstacles.filter((o) => o.y < bottom && o.y + o.height > top && o.x < right && o.x + o.width > left);
  if (cuts.length === 0) return { x: left, width, nextTop: null };
  const sorted = [...cuts].sort((a, b) => a.x - b.x);
  let best = { x: left, width: -1 };
  let cursor = left;
  for (const cut of sorted) {
    if (cut.x > cursor && cut.x - cursor > best.width) best = { x: cursor, width: cut.x - cursor };
    cursor = Math.max(cursor, cut.x + cut.width);
  }
  if (right > cursor && right - cursor > best.width) best = { x: cursor, width: right - cursor };
  const nextTop = Math.min(...cuts.map((c) => c.y + c.height));
  return { x: pt(best.x), width: pt(Math.max(0, best.width)), nextTop: pt(nextTop) };
}
