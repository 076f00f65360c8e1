import { describe, expect, it } from 'vitest';
import { alignOps, distributeOps, stackedOrder, stackOps } from '../../../../src/renderer/frames/arrange';
import { applyOps, type Op } from '../../../../src/shared/model';
import { sampleEdition } from '../../shared/model/fixtures';
import { box, pageOf, pageWith } from './fixtures';

const AREA = { x: 30, y: 40, width: 900, height: 1300 };

function moves(ops: Op[]): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const op of ops) if (op.type === 'moveFrame') out[op.frameId] = [op.x, op.y];
  return out;
}

describe('alignOps', () => {
  const a = box('a', 100, 100, 50, 40);
  const b = box('b', 200, 150, 80, 20);
  const c = box('c', 160, 300, 20, 60);

  it('aligns several frames to the edges and centres of their common bounds', () => {
    expect(moves(alignOps('p', [a, b, c], 'left', AREA))).toEqual({ b: [100, 150], c: [100, 300] });
    expect(moves(alignOps('p', [a, b, c], 'right', AREA))).toEqual({ a: [230, 100], c: [260, 300] });
    expect(moves(alignOps('p', [a, b, c], 'centre', AREA))).toEqual({ a: [165, 100], b: [150, 150], c: [180, 300] });
    expect(moves(alignOps('p', [a, b, c], 'bottom', AREA))).toEqual({ a: [100, 320], b: [200, 340] });
    expect(moves(alignOps('p', [a, b, c], 'middle', AREA))).toEqual({ a: [100, 210], b: [200, 220], c: [160, 200] });
  });

  it('aligns a single frame to the type area', () => {
    expect(moves(alignOps('p', [a], 'top', AREA))).toEqual({ a: [100, 40] });
    expect(moves(alignOps('p', [a], 'right', AREA))).toEqual({ a: [880, 100] });
  });

  it('moves a group as one piece, so a caption stays under its photo', () => {
    const photo = box('photo', 300, 100, 100, 80, { groupId: 'g' });
    const caption = box('caption', 300, 180, 100, 20, { groupId: 'g' });
    // The group is the only piece: it goes to the type area's left edge, both frames together.
    expect(moves(alignOps('p', [photo, caption], 'left', AREA))).toEqual({ photo: [30, 100], caption: [30, 180] });
  });

  it('leaves locked frames where they are', () => {
    const locked = box('l', 10, 10, 10, 10, { locked: true });
    expect(moves(alignOps('p', [a, b, locked], 'left', AREA))).toEqual({ b: [100, 150] });
  });
});

describe('distributeOps', () => {
  it('makes the gaps between three or more pieces equal, keeping the outermost two', () => {
    const frames = [box('a', 0, 0, 10, 10), box('b', 15, 50, 30, 10), box('c', 100, 0, 20, 10)];
    // Span 0–120, widths 60: two gaps of 30.
    expect(moves(distributeOps('p', frames, 'horizontal'))).toEqual({ b: [40, 50] });
    expect(distributeOps('p', frames.slice(0, 2), 'horizontal')).toEqual([]);
  });

  it('distributes vertically in order of the tops', () => {
    const frames = [box('a', 0, 200, 10, 20), box('b', 0, 0, 10, 20), box('c', 0, 30, 10, 40)];
    // Span 0–220, heights 80: gaps of 70, so c's top goes to 20 + 70.
    expect(moves(distributeOps('p', frames, 'vertical'))).toEqual({ c: [0, 90] });
  });
});

describe('stacking', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  it('brings forward and sends backward one step over unselected frames', () => {
    expect(stackedOrder(order, new Set(['b', 'c']), 'forward')).toEqual(['a', 'd', 'b', 'c', 'e']);
    expect(stackedOrder(order, new Set(['e']), 'forward')).toEqual(order);
    expect(stackedOrder(order, new Set(['c', 'e']), 'backward')).toEqual(['a', 'c', 'b', 'e', 'd']);
  });

  it('brings to front and sends to back keeping the selected frames in their order', () => {
    expect(stackedOrder(order, new Set(['d', 'b']), 'front')).toEqual(['a', 'c', 'e', 'b', 'd']);
    expect(stackedOrder(order, new Set(['d', 'b']), 'back')).toEqual(['b', 'd', 'a', 'c', 'e']);
  });

  it('emits reorderFrame ops that produce that order in the model, and undo restores it', () => {
    const edition = sampleEdition();
    const page = pageOf(edition, 'page-1');
    const ops = stackOps(page, ['frame-3'], 'front');
    const applied = applyOps(edition, ops);
    expect(pageOf(applied.edition, 'page-1').frames.map((f) => f.id)).toEqual(['frame-4', 'frame-5', 'frame-3']);
    expect(pageOf(applyOps(applied.edition, [applied.inverse]).edition, 'page-1').frames.map((f) => f.id)).toEqual(['frame-3', 'frame-4', 'frame-5']);
    expect(stackOps(pageWith([box('x', 0, 0, 1, 1)]), ['x'], 'back')).toEqual([]);
  });
});
