// snap.ts: where a moved frame lands on the page grid. It is pure geometry on the format, kept in
// the model rather than the renderer so that scripted placement (CLI, sample builder, tests)
// lands frames exactly where a mouse drag would.
import { columnEdges, type PageFormat, typeArea } from './format';
import { roundPt } from './units';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The column edge a frame snapped to: `edge` says which side of the frame touches it. */
export interface ColumnSnap {
  readonly x: number;
  /** Page x of the grid line the frame edge now sits on. */
  readonly guide: number;
  readonly edge: 'left' | 'right';
  /** 0-based base column whose edge it is. */
  readonly column: number;
}

export interface SnapResult {
  readonly x: number;
  readonly y: number;
  readonly column: ColumnSnap;
  /** 0-based baseline-grid step from the type-area top (negative above the type area). */
  readonly line: number;
}

/**
 * Snaps the frame's left edge to the nearest column left edge, or its right edge to the nearest
 * column right edge, whichever move is shorter. Positions that would push the frame out of the
 * type area are skipped while any position keeps it inside: a three-column frame flung to the
 * far left should land on column 1, not with its right edge on column 1 and two columns hanging
 * in the margin. On a tie the left edge wins, because frames are anchored at their left.
 */
export function snapToColumns(x: number, width: number, format: PageFormat): ColumnSnap {
  const area = typeArea(format);
  const candidates: ColumnSnap[] = [];
  for (const [column, edge] of columnEdges(format).entries()) {
    candidates.push({ x: edge.left, guide: edge.left, edge: 'left', column });
  }
  for (const [column, edge] of columnEdges(format).entries()) {
    candidates.push({ x: roundPt(edge.right - width), guide: edge.right, edge: 'right', column });
  }
  // Half a point of slack absorbs the 1/1000 pt rounding of column edges and spans.
  const inside = candidates.filter((c) => c.x >= area.x - 0.5 && c.x + width <= area.x + area.width + 0.5);
  const pool = inside.length > 0 ? inside : candidates;
  let best: ColumnSnap = { x, guide: x, edge: 'left', column: 0 };
  let bestDistance = Infinity;
  for (const candidate of pool) {
    const distance = Math.abs(candidate.x - x);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return best;
}

/**
 * Snaps the frame's top to the nearest line of the baseline grid: type-area top + k × pitch.
 * The step is kept so the frame stays on the trimmed page when it fits there at all; a frame
 * taller than the page keeps the nearest line.
 */
export function snapToBaselineGrid(y: number, height: number, format: PageFormat): { y: number; line: number } {
  const top = typeArea(format).y;
  const pitch = format.baselineGrid.pitch;
  let line = Math.round((y - top) / pitch);
  const first = Math.ceil((0 - top) / pitch);
  const last = Math.floor((format.trim.height - height - top) / pitch);
  if (first <= last) line = Math.min(Math.max(line, first), last);
  // `+ 0` turns -0 into 0, so results compare and serialise cleanly.
  return { y: roundPt(top + line * pitch), line: line + 0 };
}

/** Where a frame dragged to `box` lands: x on a column edge, y on the baseline grid. */
export function snapFramePosition(box: Box, format: PageFormat): SnapResult {
  const column = snapToColumns(box.x, box.width, format);
  const { y, line } = snapToBaselineGrid(box.y, box.height, format);
  return { x: column.x, y, column, line };
}

/** The distance between the left edges of neighbouring base columns (column + gutter). */
export function columnPitch(format: PageFormat): number {
  const edges = columnEdges(format);
  const first = edges[0];
  const second = edges[1];
  if (!first) return 0;
  return second ? roundPt(second.left - first.left) : roundPt(first.right - first.left + format.gutter);
}

// ——— Snapping to guides and other frames (the layout editor) ———
// A move always lands on the grid (a column edge across, a baseline-grid line down), as above.
// Ruler guides, the type-area edges and other frames' edges pull only when they are nearer than
// that and within a tolerance the caller gives (a few screen pixels in points, so the pull feels
// the same at every zoom).

/** A line something can snap to: `axis` 'x' is a vertical line at x = `at`. */
export interface SnapLine {
  readonly axis: 'x' | 'y';
  readonly at: number;
  readonly kind: 'column' | 'margin' | 'guide' | 'frame' | 'baseline';
}

/** The lines other than the grid itself that a page offers. */
export interface SnapTargets {
  readonly x: readonly SnapLine[];
  readonly y: readonly SnapLine[];
}

/**
 * The page's snap lines: column edges, type-area edges, ruler guides (page and master), and the
 * left, right, top and bottom edges of `frames` (the frames that stay put).
 */
export function snapTargets(format: PageFormat, guides: { readonly vertical: readonly number[]; readonly horizontal: readonly number[] }, frames: readonly Box[]): SnapTargets {
  const area = typeArea(format);
  const x: SnapLine[] = [];
  const y: SnapLine[] = [];
  for (const edge of columnEdges(format)) {
    x.push({ axis: 'x', at: edge.left, kind: 'column' }, { axis: 'x', at: edge.right, kind: 'column' });
  }
  y.push({ axis: 'y', at: area.y, kind: 'margin' }, { axis: 'y', at: roundPt(area.y + area.height), kind: 'margin' });
  for (const at of guides.vertical) x.push({ axis: 'x', at, kind: 'guide' });
  for (const at of guides.horizontal) y.push({ axis: 'y', at, kind: 'guide' });
  for (const f of frames) {
    x.push({ axis: 'x', at: f.x, kind: 'frame' }, { axis: 'x', at: roundPt(f.x + f.width), kind: 'frame' });
    y.push({ axis: 'y', at: f.y, kind: 'frame' }, { axis: 'y', at: roundPt(f.y + f.height), kind: 'frame' });
  }
  return { x, y };
}

/** The nearest baseline-grid line to `y` (type-area top + k × pitch), unclamped. */
function nearestGridLine(y: number, format: PageFormat): number {
  const top = typeArea(format).y;
  const pitch = format.baselineGrid.pitch;
  return roundPt(top + Math.round((y - top) / pitch) * pitch);
}

/**
 * One edge being dragged (a resize handle, a corner of a frame being drawn): it goes to the
 * nearest target within `tolerance`, the baseline grid counting as targets for y; otherwise it
 * stays where the pointer put it, rounded to 1/1000 pt.
 */
export function snapEdge(value: number, axis: 'x' | 'y', format: PageFormat, targets: SnapTargets, tolerance: number): { at: number; line: SnapLine | null } {
  // The grid goes first, so it wins a tie with a guide or frame edge at the same distance.
  const lines: SnapLine[] = axis === 'y' ? [{ axis: 'y', at: nearestGridLine(value, format), kind: 'baseline' }, ...targets.y] : [...targets.x];
  let best: SnapLine | null = null;
  let bestDistance = tolerance;
  for (const line of lines) {
    const distance = Math.abs(line.at - value);
    // Strictly nearer only: the first line listed wins a tie (columns come first in targets.x).
    if (distance <= bestDistance && (best === null || distance < bestDistance)) {
      best = line;
      bestDistance = distance;
    }
  }
  return best ? { at: best.at, line: best } : { at: roundPt(value), line: null };
}

export interface MoveSnap {
  readonly x: number;
  readonly y: number;
  /** Every target line the moved box's edges now sit on, for the snap lines drawn on screen. */
  readonly lines: readonly SnapLine[];
}

/** Where the best of the edges (left or right; top or bottom) lands, if any target is in reach. */
function nearestEdgeSnap(start: number, size: number, lines: readonly SnapLine[], tolerance: number): { pos: number; distance: number } | null {
  let best: { pos: number; distance: number } | null = null;
  for (const line of lines) {
    for (const pos of [line.at, roundPt(line.at - size)]) {
      const distance = Math.abs(pos - start);
      if (distance <= tolerance && (!best || distance < best.distance)) best = { pos, distance };
    }
  }
  return best;
}

/**
 * Where a box (a frame, or the bounds of several) dragged to `box` lands. x goes to the column
 * snap of snapToColumns unless a guide or frame edge is strictly nearer and within `tolerance`;
 * y likewise with the baseline grid (snapToBaselineGrid) against horizontal guides, type-area
 * edges and frame edges. So on an empty page a move lands exactly where snapFramePosition says.
 */
export function snapMove(box: Box, format: PageFormat, targets: SnapTargets, tolerance: number): MoveSnap {
  const column = snapToColumns(box.x, box.width, format);
  const xOther = nearestEdgeSnap(box.x, box.width, targets.x.filter((l) => l.kind !== 'column'), tolerance);
  const x = xOther && xOther.distance < Math.abs(column.x - box.x) ? xOther.pos : column.x;
  const grid = snapToBaselineGrid(box.y, box.height, format);
  const yOther = nearestEdgeSnap(box.y, box.height, targets.y, tolerance);
  const y = yOther && yOther.distance < Math.abs(grid.y - box.y) ? yOther.pos : grid.y;
  return { x, y, lines: linesOn({ x, y, width: box.width, height: box.height }, format, targets) };
}

/** The target lines (and the grid line) a box's edges sit on, one per place. */
export function linesOn(box: Box, format: PageFormat, targets: SnapTargets): SnapLine[] {
  const near = (a: number, b: number): boolean => Math.abs(a - b) < 0.01;
  const out: SnapLine[] = [];
  const add = (line: SnapLine): void => {
    if (!out.some((l) => l.axis === line.axis && near(l.at, line.at))) out.push(line);
  };
  const xs = [box.x, roundPt(box.x + box.width)];
  const ys = [box.y, roundPt(box.y + box.height)];
  for (const line of targets.x) if (xs.some((v) => near(v, line.at))) add(line);
  for (const line of targets.y) if (ys.some((v) => near(v, line.at))) add(line);
  if (near(nearestGridLine(box.y, format), box.y)) add({ axis: 'y', at: box.y, kind: 'baseline' });
  return out;
}
