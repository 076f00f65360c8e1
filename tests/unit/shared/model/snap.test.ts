import { describe, expect, it } from 'vitest';
import {
  columnEdges,
  columnPitch,
  columnWidth,
  type PageFormat,
  presetFormat,
  snapFramePosition,
  snapToBaselineGrid,
  snapToColumns,
  spanWidth,
  typeArea,
} from '../../../../src/shared/model';

const broadsheet = presetFormat('broadsheet');
const tabloid = presetFormat('tabloid');

function edges(format: PageFormat): Array<{ left: number; right: number }> {
  return columnEdges(format);
}

describe('snapToColumns', () => {
  it('moves a frame whose left edge is nearest a column left edge onto that edge', () => {
    const e = edges(broadsheet);
    const third = e[2]!;
    const width = spanWidth(broadsheet, 2);
    const snapped = snapToColumns(third.left + 4, width, broadsheet);
    expect(snapped).toEqual({ x: third.left, guide: third.left, edge: 'left', column: 2 });
  });

  it('aligns the right edge with a column right edge when that move is shorter', () => {
    // An image 100 pt wide does not span whole columns, so its right edge is what can line up.
    const e = edges(broadsheet);
    const fifth = e[4]!;
    const width = 100;
    const x = fifth.right - width + 1.5;
    const snapped = snapToColumns(x, width, broadsheet);
    expect(snapped.edge).toBe('right');
    expect(snapped.column).toBe(4);
    expect(snapped.guide).toBe(fifth.right);
    expect(snapped.x + width).toBeCloseTo(fifth.right, 3);
    // …and the left-edge alternative really was further away.
    const nearestLeft = Math.min(...e.map((c) => Math.abs(x - c.left)));
    expect(nearestLeft).toBeGreaterThan(1.5);
  });

  it('prefers the left edge when both edges are equally far from a grid line', () => {
    // A frame spanning whole columns has both its edges the same distance off the grid.
    const e = edges(tabloid);
    const width = spanWidth(tabloid, 2);
    const snapped = snapToColumns(e[1]!.left + 3, width, tabloid);
    expect(snapped.edge).toBe('left');
    expect(snapped.x).toBe(e[1]!.left);
  });

  it('clamps a frame dragged off the left of the page onto the first column', () => {
    const snapped = snapToColumns(-500, spanWidth(broadsheet, 3), broadsheet);
    expect(snapped.x).toBe(typeArea(broadsheet).x);
    expect(snapped.column).toBe(0);
  });

  it('puts a frame dragged past the right margin against the last column right edge', () => {
    const e = edges(broadsheet);
    const last = e[e.length - 1]!;
    const width = spanWidth(broadsheet, 1);
    const snapped = snapToColumns(broadsheet.trim.width + 200, width, broadsheet);
    expect(snapped.x + width).toBeCloseTo(last.right, 3);
  });
});

describe('snapToBaselineGrid', () => {
  it('rounds the top to the nearest multiple of the pitch from the type-area top', () => {
    const top = typeArea(broadsheet).y;
    const pitch = broadsheet.baselineGrid.pitch;
    expect(snapToBaselineGrid(top + 10 * pitch + 0.4 * pitch, 100, broadsheet)).toEqual({ y: round(top + 10 * pitch), line: 10 });
    expect(snapToBaselineGrid(top + 10 * pitch + 0.6 * pitch, 100, broadsheet)).toEqual({ y: round(top + 11 * pitch), line: 11 });
  });

  it('allows grid lines above the type area but not above the trim', () => {
    const top = typeArea(broadsheet).y;
    const pitch = broadsheet.baselineGrid.pitch;
    const above = snapToBaselineGrid(top - 2 * pitch, 20, broadsheet);
    expect(above.line).toBe(-2);
    const offPage = snapToBaselineGrid(-300, 20, broadsheet);
    expect(offPage.y).toBeGreaterThanOrEqual(0);
    expect(offPage.y - pitch).toBeLessThan(0);
  });

  it('keeps the bottom of the frame on the page', () => {
    const height = 300;
    const snapped = snapToBaselineGrid(broadsheet.trim.height, height, broadsheet);
    expect(snapped.y + height).toBeLessThanOrEqual(broadsheet.trim.height);
    expect(snapped.y + height + broadsheet.baselineGrid.pitch).toBeGreaterThan(broadsheet.trim.height);
  });
});

describe('snapFramePosition', () => {
  it('snaps both axes of a dragged box at once', () => {
    const area = typeArea(tabloid);
    const e = edges(tabloid);
    const box = { x: e[3]!.left - 5, y: area.y + 7 * tabloid.baselineGrid.pitch + 2, width: columnWidth(tabloid), height: 80 };
    const snapped = snapFramePosition(box, tabloid);
    expect(snapped.x).toBe(e[3]!.left);
    expect(snapped.line).toBe(7);
    expect(snapped.y).toBe(round(area.y + 7 * tabloid.baselineGrid.pitch));
  });
});

describe('columnPitch', () => {
  it('is a column width plus a gutter', () => {
    expect(columnPitch(broadsheet)).toBeCloseTo(columnWidth(broadsheet) + broadsheet.gutter, 2);
  });
});

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
