// Output lines from composed lines: the same composed line set at the same place gives the same
// LineLayout object, so an edit builds output only for the lines it changed (issue 5 §6).
import { describe, expect, it } from 'vitest';
import { lineLayout, type StoryLine } from '../../../../../src/shared/layout/flow/frameLayouts';
import type { ComposedLine } from '../../../../../src/shared/layout/inline/composedParagraph';
import type { FontId } from '../../../../../src/shared/layout/fonts';
import { para, P } from './fixtures';

const FONT = `sha256:${'c'.repeat(64)}#0` as FontId;

function composed(): ComposedLine {
  return {
    start: 0,
    end: 2,
    width: 20,
    contentWidth: 20,
    ascent: 8.8,
    descent: 1.2,
    leading: 12,
    runs: [{ fontId: FONT, size: 10, x: 0.5, start: 0, end: 2, glyphIds: [3, 4], advances: [10, 10], dx: [0, 0], dy: [0, 0], clusters: [0, 1], emphasisDots: false }],
    last: true,
  } as unknown as ComposedLine;
}

const at = (line: ComposedLine, x: number, baseline: number, paragraph = para('p1', P, '一二')): StoryLine => ({
  line,
  paragraph,
  slot: { frame: 0, column: 0, columnsTop: 0, x, width: 20, baseline },
});

describe('lineLayout', () => {
  it('gives the same object for the same composed line at the same place', () => {
    const line = composed();
    const first = lineLayout('s1', at(line, 10, 100));
    expect(lineLayout('s1', at(line, 10, 100))).toBe(first);
    expect(first.runs[0]).toMatchObject({ x: 10.5, y: 100, glyphIds: [3, 4], source: { storyId: 's1', paragraphId: 'p1', start: 0, end: 2 } });
  });

  it('builds a new one when the line moved, belongs elsewhere, or is another composition with the same content', () => {
    const line = composed();
    const first = lineLayout('s1', at(line, 10, 100));
    const lower = lineLayout('s1', at(line, 10, 112));
    expect(lower).not.toBe(first);
    expect(lower.baseline).toBe(112);
    expect(lower.runs[0]!.y).toBe(112);
    expect(lineLayout('s2', at(line, 10, 112)).source.storyId).toBe('s2');
    expect(lineLayout('s1', at(line, 10, 112, para('p2', P, '一二'))).source.paragraphId).toBe('p2');
    const again = lineLayout('s1', at(composed(), 10, 100));
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
