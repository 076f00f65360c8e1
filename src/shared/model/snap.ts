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
