// Vertical alignment specs, with the fake composer (1 em per character, ascent 8, descent 2 at
// 10 pt). Frames start at the type-area top (y = 100), so top-aligned P text (10/14) has its
// baselines at 108, 122, 136 …, and grid text (G, 10/12) at 110, 122, 134 ….
import { describe, expect, it } from 'vitest';
import type { FlowOptions } from '../../../../../src/shared/layout/flow';
import type { ColumnLayout, EditionLayout, FrameLayout, LineLayout } from '../../../../../src/shared/layout/output';
import { composeEdition } from '../../../../../src/shared/layout/page';
import type { Paragraph, TextFrame } from '../../../../../src/shared/model';
import { fakeComposer } from './fakeComposer';
import { edition, ENV, G, han, P, page, para, story, textFrame, wrapImage } from './fixtures';

type Align = TextFrame['verticalAlign'];
type Ed = ReturnType<typeof edition>;

const compose = (ed: Ed, options: FlowOptions = {}): EditionLayout => composeEdition(ed, ENV, fakeComposer(), options);

function frameOf(layout: EditionLayout, frameId: string): FrameLayout {
  for (const p of layout.pages) for (const f of p.frames) if (f.frameId === frameId) return f;
  throw new Error(`no frame ${frameId} in the layout`);
}
const baselines = (column: ColumnLayout | undefined): number[] => (column?.lines ?? []).map((l) => l.baseline);
const aligned = (frame: TextFrame, verticalAlign: Align): TextFrame => ({ ...frame, verticalAlign });

/** One frame, 100 wide, content 100 … 200. */
function single(align: Align, paragraphs: Paragraph[], height = 100): Ed {
  const frame = aligned(textFrame('f', { x: 50, y: 100, width: 100, height }, 's'), align);
  return edition([page('p1', 1, [frame])], [story('s', paragraphs)]);
}

describe('vertical alignment: centre and bottom', () => {
  const three = [para('a', P, han(30))];

  it('leaves top-aligned text hanging from the frame top', () => {
    expect(baselines(frameOf(compose(single('top', three)), 'f').columns[0])).toEqual([108, 122, 136]);
  });

  it('moves the lines down by half the free depth when centred', () => {
    // Last line's foot 138, frame foot 200: 62 free, 31 each side.
    expect(baselines(frameOf(compose(single('center', three)), 'f').columns[0])).toEqual([139, 153, 167]);
  });

  it('stands the last line on the frame foot when bottom-aligned, glyph runs included', () => {
    const column = frameOf(compose(single('bottom', three)), 'f').columns[0];
    expect(baselines(column)).toEqual([170, 184, 198]);
    expect(column?.lines.flatMap((l) => l.runs.map((r) => r.y))).toEqual([170, 184, 198]);
  });

  it('moves grid text by whole grid pitches only, so it stays on the grid', () => {
    // Grid baselines 110, 122; foot 124, 76 free: centre wants 38, gets 36 (3 pitches).
    const layout = compose(single('center', [para('a', G, han(20))]));
    expect(baselines(frameOf(layout, 'f').columns[0])).toEqual([146, 158]);
  });
});

describe('vertical alignment: justify', () => {
  it('spreads the free depth evenly between paragraphs', () => {
    const layout = compose(single('justify', [para('a', P, han(10)), para('b', P, han(10)), para('c', P, han(10))]));
    expect(baselines(frameOf(layout, 'f').columns[0])).toEqual([108, 153, 198]);
  });

  it('opens paragraph breaks only, never the lines inside a paragraph', () => {
    const layout = compose(single('justify', [para('a', P, han(20)), para('b', P, han(10))]));
    expect(baselines(frameOf(layout, 'f').columns[0])).toEqual([108, 122, 198]);
  });

  it('behaves like top for a single paragraph', () => {
    expect(baselines(frameOf(compose(single('justify', [para('a', P, han(30))])), 'f').columns[0])).toEqual([108, 122, 136]);
  });

  it('leaves grid-locked text on the grid, as top', () => {
    const layout = compose(single('justify', [para('a', G, han(10)), para('b', G, han(10))]));
    expect(baselines(frameOf(layout, 'f').columns[0])).toEqual([110, 122]);
  });
});

describe('vertical alignment: frames the text fills', () => {
  it('moves nothing in a frame whose text is overset', () => {
    const layout = compose(single('bottom', [para('a', P, han(100))], 30));
    expect(layout.overset).toHaveLength(1);
    expect(baselines(frameOf(layout, 'f').columns[0])).toEqual([108, 122]);
  });

  it('moves only the frame the story ends in, not the frame it runs on from', () => {
    const fA = aligned(textFrame('fA', { x: 50, y: 100, width: 100, height: 36 }, 's', { next: { pageId: 'p1', frameId: 'fB' } }), 'bottom');
    const fB = aligned(textFrame('fB', { x: 200, y: 100, width: 50, height: 200 }, 's', { prev: { pageId: 'p1', frameId: 'fA' } }), 'bottom');
    const layout = compose(edition([page('p1', 1, [fA, fB])], [story('s', [para('a', P, han(40))])]));
    expect(baselines(frameOf(layout, 'fA').columns[0])).toEqual([108, 122]);
    // fB: four lines of 5, foot of the last at 300.
    expect(baselines(frameOf(layout, 'fB').columns[0])).toEqual([256, 270, 284, 298]);
  });
});

describe('vertical alignment: multi-column frames', () => {
  const twoColumns = (align: Align, paragraphs: Paragraph[]): Ed =>
    edition([page('p1', 1, [aligned(textFrame('f', { x: 50, y: 100, width: 210, height: 100 }, 's', { columns: 2, gutter: 10 }), align)])], [story('s', paragraphs)]);

  it('moves balanced columns as one block, so they stay level', () => {
    // 5 grid lines balanced 3 + 2; the deepest column ends at 136, 64 free: 60 (5 pitches) down.
    const f = frameOf(compose(twoColumns('bottom', [para('a', G, han(50))])), 'f');
    expect(baselines(f.columns[0])).toEqual([170, 182, 194]);
    expect(baselines(f.columns[1])).toEqual([170, 182]);
  });

  it('justifies each column on its own, between the paragraphs in it', () => {
    // Filled: column 0 holds a (5 lines) and b's first 2, column 1 b's last line and c.
    const ed = twoColumns('justify', [para('a', P, han(50)), para('b', P, han(30)), para('c', P, han(10))]);
    const f = frameOf(compose(ed, { balanceColumns: false }), 'f');
    expect(baselines(f.columns[0])).toEqual([108, 122, 136, 150, 164, 184, 198]);
    expect(baselines(f.columns[1])).toEqual([108, 198]);
  });
});

describe('vertical alignment: wrap', () => {
  const overlaps = (line: LineLayout, r: { x: number; y: number; width: number; height: number }): boolean =>
    line.x < r.x + r.width && line.x + line.width > r.x && line.baseline - line.ascent < r.y + r.height && line.baseline + line.descent > r.y;

  it('stops a move where the lines would run into a wrap under them', () => {
    const image = wrapImage('img', { x: 50, y: 170, width: 100, height: 30 });
    const frame = aligned(textFrame('f', { x: 50, y: 100, width: 100, height: 100 }, 's'), 'bottom');
    const layout = compose(edition([page('p1', 1, [frame, image])], [story('s', [para('a', P, han(20))])]));
    // Bottom wants 76 down; the image's top (170) allows 46.
    const lines = frameOf(layout, 'f').columns[0]?.lines ?? [];
    expect(lines.map((l) => l.baseline)).toEqual([154, 168]);
    expect(lines.some((l) => overlaps(l, image))).toBe(false);
  });

  it('centres text set beside a wrap without pushing it into the wrap', () => {
    const image = wrapImage('img', { x: 100, y: 100, width: 50, height: 30 });
    const frame = aligned(textFrame('f', { x: 50, y: 100, width: 100, height: 100 }, 's'), 'center');
    const layout = compose(edition([page('p1', 1, [frame, image])], [story('s', [para('a', P, han(25))])]));
    const lines = frameOf(layout, 'f').columns[0]?.lines ?? [];
    const top = compose(edition([page('p1', 1, [aligned(frame, 'top'), image])], [story('s', [para('a', P, han(25))])]));
    const topLines = frameOf(top, 'f').columns[0]?.lines ?? [];
    const free = 200 - Math.max(...topLines.map((l) => l.baseline + l.descent));
    expect(lines.map((l) => l.baseline)).toEqual(topLines.map((l) => l.baseline + free / 2));
    expect(lines.some((l) => overlaps(l, image))).toBe(false);
  });
});

describe('vertical alignment: furniture', () => {
  it('bottom-aligns a running head in its frame', () => {
    const head = aligned(textFrame('head', { x: 50, y: 100, width: 300, height: 40 }, null, { template: '{paper}' }), 'bottom');
    const line = frameOf(compose(edition([page('p1', 1, [head])], [])), 'head').columns[0]?.lines[0];
    expect(line && line.baseline + line.descent).toBeCloseTo(140, 3);
  });
});
