import { describe, expect, it } from 'vitest';
import { NUDGE_MM, nudgeDelta, nudged } from '../../../../src/renderer/app/nudge';
import { columnEdges, presetFormat, ptToMm } from '../../../../src/shared/model';

const broadsheet = presetFormat('broadsheet');

describe('nudgeDelta', () => {
  it('moves half a millimetre in the pressed direction', () => {
    const small = nudgeDelta('right', false, broadsheet);
    expect(ptToMm(small.dx)).toBeCloseTo(NUDGE_MM, 2);
    expect(NUDGE_MM).toBe(0.5);
    expect(small.dy).toBe(0);
    expect(nudgeDelta('left', false, broadsheet)).toEqual({ dx: -small.dx, dy: 0 });
    expect(nudgeDelta('down', false, broadsheet)).toEqual({ dx: 0, dy: small.dx });
    expect(nudgeDelta('up', false, broadsheet)).toEqual({ dx: 0, dy: -small.dx });
  });

  it('with Shift, moves one column across: from a column edge to the next one', () => {
    const edges = columnEdges(broadsheet);
    const { dx, dy } = nudgeDelta('right', true, broadsheet);
    expect(dy).toBe(0);
    expect(nudged({ x: edges[0]!.left, y: 0 }, { dx, dy }).x).toBeCloseTo(edges[1]!.left, 3);
    expect(nudged({ x: edges[2]!.left, y: 0 }, nudgeDelta('left', true, broadsheet)).x).toBeCloseTo(edges[1]!.left, 3);
  });

  it('with Shift, moves one baseline-grid line up or down', () => {
    expect(nudgeDelta('down', true, broadsheet)).toEqual({ dx: 0, dy: broadsheet.baselineGrid.pitch });
    expect(nudgeDelta('up', true, broadsheet)).toEqual({ dx: 0, dy: -broadsheet.baselineGrid.pitch });
  });

  it('follows the format: a tabloid has its own column step', () => {
    const tabloid = presetFormat('tabloid');
    const edges = columnEdges(tabloid);
    expect(nudgeDelta('right', true, tabloid).dx).toBeCloseTo(edges[1]!.left - edges[0]!.left, 3);
  });
});

describe('nudged', () => {
  it('adds the step and rounds to the model precision, so repeated nudges do not drift', () => {
    let position = { x: 32.705, y: 48.189 };
    const step = nudgeDelta('right', false, broadsheet);
    for (let i = 0; i < 10; i++) position = nudged(position, step);
    for (let i = 0; i < 10; i++) position = nudged(position, nudgeDelta('left', false, broadsheet));
    expect(position).toEqual({ x: 32.705, y: 48.189 });
    expect(nudged({ x: 0.1, y: 0.2 }, { dx: 0.2, dy: 0.1 })).toEqual({ x: 0.3, y: 0.3 });
  });
});
