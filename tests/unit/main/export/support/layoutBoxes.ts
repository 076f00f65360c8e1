// layoutBoxes.ts: where the engine put text, as boxes the tool specs look at (page points from
// the trim's top-left, y down), and the same boxes in the pixels of a render.
import type { LineLayout, PageLayout } from '../../../../../src/shared/layout/output';

export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface TextBox extends Rect {
  readonly frameId: string;
  /** null for furniture (running heads). */
  readonly storyId: string | null;
  readonly lines: number;
}

/**
 * The extent of a set of lines: from the first glyph's pen to the last glyph's advance (runs,
 * not the line box, so right-aligned and centred lines are where their ink is), ascent to descent.
 */
export function linesBox(lines: readonly LineLayout[]): Rect {
  const runs = lines.flatMap((l) => l.runs);
  return {
    x0: Math.min(...runs.map((r) => r.x)),
    x1: Math.max(...runs.map((r) => r.x + r.advances.reduce((a, b) => a + b, 0))),
    y0: Math.min(...lines.map((l) => l.baseline - l.ascent)),
    y1: Math.max(...lines.map((l) => l.baseline + l.descent)),
  };
}

/** One box per frame of the page that holds set lines. */
export function textFrameBoxes(page: PageLayout): TextBox[] {
  const out: TextBox[] = [];
  for (const frame of page.frames) {
    const lines = frame.columns.flatMap((c) => c.lines).filter((l) => l.runs.length > 0);
    if (lines.length === 0) continue;
    out.push({ frameId: frame.frameId, storyId: frame.storyId, lines: lines.length, ...linesBox(lines) });
  }
  return out;
}

/** A page-point rectangle in the pixels of a render at `scale` px/pt whose origin is the MediaBox corner. */
export function toPixels(r: Rect, scale: number, offset: { dx: number; dy: number }): Rect {
  return { x0: (r.x0 + offset.dx) * scale, y0: (r.y0 + offset.dy) * scale, x1: (r.x1 + offset.dx) * scale, y1: (r.y1 + offset.dy) * scale };
}
