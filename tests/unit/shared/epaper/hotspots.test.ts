import { describe, expect, it } from 'vitest';
import type { EpaperPolygon } from '../../../../src/shared/epaper';
import { type EpaperRect, rectUnionPolygons, ringArea } from '../../../../src/shared/epaper';
import { ring } from './fixtures';

const rect = (x0: number, y0: number, x1: number, y1: number): EpaperRect => ({ x0, y0, x1, y1 });

/** Even-odd point-in-ring test; points are chosen off every edge. */
function inside(polygon: EpaperPolygon, x: number, y: number): boolean {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) hit = !hit;
  }
  return hit;
}

/** A small deterministic generator, so a failing case can be replayed. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('rectUnionPolygons', () => {
  it('turns one rectangle into one clockwise ring starting at its top-left corner', () => {
    const [only, ...rest] = rectUnionPolygons([rect(10, 20, 110, 70)]);
    expect(rest).toEqual([]);
    expect(ring(only!)).toBe('10,20 110,20 110,70 10,70');
    expect(ringArea(only!)).toBe(5000);
  });

  it('merges overlapping and touching rectangles into one outline without collinear points', () => {
    const polygons = rectUnionPolygons([rect(0, 0, 100, 50), rect(0, 40, 40, 120), rect(40, 50, 60, 80)]);
    expect(polygons.map(ring)).toEqual(['0,0 100,0 100,50 60,50 60,80 40,80 40,120 0,120']);
  });

  it('keeps disjoint rectangles apart and orders the pieces by their top, then their left', () => {
    const a = rect(200, 10, 300, 60);
    const b = rect(0, 10, 100, 60);
    const c = rect(0, 100, 50, 150);
    const polygons = rectUnionPolygons([c, a, b]);
    expect(polygons.map(ring)).toEqual(['0,10 100,10 100,60 0,60', '200,10 300,10 300,60 200,60', '0,100 50,100 50,150 0,150']);
    expect(rectUnionPolygons([a, b, c])).toEqual(polygons);
  });

  it('leaves out empty and inverted rectangles, and joins edges that differ by less than 1/2000 pt', () => {
    expect(rectUnionPolygons([rect(0, 0, 0, 10), rect(5, 5, 1, 1)])).toEqual([]);
    expect(rectUnionPolygons([rect(0, 0, 10.0001, 10), rect(10.0004, 0, 20, 10)]).map(ring)).toEqual(['0,0 20,0 20,10 0,10']);
  });

  it('splits a ring of frames around an empty middle into hole-free pieces covering exactly the union', () => {
    const frame = [rect(0, 0, 100, 20), rect(0, 80, 100, 100), rect(0, 20, 20, 80), rect(80, 20, 100, 80)];
    const polygons = rectUnionPolygons(frame);
    expect(polygons.length).toBeGreaterThan(1);
    expect(polygons.reduce((sum, p) => sum + ringArea(p), 0)).toBeCloseTo(100 * 100 - 60 * 60, 6);
    for (const p of polygons) expect(ringArea(p)).toBeGreaterThan(0);
    expect(polygons.some((p) => inside(p, 50, 50))).toBe(false);
    expect(polygons.filter((p) => inside(p, 10, 50))).toHaveLength(1);
  });

  it('covers exactly the points the rectangles cover, one piece each, for random layouts', () => {
    const next = lcg(7);
    for (let trial = 0; trial < 60; trial++) {
      // Many long thin frames in a small square: rings around empty cells (holes) turn up in
      // about one trial in four.
      const rects = Array.from({ length: 4 + Math.floor(next() * 16) }, () => {
        const x = Math.floor(next() * 10) * 5;
        const y = Math.floor(next() * 10) * 5;
        const long = 10 + Math.floor(next() * 5) * 5;
        return next() < 0.5 ? rect(x, y, x + long, y + 5) : rect(x, y, x + 5, y + long);
      });
      const polygons = rectUnionPolygons(rects);
      for (const p of polygons) {
        expect(ringArea(p)).toBeGreaterThan(0);
        expect(p.every((pt, i) => { const q = p[(i + 1) % p.length]!; return pt.x === q.x || pt.y === q.y; })).toBe(true);
      }
      const wrong: string[] = [];
      for (let y = 1.5; y < 80; y += 2.5) {
        for (let x = 1.5; x < 80; x += 2.5) {
          const covered = rects.some((r) => x > r.x0 && x < r.x1 && y > r.y0 && y < r.y1);
          if (polygons.filter((p) => inside(p, x, y)).length !== (covered ? 1 : 0)) wrong.push(`${x},${y}`);
        }
      }
      expect(wrong, `trial ${trial}`).toEqual([]);
    }
  });
});
