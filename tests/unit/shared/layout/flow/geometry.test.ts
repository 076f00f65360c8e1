// Geometry specs: columns, the free span of a band beside wrap rectangles, grid snapping.
import { describe, expect, it } from 'vitest';
import { columnSpans, freeSpan, pt, snapDown } from '../../../../../src/shared/layout/flow';

describe('columnSpans', () => {
  it('divides the width into equal columns with gutters between', () => {
    expect(columnSpans(50, 320, 3, 10)).toEqual([{ x: 50, width: 100 }, { x: 160, width: 100 }, { x: 270, width: 100 }]);
  });
  it('rounds edges to 1/1000 pt', () => {
    expect(columnSpans(0, 100, 3, 0)).toEqual([{ x: 0, width: 33.333 }, { x: 33.333, width: 33.333 }, { x: 66.667, width: 33.333 }]);
  });
});

describe('freeSpan', () => {
  const rect = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
  it('is the whole span when nothing overlaps the band', () => {
    expect(freeSpan(0, 100, 0, 10, [rect(0, 20, 100, 10), rect(200, 0, 10, 10)])).toEqual({ x: 0, width: 100, nextTop: null });
  });
  it('picks the widest gap between several obstacles and names the least bottom to try next', () => {
    expect(freeSpan(0, 100, 0, 10, [rect(10, 5, 10, 30), rect(70, 0, 10, 20)])).toEqual({ x: 20, width: 50, nextTop: 20 });
  });
  it('prefers the left side when both sides are equal', () => {
    expect(freeSpan(0, 100, 0, 10, [rect(40, 0, 20, 20)])).toEqual({ x: 0, width: 40, nextTop: 20 });
  });
  it('treats touching edges as no overlap', () => {
    expect(freeSpan(0, 100, 10, 20, [rect(0, 0, 100, 10), rect(0, 20, 100, 10)]).nextTop).toBeNull();
  });
});

describe('snapDown', () => {
  const grid = { origin: 110, pitch: 12.6 };
  it('moves a baseline down to the next grid line and leaves one on the grid where it is', () => {
    expect(snapDown(grid, 111)).toBe(122.6);
    expect(snapDown(grid, 122.6)).toBe(122.6);
    expect(snapDown(grid, 100)).toBe(110);
    expect(snapDown(grid, 97.4)).toBe(97.4);
  });
});

describe('pt', () => {
  it('rounds to 1/1000 and never gives -0', () => {
    expect(pt(1.23456)).toBe(1.235);
    expect(Object.is(pt(-0.0001), 0)).toBe(true);
  });
});
