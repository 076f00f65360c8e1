import { describe, expect, it } from 'vitest';
import { type EdgeSnap, handlesFor, resizedBox } from '../../../../src/renderer/frames/resize';
import { defaultBox, gridColumns, newFrame, ruleBox } from '../../../../src/renderer/frames/tools';
import { columnEdges, presetFormat, snapEdge, snapTargets, spanWidth } from '../../../../src/shared/model';
import { sampleEdition } from '../../shared/model/fixtures';

const noSnap: EdgeSnap = (value) => ({ at: value, line: null });
const MIN = { width: 10, height: 10 };
const start = { x: 100, y: 100, width: 200, height: 100 };

describe('resizedBox', () => {
  it('moves only the edges the handle carries', () => {
    expect(resizedBox(start, 'se', { x: 350, y: 260 }, noSnap, MIN).box).toEqual({ x: 100, y: 100, width: 250, height: 160 });
    expect(resizedBox(start, 'w', { x: 50, y: 999 }, noSnap, MIN).box).toEqual({ x: 50, y: 100, width: 250, height: 100 });
    expect(resizedBox(start, 'n', { x: 999, y: 80 }, noSnap, MIN).box).toEqual({ x: 100, y: 80, width: 200, height: 120 });
  });

  it('stops an edge short of the opposite one instead of turning the frame inside out', () => {
    expect(resizedBox(start, 'e', { x: 0, y: 0 }, noSnap, MIN).box).toEqual({ x: 100, y: 100, width: 10, height: 100 });
    expect(resizedBox(start, 'nw', { x: 400, y: 400 }, noSnap, MIN).box).toEqual({ x: 290, y: 190, width: 10, height: 10 });
  });

  it('snaps the moving edge to a column edge and reports the line', () => {
    const format = presetFormat('broadsheet');
    const targets = snapTargets(format, { vertical: [], horizontal: [] }, []);
    const snap: EdgeSnap = (value, axis) => snapEdge(value, axis, format, targets, 5);
    const left = targets.x[0]?.at ?? 0;
    const column2Right = targets.x[3]?.at ?? 0;
    const result = resizedBox({ x: left, y: 200, width: 50, height: 100 }, 'e', { x: column2Right - 3, y: 0 }, snap, MIN);
    expect(result.box.width).toBeCloseTo(spanWidth(format, 2), 3);
    expect(result.lines).toEqual([{ axis: 'x', at: column2Right, kind: 'column' }]);
  });

  it('offers only the end handles of a flat rule', () => {
    expect(handlesFor({ x: 0, y: 0, width: 100, height: 0 })).toEqual(['w', 'e']);
    expect(handlesFor(start)).toHaveLength(8);
  });
});

describe('frame tools', () => {
  it('makes frames of each kind that the model accepts, on the box drawn', () => {
    const edition = sampleEdition();
    const drawn = { x: 40.1234, y: 60, width: 120, height: 80 };
    const text = newFrame('text', 'frame-x', drawn, edition);
    expect(text).toMatchObject({ kind: 'text', x: 40.123, storyId: null, columns: 1, gutter: edition.format.gutter });
    expect(newFrame('box', 'frame-y', drawn, edition)).toMatchObject({ kind: 'box', fill: { k: 10 }, stroke: null });
    expect(newFrame('rule', 'frame-z', ruleBox({ x: 10, y: 50 }, { x: 200, y: 58 }), edition)).toMatchObject({ kind: 'rule', y: 50, height: 0, width: 190 });
    expect(newFrame('image', 'frame-w', drawn, edition)).toMatchObject({ kind: 'image', assetId: null });
  });

  it('draws an upright rule when the drag is mostly downwards', () => {
    expect(ruleBox({ x: 100, y: 50 }, { x: 104, y: 250 })).toEqual({ x: 99.75, y: 50, width: 0.5, height: 200 });
  });

  it('gives a click the default size: two columns wide', () => {
    const edition = sampleEdition();
    expect(defaultBox('text', { x: 10, y: 20 }, edition).width).toBe(spanWidth(edition.format, 2));
    expect(defaultBox('rule', { x: 10, y: 20 }, edition).height).toBe(0);
  });
});

describe('gridColumns', () => {
  it('divides a text frame drawn from column edge to column edge into the columns it spans', () => {
    const edition = sampleEdition();
    const edges = columnEdges(edition.format);
    const two = { x: edges[2]!.left, y: 300, width: edges[3]!.right - edges[2]!.left, height: 200 };
    expect(gridColumns(edition, two)).toBe(2);
    expect(newFrame('text', 'frame-x', two, edition)).toMatchObject({ kind: 'text', columns: 2, gutter: edition.format.gutter });
    expect(gridColumns(edition, { ...two, width: edges[6]!.right - edges[2]!.left })).toBe(5);
    expect(gridColumns(edition, { ...two, x: edges[2]!.left + 0.3 })).toBe(2);
  });

  it('keeps one column for a frame whose edges are off the grid', () => {
    const edition = sampleEdition();
    const edges = columnEdges(edition.format);
    expect(gridColumns(edition, { x: edges[2]!.left + 20, y: 300, width: 150, height: 200 })).toBe(1);
    expect(gridColumns(edition, { x: edges[2]!.left, y: 300, width: 150, height: 200 })).toBe(1);
  });
});
