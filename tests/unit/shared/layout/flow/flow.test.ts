// Frame flow specs, with the fake composer (1 em per character, greedy fill): columns, threads,
// overset, wrap, the baseline grid, spanning headlines, keeps and the degenerate cases.
import { describe, expect, it } from 'vitest';
import type { FlowOptions } from '../../../../../src/shared/layout/flow';
import { composeEdition } from '../../../../../src/shared/layout/page';
import type { ColumnLayout, EditionLayout, FrameLayout } from '../../../../../src/shared/layout/output';
import { ParagraphStyleIds } from '../../../../../src/shared/model';
import { type ComposerCall, fakeComposer, lineText } from './fakeComposer';
import { edition, ENV, G, han, P, page, para, story, textFrame, wrapImage } from './fixtures';

const compose = (ed: ReturnType<typeof edition>, calls: ComposerCall[] = [], options: FlowOptions = {}): EditionLayout => composeEdition(ed, ENV, fakeComposer(calls), options);
/** Column filling as such: the frame a story ends in is balanced by default (balance.test.ts). */
const composeFilled = (ed: ReturnType<typeof edition>): EditionLayout => compose(ed, [], { balanceColumns: false });

function frameOf(layout: EditionLayout, frameId: string): FrameLayout {
  for (const p of layout.pages) for (const f of p.frames) if (f.frameId === frameId) return f;
  throw new Error(`no frame ${frameId} in the layout`);
}
const texts = (column: ColumnLayout | undefined): string[] => (column?.lines ?? []).map(lineText);
/** The story's own lines, without the jump lines flow adds where a thread changes page. */
const storyTexts = (column: ColumnLayout | undefined): string[] => (column?.lines ?? []).filter((l) => !l.source.paragraphId.startsWith('jump:')).map(lineText);
const baselines = (column: ColumnLayout | undefined): number[] => (column?.lines ?? []).map((l) => l.baseline);

describe('frame flow: columns', () => {
  const twoColumns = (text: string, style = G) =>
    edition([page('p1', 1, [textFrame('f1', { x: 50, y: 100, width: 210, height: 60 }, 's1', { columns: 2, gutter: 10 })])], [story('s1', [para('a', style, text)])]);

  it('fills the first column to its foot, then the next one', () => {
    const f = frameOf(compose(twoColumns(han(100))), 'f1');
    expect(f.columns.map((c) => c.x)).toEqual([50, 160]);
    expect(texts(f.columns[0])).toEqual([han(10, 0), han(10, 10), han(10, 20), han(10, 30), han(10, 40)]);
    expect(texts(f.columns[1])).toEqual([han(10, 50), han(10, 60), han(10, 70), han(10, 80), han(10, 90)]);
    expect(f.columns[1]?.lines.every((l) => l.x === 160 && l.width === 100)).toBe(true);
  });

  it('steps baselines by the leading and stops where the next line would pass the foot', () => {
    const f = frameOf(compose(twoColumns(han(100), P)), 'f1');
    expect(baselines(f.columns[0])).toEqual([108, 122, 136, 150]);
    expect(baselines(f.columns[1])).toEqual([108, 122, 136, 150]);
  });

  it('places glyph runs at the line start plus the run offset, on the baseline', () => {
    const f = frameOf(composeFilled(twoColumns(han(15))), 'f1');
    const line = f.columns[0]?.lines[1];
    expect(line?.runs[0]).toMatchObject({ x: 50, y: 122, advances: Array(5).fill(10), source: { storyId: 's1', paragraphId: 'a', start: 10, end: 15 } });
    expect(line?.lastOfParagraph).toBe(true);
    expect(f.columns[0]?.lines[0]?.lastOfParagraph).toBe(false);
  });
});

describe('frame flow: threads', () => {
  // fB is on page 2, or beside fA on page 1 (no jump lines to take room).
  const threaded = (text: string, heightA: number, style = P, samePage = false) => {
    const pB = samePage ? 'p1' : 'p2';
    const fA = textFrame('fA', { x: 50, y: 100, width: 100, height: heightA }, 's', { next: { pageId: pB, frameId: 'fB' } });
    const fB = textFrame('fB', { x: samePage ? 200 : 50, y: 100, width: 50, height: 200 }, 's', { prev: { pageId: 'p1', frameId: 'fA' } });
    return edition(samePage ? [page('p1', 1, [fA, fB])] : [page('p1', 1, [fA]), page('p2', 2, [fB])], [story('s', [para('a', style, text)])]);
  };

  it('runs a story on into the next frame of its thread, on another page', () => {
    const layout = compose(threaded(han(40), 36));
    expect(storyTexts(frameOf(layout, 'fA').columns[0])).toEqual([han(10, 0), han(10, 10)]);
    expect(storyTexts(frameOf(layout, 'fB').columns[0])).toEqual([han(5, 20), han(5, 25), han(5, 30), han(5, 35)]);
    expect(texts(frameOf(layout, 'fA').columns[0]).at(-1)).toBe('（下转第二版）');
    expect(layout.overset).toEqual([]);
  });

  it('sets each line of a paragraph to the measure of the column it lands in', () => {
    const calls: ComposerCall[] = [];
    const layout = compose(threaded(han(40), 36, P, true), calls);
    expect(frameOf(layout, 'fA').columns[0]?.lines.map((l) => l.width)).toEqual([100, 100]);
    expect(frameOf(layout, 'fB').columns[0]?.lines.map((l) => l.width)).toEqual([50, 50, 50, 50]);
    expect(calls.map((c) => c.measures)).toEqual([[100, 100, 50, 50, 50, 50]]);
  });

  it('recomposes when the real line heights send a line to a narrower frame than predicted', () => {
    // On the grid the first baseline snaps to 110; with the real descent (2) it ends at 112, past
    // the 111.5 foot, while the first guess (descent 1.2) still fitted it into fA.
    const calls: ComposerCall[] = [];
    const layout = compose(threaded(han(10), 11.5, G, true), calls);
    expect(frameOf(layout, 'fA').columns[0]?.lines).toEqual([]);
    expect(texts(frameOf(layout, 'fB').columns[0])).toEqual([han(5, 0), han(5, 5)]);
    expect(frameOf(layout, 'fB').columns[0]?.lines.map((l) => l.width)).toEqual([50, 50]);
    expect(calls.length).toBe(2);
  });

  it('starts a thread at the frame with no prev, whatever the page order of the others', () => {
    const ed = edition(
      [
        page('p1', 1, [textFrame('second', { x: 50, y: 100, width: 100, height: 40 }, 's', { prev: { pageId: 'p2', frameId: 'first' } })]),
        page('p2', 2, [textFrame('first', { x: 50, y: 100, width: 100, height: 40 }, 's', { next: { pageId: 'p1', frameId: 'second' } })]),
      ],
      [story('s', [para('a', P, han(40))])],
    );
    const layout = compose(ed);
    // The jump lines name the pages by number: the thread runs from page 2 back to page 1.
    expect(texts(frameOf(layout, 'first').columns[0])).toEqual([han(10, 0), han(10, 10), '（下转第一版）']);
    expect(texts(frameOf(layout, 'second').columns[0])).toEqual(['（上接第二版）', han(10, 20), han(10, 30)]);
  });
});

describe('frame flow: overset', () => {
  it('counts the characters that found no room, without whitespace, and says where they start', () => {
    const ed = edition(
      [
        page('p1', 1, [
          textFrame('fA', { x: 50, y: 100, width: 100, height: 24 }, 's', { next: { pageId: 'p1', frameId: 'fB' } }),
          textFrame('fB', { x: 200, y: 100, width: 100, height: 24 }, 's', { prev: { pageId: 'p1', frameId: 'fA' } }),
        ]),
      ],
      [story('s', [para('a', G, han(45)), para('b', G, '甲 乙\u3000丙')])],
    );
    expect(compose(ed).overset).toEqual([{ storyId: 's', chars: 8, from: { paragraphId: 'a', offset: 40 }, lastFrame: { pageId: 'p1', frameId: 'fB' } }]);
  });

  it('starts the overflow at a whole paragraph when the thread is full before it, and does not compose it', () => {
    const calls: ComposerCall[] = [];
    const ed = edition([page('p1', 1, [textFrame('f', { x: 50, y: 100, width: 100, height: 12 }, 's')])], [story('s', [para('a', G, han(10)), para('b', G, han(3)), para('c', G, han(4))])]);
    expect(compose(ed, calls).overset).toEqual([{ storyId: 's', chars: 7, from: { paragraphId: 'b', offset: 0 }, lastFrame: { pageId: 'p1', frameId: 'f' } }]);
    expect(calls.map((c) => c.paragraphId)).toEqual(['a', 'b']);
  });
});

describe('frame flow: text wrap', () => {
  const wrapped = (image: ReturnType<typeof wrapImage>) =>
    edition([page('p1', 1, [textFrame('f', { x: 50, y: 100, width: 100, height: 100 }, 's'), image])], [story('s', [para('a', G, han(80))])]);

  it('shortens lines whose band overlaps the wrap rectangle, keeping the wider side (left)', () => {
    const f = frameOf(compose(wrapped(wrapImage('img', { x: 110, y: 110, width: 100, height: 30 }))), 'f');
    const lines = f.columns[0]?.lines ?? [];
    // Bands [102,112] … [138,148] meet the photo (110–140); [150,160] is clear.
    expect(lines.slice(0, 7).map((l) => [l.baseline, l.x, l.width])).toEqual([
      [110, 50, 60], [122, 50, 60], [134, 50, 60], [146, 50, 60], [158, 50, 100], [170, 50, 100], [182, 50, 100],
    ]);
    expect(lineText(lines[0]!)).toBe(han(6));
  });

  it('takes the right side when it is the wider one', () => {
    const f = frameOf(compose(wrapped(wrapImage('img', { x: 60, y: 110, width: 30, height: 30 }))), 'f');
    expect(f.columns[0]?.lines.slice(0, 5).map((l) => [l.x, l.width])).toEqual([[90, 60], [90, 60], [90, 60], [90, 60], [50, 100]]);
  });

  it('moves a line below the obstacle when both sides are narrower than 4 em, and grows the rectangle by its offsets', () => {
    const plain = frameOf(compose(wrapped(wrapImage('img', { x: 60, y: 110, width: 80, height: 30 }))), 'f');
    expect(plain.columns[0]?.lines[0]).toMatchObject({ baseline: 158, x: 50, width: 100 });
    // Offset 12: the rectangle reaches down to 152, so the first clear grid line is 170.
    const padded = frameOf(compose(wrapped(wrapImage('img', { x: 60, y: 110, width: 80, height: 30 }, 12))), 'f');
    expect(padded.columns[0]?.lines[0]).toMatchObject({ baseline: 170, width: 100 });
  });

  it('ignores frames that do not ask for wrap', () => {
    const image = { ...wrapImage('img', { x: 60, y: 110, width: 80, height: 30 }), wrap: { enabled: false, offsets: { top: 0, right: 0, bottom: 0, left: 0 } } };
    const f = frameOf(compose(wrapped(image)), 'f');
    expect(f.columns[0]?.lines[0]).toMatchObject({ baseline: 110, width: 100 });
  });
});

describe('frame flow: baseline grid', () => {
  const offGrid = (paragraphs: ReturnType<typeof para>[]) =>
    edition([page('p1', 1, [textFrame('f', { x: 50, y: 103, width: 100, height: 200 }, 's')])], [story('s', paragraphs)]);

  it('puts the lines of a style whose leading is the grid pitch on the page grid, even in a frame off the grid', () => {
    const f = frameOf(compose(offGrid([para('a', G, han(30))])), 'f');
    expect(baselines(f.columns[0])).toEqual([122, 134, 146]);
  });

  it('leaves other styles on their own leading, and brings a grid paragraph after them back onto the grid', () => {
    const f = frameOf(compose(offGrid([para('a', P, han(20)), para('b', G, han(20))])), 'f');
    // 111, 125 on a 14 pt leading; then 125 + 12 = 137 moves down to the grid line 146.
    expect(baselines(f.columns[0])).toEqual([111, 125, 146, 158]);
  });
});

describe('frame flow: spanning headlines', () => {
  const threeColumns = (paragraphs: ReturnType<typeof para>[]) =>
    edition([page('p1', 1, [textFrame('f', { x: 50, y: 100, width: 320, height: 200 }, 's', { columns: 3, gutter: 10 })])], [story('s', paragraphs)]);

  it('sets a 主题 at the top of a frame across all its columns, with the columns starting below it', () => {
    const f = frameOf(composeFilled(threeColumns([para('h', ParagraphStyleIds.headline, han(12)), para('b', G, han(30))])), 'f');
    const [band, first, second] = f.columns;
    expect(band).toMatchObject({ x: 50, y: 100, width: 320, height: 22 });
    expect(band?.lines.map((l) => [l.x, l.width, l.baseline])).toEqual([[50, 320, 117.6]]);
    expect(texts(band)).toEqual([han(12)]);
    // The columns start at 122 (the headline's foot); the first body baseline snaps to 134.
    expect(first).toMatchObject({ x: 50, y: 122, width: 100 });
    expect(baselines(first)).toEqual([134, 146, 158]);
    expect(second?.x).toBe(160);
    expect(f.columns).toHaveLength(4);
  });

  it('sets a headline style inside a column when column text came before it', () => {
    const f = frameOf(composeFilled(threeColumns([para('b', G, han(5)), para('h', ParagraphStyleIds.headline, han(3))])), 'f');
    expect(f.columns).toHaveLength(3);
    expect(f.columns[0]?.lines.map((l) => l.width)).toEqual([100, 100]);
  });

  it('keeps the full kicker–headline–subhead–byline deck in the band', () => {
    const ids = ParagraphStyleIds;
    const f = frameOf(compose(threeColumns([para('k', ids.kicker, han(4)), para('h', ids.headline, han(4)), para('s', ids.subhead, han(4)), para('y', ids.byline, han(4)), para('b', G, han(4))])), 'f');
    expect(f.columns[0]?.lines.map((l) => l.source.paragraphId)).toEqual(['k', 'h', 's', 'y']);
    expect(f.columns[1]?.lines.map((l) => l.source.paragraphId)).toEqual(['b']);
  });
});

describe('frame flow: keep with next', () => {
  const keepCase = (crosshead: string) =>
    edition([page('p1', 1, [textFrame('f', { x: 50, y: 100, width: 210, height: 60 }, 's', { columns: 2, gutter: 10 })])], [story('s', [para('a', G, han(40)), para('k', crosshead, han(5)), para('b', G, han(20))])]);

  it('moves a 小标题 to the next column rather than leave it at the foot without its paragraph', () => {
    const f = frameOf(compose(keepCase(ParagraphStyleIds.crosshead)), 'f');
    expect(f.columns[0]?.lines.map((l) => l.source.paragraphId)).toEqual(['a', 'a', 'a', 'a']);
    expect(f.columns[1]?.lines.map((l) => l.source.paragraphId)).toEqual(['k', 'b', 'b']);
  });

  it('leaves a paragraph that does not keep with next at the foot', () => {
    const f = frameOf(composeFilled(keepCase(G)), 'f');
    expect(f.columns[0]?.lines.map((l) => l.source.paragraphId)).toEqual(['a', 'a', 'a', 'a', 'k']);
  });
});

describe('frame flow: degenerate cases', () => {
  it('lays out an empty story as empty columns, with no overset and no composition', () => {
    const calls: ComposerCall[] = [];
    const layout = compose(edition([page('p1', 1, [textFrame('f', { x: 50, y: 100, width: 210, height: 60 }, 's', { columns: 2, gutter: 10 })])], [story('s', [])]), calls);
    expect(frameOf(layout, 'f')).toEqual({
      frameId: 'f',
      storyId: 's',
      columns: [
        { x: 50, y: 100, width: 100, height: 60, lines: [] },
        { x: 160, y: 100, width: 100, height: 60, lines: [] },
      ],
    });
    expect(layout.overset).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('passes over a frame of zero height to the next frame of the thread', () => {
    const ed = edition(
      [page('p1', 1, [
        textFrame('zero', { x: 50, y: 100, width: 100, height: 0 }, 's', { next: { pageId: 'p1', frameId: 'next' } }),
        textFrame('next', { x: 200, y: 100, width: 100, height: 100 }, 's', { prev: { pageId: 'p1', frameId: 'zero' } }),
      ])],
      [story('s', [para('a', G, han(15))])],
    );
    const layout = compose(ed);
    expect(frameOf(layout, 'zero').columns[0]?.lines).toEqual([]);
    expect(texts(frameOf(layout, 'next').columns[0])).toEqual([han(10), han(5, 10)]);
  });

  it('reports the whole story as overset when its only frame has zero height', () => {
    const ed = edition([page('p1', 1, [textFrame('zero', { x: 50, y: 100, width: 100, height: 0 }, 's')])], [story('s', [para('a', G, han(15))])]);
    expect(compose(ed).overset).toEqual([{ storyId: 's', chars: 15, from: { paragraphId: 'a', offset: 0 }, lastFrame: { pageId: 'p1', frameId: 'zero' } }]);
  });

  it('does not compose a story that is placed in no frame', () => {
    const calls: ComposerCall[] = [];
    const ed = edition([page('p1', 1, [textFrame('f', { x: 50, y: 100, width: 100, height: 100 }, 'placed')])], [story('placed', [para('a', G, han(5))]), story('loose', [para('z', G, han(500))])]);
    const layout = compose(ed, calls);
    expect(calls.map((c) => c.paragraphId)).toEqual(['a']);
    expect(layout.overset).toEqual([]);
  });

  it('reports characters no face has, with story, paragraph and offset', () => {
    const ed = edition([page('p1', 1, [textFrame('f', { x: 50, y: 100, width: 100, height: 100 }, 's')])], [story('s', [para('a', G, '一二■四')])]);
    expect(compose(ed).missingGlyphs).toEqual([{ storyId: 's', paragraphId: 'a', offset: 2, char: '■', fontId: expect.any(String) as unknown }]);
  });
});
