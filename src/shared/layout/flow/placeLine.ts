// placeLine.ts: where the next line of a story goes. A cursor walks the thread's regions: a
// fresh frame may first take spanning paragraphs across its full width (the band), then its
// columns left to right, then the next frame of the thread. Placing a line decides its baseline
// (leading, space before/after, baseline grid) and its measure (column width, shortened by wrap).
import { columnSpans, freeSpan, pt, snapDown } from './geometry';
import type { ThreadFrame } from './types';

/** Lines may touch a region's bottom edge; this much past it is rounding, not overflow. */
const FIT_EPSILON = 0.0005;

export interface Cursor {
  /** Index of the frame in the thread; past the end means the thread is full. */
  readonly frame: number;
  /** -1 while the frame takes no column text yet (its spanning band), then 0 … columns-1. */
  readonly column: number;
  /** Where the columns start: the frame top, or below the spanning band. Null while in the band. */
  readonly columnsTop: number | null;
  /** Baseline and descent of the last line in the current region; null when it is empty. */
  readonly baseline: number | null;
  readonly descent: number;
  /** Space after the last paragraph placed, still owed to the next one. */
  readonly spaceAfter: number;
}

export function startCursor(frame: number): Cursor {
  return { frame, column: -1, columnsTop: null, baseline: null, descent: 0, spaceAfter: 0 };
}

export interface Region {
  readonly x: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * The band or column the cursor is in. Jump-line reserves (jumpLines.ts) shorten the band and the
 * first column at the top, and the band and the last column at the foot; balancing (balance.ts)
 * may raise the columns' feet.
 */
export function regionOf(frame: ThreadFrame, cursor: Cursor): Region {
  const { content } = frame;
  const foot = pt(content.y + content.height);
  const headTop = pt(content.y + (frame.reserveTop ?? 0));
  const reservedFoot = pt(foot - (frame.reserveFoot ?? 0));
  if (cursor.column < 0) return { x: content.x, width: content.width, top: headTop, bottom: reservedFoot };
  const span = columnSpans(content.x, content.width, frame.columns, frame.gutter)[cursor.column];
  const columnsTop = cursor.columnsTop ?? content.y;
  // Below a band the columns already start under the reserve; without one, column 0 starts under it.
  const top = cursor.column === 0 ? Math.max(columnsTop, headTop) : columnsTop;
  const fullBottom = cursor.column === Math.max(1, frame.columns) - 1 ? reservedFoot : foot;
  const bottom = Math.min(fullBottom, frame.columnFeet?.[cursor.column] ?? fullBottom);
  return { x: span?.x ?? content.x, width: span?.width ?? 0, top, bottom };
}

/** Leaves the band for the first column; the columns start below whatever the band holds. */
export function toColumns(frame: ThreadFrame, cursor: Cursor): Cursor {
  const columnsTop = cursor.baseline === null ? frame.content.y : pt(cursor.baseline + cursor.descent + cursor.spaceAfter);
  return { ...cursor, column: 0, columnsTop, baseline: null, descent: 0 };
}

/** The next column, or the next frame's band after the last column (or after a full band). */
export function nextRegion(thread: readonly ThreadFrame[], cursor: Cursor): Cursor {
  const frame = thread[cursor.frame];
  if (frame && cursor.column >= 0 && cursor.column < frame.columns - 1) {
    return { ...cursor, column: cursor.column + 1, baseline: null, descent: 0 };
  }
  return startCursor(cursor.frame + 1);
}

/** Vertical extent of a line: from its baseline up by ascent, down by descent. */
export interface LineMetrics {
  readonly ascent: number;
  readonly descent: number;
  /** Distance from the previous baseline within the paragraph. */
  readonly leading: number;
}

export interface LineContext {
  /** The paragraph's first line: it follows the previous paragraph by space after + space before + leading. */
  readonly first: boolean;
  readonly spaceBefore: number;
  /** The style's leading, used between paragraphs. */
  readonly styleLeading: number;
  /** Whether baselines snap to the page's baseline grid. */
  readonly onGrid: boolean;
  /** Whether the paragraph is set across the frame (stays in the band) or in a column. */
  readonly spans: boolean;
  /** Narrowest measure wrap may leave; narrower and the line moves below the obstacle. */
  readonly minMeasure: number;
}

export interface Slot {
  readonly frame: number;
  readonly column: number;
  readonly columnsTop: number | null;
  readonly x: number;
  readonly width: number;
  readonly baseline: number;
}

/**
 * Finds the place of one line from `cursor`, or null when the thread has no room left.
 * At the top of a region the line's ascent hangs from the top and space before is dropped
 * (newspapers start a column flush); below, the baseline follows the previous one. Grid lines
 * then move down to the next grid baseline. A line whose band meets a wrap rectangle gets the
 * wider free side; when that is narrower than `minMeasure` it moves below the obstacle.
 */
export function placeLine(
  thread: readonly ThreadFrame[],
  cursor: Cursor,
  metrics: LineMetrics,
  ctx: LineContext,
): { cursor: Cursor; slot: Slot } | null {
  let c = cursor;
  for (;;) {
    const frame = thread[c.frame];
    if (!frame) return null;
    if (c.column < 0 && !ctx.spans) c = toColumns(frame, c);
    const region = regionOf(frame, c);
    let baseline: number;
    if (c.baseline === null) baseline = region.top + metrics.ascent;
    else if (ctx.first) baseline = c.baseline + c.spaceAfter + ctx.spaceBefore + ctx.styleLeading;
    else baseline = c.baseline + metrics.leading;
    for (;;) {
      baseline = ctx.onGrid ? snapDown(frame.grid, baseline) : pt(baseline);
      if (baseline + metrics.descent > region.bottom + FIT_EPSILON || region.width <= 0) break;
      const free = freeSpan(region.x, region.width, baseline - metrics.ascent, baseline + metrics.descent, frame.obstacles);
      if (free.nextTop === null || (free.width > 0 && free.width >= ctx.minMeasure)) {
        const slot: Slot = { frame: c.frame, column: c.column, columnsTop: c.columnsTop, x: free.x, width: free.width, baseline };
        return { cursor: { ...c, baseline, descent: metrics.descent }, slot };
      }
      // Rounding could leave the next try where this one was; always make progress.
      baseline = Math.max(free.nextTop + metrics.ascent, baseline + 0.001);
    }
    c = nextRegion(thread, c);
  }
}
