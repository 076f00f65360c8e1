import { describe, expect, it } from 'vitest';
import {
  columnEdges,
  linesOn,
  presetFormat,
  snapEdge,
  snapFramePosition,
  snapMove,
  snapTargets,
  spanWidth,
  typeArea,
} from '../../../../src/shared/model';

const format = presetFormat('broadsheet');
const area = typeArea(format);
const pitch = format.baselineGrid.pitch;
const cols = columnEdges(format);
const NO_GUIDES = { vertical: [], horizontal: [] };
const round = (n: number): number => Math.round(n * 1000) / 1000;

describe('snapTargets', () => {
  it('lists column edges, type-area edges, guides and both edges of each other frame', () => {
    const targets = snapTargets(format, { vertical: [123.4], horizontal: [456.7] }, [{ x: 100, y: 200, width: 50, height: 30 }]);
    expect(targets.x.filter((l) => l.kind === 'column')).toHaveLength(2 * format.columns);
    expect(targets.x.filter((l) => l.kind !== 'column').map((l) => [l.kind, l.at])).toEqual([
      ['guide', 123.4],
      ['frame', 100],
      ['frame', 150],
    ]);
    expect(targets.y.map((l) => [l.kind, l.at])).toEqual([
      ['margin', area.y],
      ['margin', round(area.y + area.height)],
      ['guide', 456.7],
      ['frame', 200],
      ['frame', 230],
    ]);
  });
});

describe('snapMove', () => {
  it('lands exactly where snapFramePosition does when nothing else is in reach', () => {
    const box = { x: cols[2]!.left + 11, y: area.y + 7.3 * pitch, width: spanWidth(format, 2), height: 100 };
    const moved = snapMove(box, format, snapTargets(format, NO_GUIDES, []), 6);
    const grid = snapFramePosition(box, format);
    expect([moved.x, moved.y]).toEqual([grid.x, grid.y]);
    expect(moved.lines).toContainEqual({ axis: 'x', at: cols[2]!.left, kind: 'column' });
    expect(moved.lines).toContainEqual({ axis: 'y', at: grid.y, kind: 'baseline' });
  });

  it('puts the right edge on a ruler guide that is nearer than any column edge', () => {
    // A guide in the middle of column 4; the box's right edge 2 pt short of it.
    const guide = round((cols[3]!.left + cols[3]!.right) / 2);
    const width = 100;
    const box = { x: guide - width - 2, y: area.y + 10 * pitch, width, height: 80 };
    const moved = snapMove(box, format, snapTargets(format, { vertical: [guide], horizontal: [] }, []), 6);
    expect(round(moved.x + width)).toBe(guide);
    expect(moved.lines).toContainEqual({ axis: 'x', at: guide, kind: 'guide' });
  });

  it('ignores a guide beyond the tolerance and keeps the column snap', () => {
    const guide = round((cols[3]!.left + cols[3]!.right) / 2);
    const width = 100;
    const box = { x: guide - width - 9, y: area.y + 10 * pitch, width, height: 80 };
    const targets = snapTargets(format, { vertical: [guide], horizontal: [] }, []);
    expect(snapMove(box, format, targets, 6).x).toBe(snapFramePosition(box, format).x);
  });

  it("sits a frame's top on another frame's bottom edge when that is nearer than the grid", () => {
    // The other frame ends between two grid lines; the moved box's top is 1 pt below its foot.
    const other = { x: cols[0]!.left, y: area.y, width: spanWidth(format, 2), height: round(3.5 * pitch) };
    const foot = round(other.y + other.height);
    const box = { x: cols[0]!.left, y: foot + 1, width: spanWidth(format, 2), height: 60 };
    const moved = snapMove(box, format, snapTargets(format, NO_GUIDES, [other]), 6);
    expect(moved.y).toBe(foot);
    expect(moved.lines).toContainEqual({ axis: 'y', at: foot, kind: 'frame' });
  });

  it('lines the bottom edge up with a horizontal guide', () => {
    const guide = round(area.y + 20.5 * pitch);
    const box = { x: cols[1]!.left, y: guide - 90 + 1.5, width: 80, height: 90 };
    const moved = snapMove(box, format, snapTargets(format, { vertical: [], horizontal: [guide] }, []), 6);
    expect(round(moved.y + 90)).toBe(guide);
  });
});

describe('snapEdge', () => {
  const targets = snapTargets(format, { vertical: [300], horizontal: [] }, [{ x: 500, y: 400, width: 60, height: 40 }]);

  it('takes the nearest target within the tolerance, columns included', () => {
    expect(snapEdge(cols[1]!.right + 2, 'x', format, targets, 5)).toEqual({ at: cols[1]!.right, line: { axis: 'x', at: cols[1]!.right, kind: 'column' } });
    expect(snapEdge(303, 'x', format, targets, 5).at).toBe(300);
    expect(snapEdge(558, 'x', format, targets, 5)).toEqual({ at: 560, line: { axis: 'x', at: 560, kind: 'frame' } });
  });

  it('counts the baseline grid as targets for y', () => {
    const line = round(area.y + 12 * pitch);
    expect(snapEdge(line + 2, 'y', format, targets, 5)).toEqual({ at: line, line: { axis: 'y', at: line, kind: 'baseline' } });
  });

  it('leaves the edge where it is, rounded, when nothing is in reach', () => {
    const free = (cols[1]!.left + cols[1]!.right) / 2 + 0.12345;
    expect(snapEdge(free, 'x', format, targets, 2)).toEqual({ at: round(free), line: null });
  });
});

describe('linesOn', () => {
  it('names each line a box edge sits on once', () => {
    const box = { x: cols[0]!.left, y: area.y, width: spanWidth(format, 3), height: 50 };
    const lines = linesOn(box, format, snapTargets(format, { vertical: [cols[0]!.left], horizontal: [] }, []));
    expect(lines.filter((l) => l.axis === 'x').map((l) => l.at)).toEqual([cols[0]!.left, cols[2]!.right]);
    expect(lines.filter((l) => l.axis === 'y').map((l) => l.at)).toEqual([area.y]);
  });
});
