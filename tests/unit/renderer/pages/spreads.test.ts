import { describe, expect, it } from 'vitest';
import { dropSlot, pageRows, targetIndex } from '../../../../src/renderer/pages/spreads';

describe('pageRows', () => {
  it('lists one page a row, or facing pages side by side with page 1 alone', () => {
    expect(pageRows(3, false)).toEqual([[0], [1], [2]]);
    expect(pageRows(4, true)).toEqual([[0], [1, 2], [3]]);
    expect(pageRows(5, true)).toEqual([[0], [1, 2], [3, 4]]);
    expect(pageRows(1, true)).toEqual([[0]]);
    expect(pageRows(0, true)).toEqual([]);
  });
});

describe('dropSlot', () => {
  const column = [0, 1, 2].map((i) => ({ left: 0, right: 100, top: i * 150, bottom: i * 150 + 140 }));
  it('puts a page dropped on the top half of a thumbnail before it, on the bottom half after it', () => {
    expect(dropSlot(column, { x: 50, y: 10 }, false)).toBe(0);
    expect(dropSlot(column, { x: 50, y: 130 }, false)).toBe(1);
    expect(dropSlot(column, { x: 50, y: 160 }, false)).toBe(1);
    expect(dropSlot(column, { x: 50, y: 900 }, false)).toBe(3);
    expect(dropSlot(column, { x: -40, y: -40 }, false)).toBe(0);
  });

  it('decides by left and right halves in the spread view', () => {
    // Row 1: page 1 on the right; row 2: pages 2 and 3.
    const rects = [
      { left: 60, right: 110, top: 0, bottom: 70 },
      { left: 0, right: 50, top: 80, bottom: 150 },
      { left: 60, right: 110, top: 80, bottom: 150 },
    ];
    expect(dropSlot(rects, { x: 10, y: 100 }, true)).toBe(1);
    expect(dropSlot(rects, { x: 45, y: 100 }, true)).toBe(2);
    expect(dropSlot(rects, { x: 100, y: 100 }, true)).toBe(3);
    expect(dropSlot([], { x: 0, y: 0 }, true)).toBe(0);
  });
});

describe('targetIndex', () => {
  it('turns a slot in the old order into the index once moved', () => {
    expect(targetIndex(0, 3)).toBe(2);
    expect(targetIndex(2, 0)).toBe(0);
    expect(targetIndex(1, 1)).toBe(1);
    expect(targetIndex(1, 2)).toBe(1);
  });
});
