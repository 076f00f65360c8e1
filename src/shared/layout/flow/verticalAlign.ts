// verticalAlign.ts: a text frame's vertical alignment (centre, bottom, justify), applied after
// the story is flowed and balanced, by moving placed lines down. Only a frame whose text does not
// fill it moves: the frame the story ends in with nothing overset (a frame the text runs on from
// is full by definition), and furniture, which is flowed as a one-frame story.
//
// Centre and bottom move the frame's whole text block (band and columns) by one amount, the free
// depth under its deepest column (half of it for centre): balanced columns stay level, baselines
// across columns stay aligned and a spanning headline stays on its columns. Justify works per
// column, as InDesign does: each column's free depth is spread evenly over the paragraph breaks
// in it, so each column reaches the foot; a column with no paragraph break stays as it is.
//
// Baseline grid: a column holding a grid-locked line is not justified (InDesign ignores vertical
// justification for grid-aligned text), and a block holding one moves by whole grid pitches only
// (the move is rounded down), so grid text stays on the grid and centre is centre to within a
// pitch. Wrap: lines keep the measures they were set to, so a move is cut short where a line
// would run into a wrap rectangle below it; it never pushes text into a wrap.
import type { ColumnLayout, FrameLayout, LineLayout } from '../output/PageLayout';
import { pt } from './geometry';
import type { Rect, ThreadFrame } from './types';

/** Whether the line's paragraph sits on the page's baseline grid. */
export type OnGridLine = (line: LineLayout) => boolean;

/** A touch of slack for comparisons of rounded points. */
const EPS = 0.0005;

/**
 * The frames with the end frame's lines moved as its `verticalAlign` asks. `endFrame` is the
 * thread index of the frame the story ends in, or -1 when nothing may move (overset).
 */
export function alignVertically(frames: readonly FrameLayout[], thread: readonly ThreadFrame[], endFrame: number, onGrid: OnGridLine): readonly FrameLayout[] {
  const frame = thread[endFrame];
  const layout = frames[endFrame];
  const mode = frame?.verticalAlign ?? 'top';
  if (!frame || !layout || mode === 'top') return frames;
  const aligned = mode === 'justify' ? justifyFrame(frame, layout, onGrid) : shiftFrame(frame, layout, mode === 'center' ? 0.5 : 1, onGrid);
  if (aligned === layout) return frames;
  return frames.map((f, i) => (i === endFrame ? aligned : f));
}

const bottomOf = (line: LineLayout): number => line.baseline + line.descent;
const footOf = (frame: ThreadFrame): number => frame.content.y + frame.content.height;

/** The band (spanning paragraphs) is listed first, as an extra column, when the frame has one. */
function hasBand(frame: ThreadFrame, layout: FrameLayout): boolean {
  return layout.columns.length > Math.max(1, frame.columns);
}

/** How far the line can move down before its band meets a wrap rectangle under it. */
function roomAbove(line: LineLayout, obstacles: readonly Rect[]): number {
  const bottom = bottomOf(line);
  let room = Infinity;
  for (const o of obstacles) {
    const across = o.x < line.x + line.width - EPS && o.x + o.width > line.x + EPS;
    if (across && o.y >= bottom - EPS) room = Math.min(room, o.y - bottom);
  }
  return Math.max(0, room);
}

function moveLine(line: LineLayout, by: number): LineLayout {
  if (by <= 0) return line;
  const baseline = pt(line.baseline + by);
  return { ...line, baseline, runs: line.runs.map((run) => ({ ...run, y: baseline })) };
}

/** Centre (`share` 0.5) or bottom (1): the whole block by one amount. */
function shiftFrame(frame: ThreadFrame, layout: FrameLayout, share: number, onGrid: OnGridLine): FrameLayout {
  const lines = layout.columns.flatMap((c) => c.lines);
  if (lines.length === 0) return layout;
  const free = footOf(frame) - Math.max(...lines.map(bottomOf));
  let by = free * share;
  for (const line of lines) by = Math.min(by, roomAbove(line, frame.obstacles));
  const pitch = frame.grid.pitch;
  if (pitch > 0 && lines.some(onGrid)) by = Math.floor(by / pitch + EPS) * pitch;
  by = pt(by);
  if (!(by > 0)) return layout;
  const band = hasBand(frame, layout);
  const columns: ColumnLayout[] = layout.columns.map((column, i) => ({
    ...column,
    y: pt(column.y + by),
    // The band keeps its depth; the columns below it lose what the block moved down.
    height: band && i === 0 ? column.height : pt(Math.max(0, column.height - by)),
    lines: column.lines.map((l) => moveLine(l, by)),
  }));
  return { ...layout, columns };
}

/** Justify: per column, the free depth spread evenly over the column's paragraph breaks. */
function justifyFrame(frame: ThreadFrame, layout: FrameLayout, onGrid: OnGridLine): FrameLayout {
  const band = hasBand(frame, layout);
  const inColumns = layout.columns.some((c, i) => !(band && i === 0) && c.lines.length > 0);
  let changed = false;
  const columns = layout.columns.map((column, i) => {
    // The band stays on top of justified columns; it is justified itself only when it is all the text.
    if (band && i === 0 && inColumns) return column;
    const lines = justifyColumn(column.lines, footOf(frame), frame.obstacles, onGrid);
    if (lines === column.lines) return column;
    changed = true;
    return { ...column, lines };
  });
  return changed ? { ...layout, columns } : layout;
}

function justifyColumn(lines: readonly LineLayout[], foot: number, obstacles: readonly Rect[], onGrid: OnGridLine): readonly LineLayout[] {
  const last = lines[lines.length - 1];
  if (!last || lines.some(onGrid)) return lines;
  // breaks[j]: paragraph breaks at or above line j, so line j moves breaks[j] gaps down.
  const breaks: number[] = [];
  let count = 0;
  lines.forEach((line, j) => {
    if (j > 0 && line.source.paragraphId !== lines[j - 1]?.source.paragraphId) count++;
    breaks.push(count);
  });
  if (count === 0) return lines;
  let gap = (foot - bottomOf(last)) / count;
  lines.forEach((line, j) => {
    const k = breaks[j] ?? 0;
    if (k > 0) gap = Math.min(gap, roomAbove(line, obstacles) / k);
  });
  if (!(pt(gap) > 0)) return lines;
  return lines.map((line, j) => moveLine(line, (breaks[j] ?? 0) * gap));
}
