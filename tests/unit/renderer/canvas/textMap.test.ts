import { describe, expect, it } from 'vitest';
import { hitTestText, textBoxes } from '../../../../src/renderer/canvas/textMap';
import type { GlyphRun, LineLayout, PageLayout } from '../../../../src/shared/layout/output';

/** A line of `text` in 10 pt glyphs, one per character, starting at paragraph offset `from`. */
function line(paragraphId: string, text: string, from: number, x: number, baseline: number, last = false): LineLayout {
  const n = text.length;
  const run: GlyphRun = {
    fontId: 'f' as GlyphRun['fontId'],
    size: 10,
    x,
    y: baseline,
    glyphIds: Array.from({ length: n }, (_, i) => i + 1),
    advances: Array(n).fill(10),
    dx: Array(n).fill(0),
    dy: Array(n).fill(0),
    clusters: Array.from({ length: n }, (_, i) => from + i),
    source: { storyId: 's', paragraphId, start: from, end: from + n },
    emphasisDots: false,
  };
  return { x, baseline, width: 100, contentWidth: n * 10, ascent: 8.8, descent: 1.2, runs: [run], source: run.source, lastOfParagraph: last };
}

const page: PageLayout = {
  pageId: 'p',
  width: 500,
  height: 500,
  frames: [
    { frameId: 'f1', storyId: 's', columns: [{ x: 100, y: 100, width: 100, height: 100, lines: [line('a', '一二三四五六七八九十', 0, 100, 110), line('a', '甲乙丙', 10, 100, 122, true), line('b', '子丑', 0, 100, 134, true)] }] },
    { frameId: 'head', storyId: null, columns: [{ x: 0, y: 0, width: 100, height: 20, lines: [line('furniture', '报眉', 0, 0, 10, true)] }] },
  ],
};

describe('hitTestText', () => {
  it('finds the character under the point: before a glyph on its left half, after it on its right half', () => {
    expect(hitTestText(page, 101, 105)).toEqual({ storyId: 's', paragraphId: 'a', offset: 0 });
    expect(hitTestText(page, 126, 105)).toEqual({ storyId: 's', paragraphId: 'a', offset: 3 });
    expect(hitTestText(page, 124, 105)).toEqual({ storyId: 's', paragraphId: 'a', offset: 2 });
    expect(hitTestText(page, 121, 118)).toEqual({ storyId: 's', paragraphId: 'a', offset: 12 });
  });

  it('puts a click past the end of a line at the line end, and takes the nearest line within the slop', () => {
    expect(hitTestText(page, 160, 120)).toEqual({ storyId: 's', paragraphId: 'a', offset: 13 });
    expect(hitTestText(page, 104, 137)).toEqual({ storyId: 's', paragraphId: 'b', offset: 0 });
  });

  it('finds nothing far from story text, and never running heads', () => {
    expect(hitTestText(page, 400, 400)).toBeNull();
    expect(hitTestText(page, 5, 5)).toBeNull();
  });
});

describe('textBoxes', () => {
  it('boxes a selection on every line it touches', () => {
    const boxes = textBoxes(page, [{ storyId: 's', paragraphId: 'a', start: 8, end: 11 }]);
    expect(boxes).toEqual([
      { x: 180, y: 110 - 8.8, width: 20, height: 10 },
      { x: 100, y: 122 - 8.8, width: 10, height: 10 },
    ]);
  });

  it('shows a caret as a thin box on its line, including at the end of a paragraph', () => {
    const [caret] = textBoxes(page, [{ storyId: 's', paragraphId: 'b', start: 2, end: 2 }]);
    expect(caret?.x).toBeCloseTo(120, 0);
    expect(caret?.y).toBeCloseTo(134 - 8.8, 6);
    expect(textBoxes(page, [{ storyId: 's', paragraphId: 'a', start: 3, end: 3 }])).toHaveLength(1);
    expect(textBoxes(page, [{ storyId: 'other', paragraphId: 'a', start: 0, end: 3 }])).toEqual([]);
  });
});
