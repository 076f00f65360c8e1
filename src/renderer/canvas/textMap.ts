// textMap.ts: the composed page ↔ story text, through the source offsets the engine puts on every
// line and glyph (PageLayout.ts: each run's source range and each glyph's cluster). Clicking the
// page finds the character under the pointer; a selection in the story editor becomes boxes on
// the lines that set it. Pure geometry over the layout: nothing is measured here.
import type { GlyphRun, LineLayout, PageLayout, SourceRange } from '../../shared/layout/output';

export interface TextHit {
  readonly storyId: string;
  readonly paragraphId: string;
  /** UTF-16 offset in the paragraph: the caret goes before this character. */
  readonly offset: number;
}

export interface TextBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface Glyph {
  readonly left: number;
  readonly right: number;
  readonly cluster: number;
}

function glyphsOf(run: GlyphRun): Glyph[] {
  const out: Glyph[] = [];
  let pen = run.x;
  run.advances.forEach((advance, i) => {
    out.push({ left: pen, right: pen + advance, cluster: run.clusters[i] ?? run.source.start });
    pen += advance;
  });
  return out;
}

interface PlacedLine {
  readonly storyId: string;
  readonly line: LineLayout;
}

function storyLines(page: PageLayout): PlacedLine[] {
  const out: PlacedLine[] = [];
  for (const frame of page.frames) {
    if (frame.storyId === null) continue;
    for (const column of frame.columns) for (const line of column.lines) out.push({ storyId: frame.storyId, line });
  }
  return out;
}

const top = (line: LineLayout): number => line.baseline - line.ascent;
const bottom = (line: LineLayout): number => line.baseline + line.descent;

/** How far a point is from a line box: 0 inside it, else the distance to its nearest edge. */
function distance(line: LineLayout, x: number, y: number): number {
  const dx = x < line.x ? line.x - x : x > line.x + line.width ? x - line.x - line.width : 0;
  const dy = y < top(line) ? top(line) - y : y > bottom(line) ? y - bottom(line) : 0;
  return Math.hypot(dx, dy);
}

/**
 * The story character at page point (x, y), or null when no story line is within `slop` points.
 * The caret goes before the glyph whose left half holds x, after it for its right half.
 */
export function hitTestText(page: PageLayout, x: number, y: number, slop = 6): TextHit | null {
  let best: PlacedLine | null = null;
  let bestDistance = slop;
  for (const placed of storyLines(page)) {
    const d = distance(placed.line, x, y);
    if (d <= bestDistance) {
      best = placed;
      bestDistance = d;
    }
  }
  if (!best) return null;
  const { line, storyId } = best;
  const glyphs = line.runs.filter((r) => r.source.paragraphId === line.source.paragraphId).flatMap(glyphsOf);
  let offset = line.source.start;
  for (const glyph of glyphs) {
    if (x < (glyph.left + glyph.right) / 2) return { storyId, paragraphId: line.source.paragraphId, offset: glyph.cluster };
    offset = nextCluster(glyphs, glyph, line);
  }
  return { storyId, paragraphId: line.source.paragraphId, offset };
}

/** The offset just after `glyph`: the next glyph's cluster, or the line's end. */
function nextCluster(glyphs: readonly Glyph[], glyph: Glyph, line: LineLayout): number {
  const later = glyphs.filter((g) => g.cluster > glyph.cluster).map((g) => g.cluster);
  return later.length > 0 ? Math.min(...later) : line.source.end;
}

/**
 * Boxes covering `ranges` on the page: one per line they touch, from the first selected glyph
 * to the last. An empty range (a caret) gives a thin box at its place, so the line it is on shows.
 */
export function textBoxes(page: PageLayout, ranges: readonly SourceRange[]): TextBox[] {
  const boxes: TextBox[] = [];
  for (const range of ranges) {
    for (const { storyId, line } of storyLines(page)) {
      if (storyId !== range.storyId || line.source.paragraphId !== range.paragraphId) continue;
      const box = range.start === range.end ? caretBox(line, range.start) : spanBox(line, range.start, range.end);
      if (box) boxes.push(box);
    }
  }
  return boxes;
}

function spanBox(line: LineLayout, start: number, end: number): TextBox | null {
  if (end <= line.source.start || start >= line.source.end) return null;
  const glyphs = line.runs.flatMap((run) => (run.source.paragraphId === line.source.paragraphId ? glyphsOf(run) : [])).filter((g) => g.cluster >= start && g.cluster < end);
  if (glyphs.length === 0) return null;
  const left = Math.min(...glyphs.map((g) => g.left));
  const right = Math.max(...glyphs.map((g) => g.right));
  return { x: left, y: top(line), width: right - left, height: bottom(line) - top(line) };
}

function caretBox(line: LineLayout, offset: number): TextBox | null {
  const inside = offset >= line.source.start && (offset < line.source.end || (offset === line.source.end && line.lastOfParagraph));
  if (!inside) return null;
  const glyphs = line.runs.flatMap((run) => (run.source.paragraphId === line.source.paragraphId ? glyphsOf(run) : []));
  const at = glyphs.find((g) => g.cluster >= offset);
  const x = at ? at.left : Math.max(line.x, ...glyphs.map((g) => g.right));
  const width = Math.max(0.4, (bottom(line) - top(line)) * 0.06);
  return { x: x - width / 2, y: top(line), width, height: bottom(line) - top(line) };
}
