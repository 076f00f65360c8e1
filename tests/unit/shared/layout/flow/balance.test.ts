// Column balancing specs, with the fake composer (1 em per character, greedy fill). Style G is
// 10/12 on the 12 pt grid, so a 100 pt column takes 10 字 a line and a 60 pt frame 5 lines.
import { describe, expect, it } from 'vitest';
import type { FlowOptions } from '../../../../../src/shared/layout/flow';
import { balancedFeet } from '../../../../../src/shared/layout/flow/balance';
import type { ColumnLayout, EditionLayout, FrameLayout } from '../../../../../src/shared/layout/output';
import { composeEdition } from '../../../../../src/shared/layout/page';
import { type Edition, ParagraphStyleIds } from '../../../../../src/shared/model';
import { fakeComposer, lineText } from './fakeComposer';
import { edition, ENV, G, han, page, para, story, textFrame } from './fixtures';

const compose = (ed: Edition, options: FlowOptions = {}): EditionLayout => composeEdition(ed, ENV, fakeComposer(), options);

function frameOf(layout: EditionLayout, frameId: string): FrameLayout {
  for (const p of layout.pages) for (const f of p.frames) if (f.frameId === frameId) return f;
  throw new Error(`no frame ${frameId} in the layout`);
}
const isJump = (id: string): boolean => id.startsWith('jump:');
/** Story lines per column (band excluded when the frame has one). */
const counts = (f: FrameLayout, band = false): number[] => f.columns.slice(band ? 1 : 0).map((c) => c.lines.filter((l) => !isJump(l.source.paragraphId)).length);
const lastBaseline = (c: ColumnLayout | undefined): number | undefined => c?.lines.at(-1)?.baseline;
const text = (f: FrameLayout): string => f.columns.flatMap((c) => c.lines.filter((l) => !isJump(l.source.paragraphId)).map(lineText)).join('');

/** One frame, `columns` columns of 100 pt with 10 pt gutters, `height` tall, holding story s. */
function oneFrame(columns: number, height: number, paragraphs: ReturnType<typeof para>[]): Edition {
  const width = columns * 100 + (columns - 1) * 10;
  return edition([page('p1', 1, [textFrame('f', { x: 50, y: 100, width, height }, 's', { columns, gutter: 10 })])], [story('s', paragraphs)]);
}

describe('balancedFeet', () => {
  it('raises every column a grid step before it raises the last ones a second step', () => {
    const frame = { pageId: 'p', pageNumber: 1, frameId: 'f', content: { x: 0, y: 100, width: 320, height: 120 }, columns: 3, gutter: 10, obstacles: [], grid: { origin: 110, pitch: 12 } };
    expect(balancedFeet(frame, 0)).toEqual([220, 220, 220]);
    expect(balancedFeet(frame, 1)).toEqual([220, 220, 208]);
    expect(balancedFeet(frame, 2)).toEqual([220, 208, 208]);
    expect(balancedFeet(frame, 3)).toEqual([208, 208, 208]);
    expect(balancedFeet(frame, 4)).toEqual([208, 208, 196]);
  });
});

describe('column balancing', () => {
  it('spreads the last frame’s lines over its columns so they end level', () => {
    const ed = oneFrame(2, 60, [para('a', G, han(60))]);
    expect(counts(frameOf(compose(ed, { balanceColumns: false }), 'f'))).toEqual([5, 1]);
    const f = frameOf(compose(ed), 'f');
    expect(counts(f)).toEqual([3, 3]);
    expect(lastBaseline(f.columns[0])).toBe(lastBaseline(f.columns[1]));
    expect(text(f)).toBe(han(60)); // same lines, in order
  });

  it('leaves the last column at most one line shorter', () => {
    expect(counts(frameOf(compose(oneFrame(2, 60, [para('a', G, han(70))])), 'f'))).toEqual([4, 3]);
    expect(counts(frameOf(compose(oneFrame(3, 120, [para('a', G, han(100))])), 'f'))).toEqual([4, 3, 3]);
    expect(counts(frameOf(compose(oneFrame(3, 120, [para('a', G, han(110))])), 'f'))).toEqual([4, 4, 3]);
    // A frame the story fills exactly is unchanged.
    expect(counts(frameOf(compose(oneFrame(2, 60, [para('a', G, han(100))])), 'f'))).toEqual([5, 5]);
  });

  it('fills a frame the text runs on from and balances only the frame it ends in', () => {
    const fA = textFrame('fA', { x: 50, y: 100, width: 210, height: 60 }, 's', { columns: 2, gutter: 10, next: { pageId: 'p1', frameId: 'fB' } });
    const fB = textFrame('fB', { x: 50, y: 300, width: 210, height: 60 }, 's', { columns: 2, gutter: 10, prev: { pageId: 'p1', frameId: 'fA' } });
    const layout = compose(edition([page('p1', 1, [fA, fB])], [story('s', [para('a', G, han(140))])]));
    expect(counts(frameOf(layout, 'fA'))).toEqual([5, 5]);
    expect(counts(frameOf(layout, 'fB'))).toEqual([2, 2]);
  });

  it('balances the columns below a spanning headline band, which stays across the frame', () => {
    const f = frameOf(compose(oneFrame(3, 200, [para('h', ParagraphStyleIds.headline, han(12)), para('b', G, han(90))])), 'f');
    expect(f.columns[0]).toMatchObject({ x: 50, width: 320 });
    expect(f.columns[0]?.lines.map(lineText)).toEqual([han(12)]);
    expect(counts(f, true)).toEqual([3, 3, 3]);
    expect(f.columns.slice(1).map((c) => c.lines[0]?.baseline)).toEqual([134, 134, 134]);
  });

  it('keeps a 小标题 with the paragraph after it while balancing', () => {
    const f = frameOf(compose(oneFrame(2, 120, [para('a', G, han(40)), para('k', ParagraphStyleIds.crosshead, han(5)), para('b', G, han(50))])), 'f');
    const ids = f.columns.map((c) => c.lines.map((l) => l.source.paragraphId));
    const column = ids.findIndex((c) => c.includes('k'));
    expect(ids[column]?.at(-1)).not.toBe('k'); // not left at a column foot
    expect(ids[column]?.[ids[column].indexOf('k') + 1]).toBe('b');
    // Balanced: both columns in use, the second not longer than the first.
    expect(ids[1]?.length).toBeGreaterThan(0);
    expect(lastBaseline(f.columns[1])).toBeLessThanOrEqual(lastBaseline(f.columns[0]) ?? 0);
  });

  it('keeps the 上接 jump line at the top of a balanced continuation frame', () => {
    const fA = textFrame('fA', { x: 50, y: 100, width: 100, height: 60 }, 's', { next: { pageId: 'p2', frameId: 'fB' } });
    const fB = textFrame('fB', { x: 50, y: 100, width: 210, height: 120 }, 's', { columns: 2, gutter: 10, prev: { pageId: 'p1', frameId: 'fA' } });
    const layout = compose(edition([page('p1', 1, [fA]), page('p2', 2, [fB])], [story('s', [para('a', G, han(120))])]));
    const b = frameOf(layout, 'fB');
    expect(b.columns[0]?.lines[0]?.source.paragraphId).toBe('jump:fB:in');
    const lines = counts(b);
    expect(lines[0]).toBeGreaterThan(0);
    expect(Math.abs((lines[0] ?? 0) - (lines[1] ?? 0))).toBeLessThanOrEqual(1);
    expect(text(frameOf(layout, 'fA')) + text(b)).toBe(han(120));
  });

  it('does not balance a frame whose story is overset', () => {
    expect(counts(frameOf(compose(oneFrame(2, 60, [para('a', G, han(130))])), 'f'))).toEqual([5, 5]);
  });
});
