// glyphBoxes.ts: where the layout put each glyph, as boxes, and how much of a box a hotspot
// covers. A glyph's box runs from its pen position over its advance, and from the ideographic em
// box's top (0.88 em above the baseline) to its bottom (0.12 em below), the box a CJK face
// designs its glyphs in; Latin glyphs sit inside it too.
import type { EpaperPolygon } from '../../../../../src/shared/epaper';
import type { PageLayout } from '../../../../../src/shared/layout/output';

export interface GlyphBox {
  /** The story the glyph's run came from; '' for furniture set from a template. */
  readonly storyId: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export function glyphBoxes(page: PageLayout): GlyphBox[] {
  const out: GlyphBox[] = [];
  for (const frame of page.frames) {
    for (const column of frame.columns) {
      for (const line of column.lines) {
        for (const run of line.runs) {
          let pen = run.x;
          for (const advance of run.advances) {
            if (advance > 0) out.push({ storyId: run.source.storyId, x0: pen, x1: pen + advance, y0: run.y - 0.88 * run.size, y1: run.y + 0.12 * run.size });
            pen += advance;
          }
        }
      }
    }
  }
  return out;
}

export function boxArea(b: { x0: number; y0: number; x1: number; y1: number }): number {
  return Math.max(0, b.x1 - b.x0) * Math.max(0, b.y1 - b.y0);
}

/** Area of a box that the (disjoint) polygons cover: each ring clipped to the box, summed. */
export function coveredArea(box: { x0: number; y0: number; x1: number; y1: number }, polygons: readonly EpaperPolygon[]): number {
  let sum = 0;
  for (const ring of polygons) sum += Math.abs(shoelace(clipToBox(ring, box)));
  return sum;
}

type Pt = { readonly x: number; readonly y: number };

/** Sutherland–Hodgman against the four sides of an axis-aligned box. */
function clipToBox(ring: readonly Pt[], box: { x0: number; y0: number; x1: number; y1: number }): Pt[] {
  const sides: Array<{ inside: (p: Pt) => boolean; cross: (a: Pt, b: Pt) => Pt }> = [
    { inside: (p) => p.x >= box.x0, cross: (a, b) => ({ x: box.x0, y: a.y + ((b.y - a.y) * (box.x0 - a.x)) / (b.x - a.x) }) },
    { inside: (p) => p.x <= box.x1, cross: (a, b) => ({ x: box.x1, y: a.y + ((b.y - a.y) * (box.x1 - a.x)) / (b.x - a.x) }) },
    { inside: (p) => p.y >= box.y0, cross: (a, b) => ({ x: a.x + ((b.x - a.x) * (box.y0 - a.y)) / (b.y - a.y), y: box.y0 }) },
    { inside: (p) => p.y <= box.y1, cross: (a, b) => ({ x: a.x + ((b.x - a.x) * (box.y1 - a.y)) / (b.y - a.y), y: box.y1 }) },
  ];
  let out: Pt[] = [...ring];
  for (const side of sides) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i]!;
      const prev = input[(i + input.length - 1) % input.length]!;
      if (side.inside(cur)) {
        if (!side.inside(prev)) out.push(side.cross(prev, cur));
        out.push(cur);
      } else if (side.inside(prev)) out.push(side.cross(prev, cur));
    }
    if (out.length === 0) break;
  }
  return out;
}

function shoelace(ring: readonly Pt[]): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    twice += a.x * b.y - b.x * a.y;
  }
  return twice / 2;
}

/** The bounding box of a set of polygons, for a cheap first test. */
export function polygonsBounds(polygons: readonly EpaperPolygon[]): { x0: number; y0: number; x1: number; y1: number } {
  const pts = polygons.flat();
  return { x0: Math.min(...pts.map((p) => p.x)), y0: Math.min(...pts.map((p) => p.y)), x1: Math.max(...pts.map((p) => p.x)), y1: Math.max(...pts.map((p) => p.y)) };
}
