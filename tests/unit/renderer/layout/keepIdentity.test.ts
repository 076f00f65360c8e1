import { describe, expect, it } from 'vitest';
import type { StoryFlow } from '../../../../src/shared/layout/flow';
import type { FontId } from '../../../../src/shared/layout/fonts';
import type { FrameLayout, LineLayout } from '../../../../src/shared/layout/output';
import { keepFlow, keepFrame } from '../../../../src/renderer/layout/keepIdentity';

function line(paragraphId: string, start: number, baseline: number, glyphIds: number[]): LineLayout {
  const source = { storyId: 's', paragraphId, start, end: start + glyphIds.length };
  const n = glyphIds.length;
  return {
    x: 10,
    baseline,
    width: 100,
    contentWidth: n * 10,
    ascent: 8,
    descent: 2,
    lastOfParagraph: false,
    source,
    runs: [{ fontId: 'f' as FontId, size: 10, x: 10, y: baseline, glyphIds, advances: glyphIds.map(() => 10), dx: glyphIds.map(() => 0), dy: glyphIds.map(() => 0), clusters: glyphIds.map((_, i) => start + i), source, emphasisDots: false }],
  };
}

function frame(lines: LineLayout[]): FrameLayout {
  return { frameId: 'fr', storyId: 's', columns: [{ x: 10, y: 10, width: 100, height: 200, lines }] };
}

describe('keepFrame', () => {
  it('keeps the lines that came out the same and replaces the one that changed', () => {
    const before = frame([line('p', 0, 20, [1, 2, 3]), line('p', 3, 32, [4, 5])]);
    const next = frame([line('p', 0, 20, [1, 2, 3]), line('p', 3, 32, [4, 5, 6])]);
    const kept = keepFrame(next, before);
    expect(kept).not.toBe(before);
    expect(kept.columns[0]!.lines[0]).toBe(before.columns[0]!.lines[0]);
    expect(kept.columns[0]!.lines[1]).toBe(next.columns[0]!.lines[1]);
    expect(kept).toEqual(next);
  });

  it('returns the earlier frame object when nothing changed', () => {
    const before = frame([line('p', 0, 20, [1, 2, 3])]);
    expect(keepFrame(frame([line('p', 0, 20, [1, 2, 3])]), before)).toBe(before);
  });

  it('does not reuse a line whose glyphs moved, even with the same text', () => {
    const before = frame([line('p', 0, 20, [1, 2, 3])]);
    const moved = line('p', 0, 20, [1, 2, 3]);
    const next = frame([{ ...moved, runs: [{ ...moved.runs[0]!, dx: [0, 0.5, 0] }] }]);
    const kept = keepFrame(next, before);
    expect(kept.columns[0]!.lines[0]).not.toBe(before.columns[0]!.lines[0]);
    expect(kept).toEqual(next);
  });
});

describe('keepFlow', () => {
  it('keeps each unchanged frame of the thread by frame id', () => {
    const a = frame([line('p', 0, 20, [1])]);
    const b: FrameLayout = { ...frame([line('q', 0, 20, [2])]), frameId: 'fr2' };
    const before: StoryFlow = { frames: [a, b], overset: null, missing: [] };
    const next: StoryFlow = { frames: [frame([line('p', 0, 20, [1])]), { ...frame([line('q', 0, 20, [3])]), frameId: 'fr2' }], overset: null, missing: [] };
    const kept = keepFlow(next, before);
    expect(kept.frames[0]).toBe(a);
    expect(kept.frames[1]).not.toBe(b);
    expect(kept).toEqual(next);
  });
});
