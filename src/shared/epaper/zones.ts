// zones.ts: the rectangles an article claims on a page, before hotspots.ts merges them.
//
// A text frame claims the columns the layout filled, not its whole box, so an under-full last
// frame (the story ended a third of the way down) does not claim the empty space below its
// text, which readers would take for part of the next story:
// 1. every column of the frame's FrameLayout that holds lines (a full-width headline band is
//    such a column too) claims its column box;
// 2. a column with another filled column of the frame below it reaches down to that column's
//    top (a band and the text under it join even when space separates them);
// 3. the lowest filled columns stop at the foot of their last line, and one that stops less than
//    EVEN_FOOT_PT above the deepest of them goes down to that depth, so balanced columns that
//    differ by a line or two give one straight lower edge, not a staircase;
// 4. the gutter between two filled neighbouring columns is claimed where both stand;
// 5. a line whose ink leaves its column's claim (a hanging mark, a line set above the column)
//    adds its own box, so the claim covers every glyph of the story.
// A photo claims its frame. Everything is clipped to the trim.
import type { FrameLayout, LineLayout } from '../layout/output';
import { type ImageFrame, mmToPt, type TextFrame } from '../model';
import { type EpaperRect, intersectRect } from './hotspots';

/** Lowest columns of a frame ending within this of the deepest one end at its depth (10 mm). */
export const EVEN_FOOT_PT = mmToPt(10);

/** Edges this close count as meeting (the layout rounds to 1/1000 pt). */
const EPS = 0.01;

/** The trim as a rectangle. */
export function trimRect(page: { readonly width: number; readonly height: number }): EpaperRect {
  return { x0: 0, y0: 0, x1: page.width, y1: page.height };
}

/** A frame's own box, clipped to the trim; null when nothing of it is on the page. */
export function frameRect(frame: TextFrame | ImageFrame, trim: EpaperRect): EpaperRect | null {
  return intersectRect({ x0: frame.x, y0: frame.y, x1: frame.x + frame.width, y1: frame.y + frame.height }, trim);
}

/** The ink extent of a line: its glyph runs' advances, ascent to descent. Null for an empty line. */
export function lineInkBox(line: LineLayout): EpaperRect | null {
  if (line.runs.length === 0) return null;
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const run of line.runs) {
    x0 = Math.min(x0, run.x);
    x1 = Math.max(x1, run.x + run.advances.reduce((a, b) => a + b, 0));
  }
  return { x0, y0: line.baseline - line.ascent, x1, y1: line.baseline + line.descent };
}

interface FilledColumn {
  box: EpaperRect;
  readonly lines: readonly LineLayout[];
  /** Foot of the column's last line. */
  readonly foot: number;
}

/** What a text frame claims, clipped to its text; [] when the layout set nothing in it. */
export function textFrameClaim(frame: TextFrame, layout: FrameLayout | undefined, trim: EpaperRect): EpaperRect[] {
  const columns: FilledColumn[] = (layout?.columns ?? [])
    .filter((c) => c.lines.length > 0)
    .map((c) => ({
      box: { x0: c.x, y0: c.y, x1: c.x + c.width, y1: c.y + c.height },
      lines: c.lines,
      foot: Math.max(...c.lines.map((l) => l.baseline + l.descent)),
    }));
  if (columns.length === 0) return [];
  const overlapsX = (a: EpaperRect, b: EpaperRect): boolean => a.x0 < b.x1 - EPS && b.x0 < a.x1 - EPS;
  const below = columns.map((a) => columns.filter((b) => b !== a && b.box.y0 >= a.box.y1 - EPS && overlapsX(a.box, b.box)));
  const lowest = columns.filter((_, i) => below[i]?.length === 0);
  const deepest = Math.max(...lowest.map((c) => c.foot));
  const boxes = columns.map((c, i): EpaperRect => {
    const under = below[i] ?? [];
    if (under.length > 0) return { ...c.box, y1: Math.max(c.box.y1, Math.min(...under.map((b) => b.box.y0))) };
    const foot = deepest - c.foot < EVEN_FOOT_PT ? deepest : c.foot;
    return { ...c.box, y1: Math.max(foot, c.box.y0) };
  });
  const claim: EpaperRect[] = [...boxes];
  for (const a of boxes) {
    for (const b of boxes) {
      const gap = b.x0 - a.x1;
      if (gap <= EPS || gap > frame.gutter + EPS) continue;
      const y0 = Math.max(a.y0, b.y0);
      const y1 = Math.min(a.y1, b.y1);
      if (y1 > y0) claim.push({ x0: a.x1, y0, x1: b.x0, y1 });
    }
  }
  for (const [i, column] of columns.entries()) {
    const box = boxes[i];
    for (const line of column.lines) {
      const ink = lineInkBox(line);
      if (ink && box && !contains(box, ink)) claim.push(ink);
    }
  }
  return claim.flatMap((r) => intersectRect(r, trim) ?? []);
}

function contains(outer: EpaperRect, inner: EpaperRect): boolean {
  const e = 0.001;
  return inner.x0 >= outer.x0 - e && inner.x1 <= outer.x1 + e && inner.y0 >= outer.y0 - e && inner.y1 <= outer.y1 + e;
}
