// The screen painter's outline caches: each (font, glyph) outline is asked of HarfBuzz once, and
// each run's path is joined once per run object (the composer keeps unchanged runs' objects).
import { describe, expect, it } from 'vitest';
import { createFontCatalog, type Face, type FontId, type GlyphOutlines } from '../../../../src/shared/layout/fonts';
import type { GlyphRun } from '../../../../src/shared/layout/output';
import { createGlyphPaths } from '../../../../src/renderer/layout/glyphPaths';

const FONT = `sha256:${'a'.repeat(64)}#0` as FontId;
const OTHER = `sha256:${'b'.repeat(64)}#0` as FontId;

function run(over: Partial<GlyphRun> = {}): GlyphRun {
  return {
    fontId: FONT,
    size: 10,
    x: 100,
    y: 200,
    glyphIds: [5, 3, 5, 0, 6],
    advances: [1, 1, 1, 1, 1],
    dx: [0, 0, 0, 0, 0],
    dy: [0, 0, 0, 0, 0],
    clusters: [0, 1, 2, 3, 4],
    source: { storyId: 's', paragraphId: 'p', start: 0, end: 5 },
    emphasisDots: false,
    ...over,
  };
}

describe('createGlyphPaths', () => {
  const face = { id: FONT, unitsPerEm: 1000, family: 'F', familyNames: ['F'], weight: 400, italic: false } as unknown as Face;

  function outlines(calls: Array<[FontId, number]>): GlyphOutlines {
    return {
      glyphPath: (f, gid) => {
        calls.push([f.id, gid]);
        return gid === 3 ? '' : `M0 0L${gid} ${gid}Z`;
      },
    };
  }

  it('asks for each outline once, never for .notdef, and draws neither blank glyphs nor .notdef', () => {
    const calls: Array<[FontId, number]> = [];
    const paths = createGlyphPaths(createFontCatalog([face]), outlines(calls));
    const path = paths.runPath(run())!;
    expect(path.glyphs).toBe(3); // 5, 5 and 6; 3 is blank and 0 is .notdef
    expect(calls).toEqual([
      [FONT, 5],
      [FONT, 3],
      [FONT, 6],
    ]);
    paths.runPath(run({ glyphIds: [6, 5], advances: [1, 1], dx: [0, 0], dy: [0, 0], clusters: [0, 1] }));
    expect(calls).toHaveLength(3);
  });

  it('gives one path object for the same glyphs at the same place from the origin, so a line that only moved keeps its path', () => {
    const paths = createGlyphPaths(createFontCatalog([face]), outlines([]));
    const r = run();
    expect(paths.runPath(r)).toBe(paths.runPath(r));
    expect(paths.runPath(run())).toBe(paths.runPath(r));
    // The same line 30 pt lower, drawn from a baseline 30 pt lower: the very same path.
    expect(paths.runPath(run({ y: 230 }), 30)).toBe(paths.runPath(r));
    // The same line in the next column, drawn from that column's left edge: the very same path.
    expect(paths.runPath(run({ x: 220, y: 230 }), 30, 120)).toBe(paths.runPath(r));
    // Moved without its origin, or changed: another path.
    expect(paths.runPath(run({ x: 220 }))).not.toEqual(paths.runPath(r));
    expect(paths.runPath(run({ y: 230 }))).not.toEqual(paths.runPath(r));
    expect(paths.runPath(run({ glyphIds: [5, 3, 6, 0, 6] }))).not.toEqual(paths.runPath(r));
  });

  it('draws a path made from an origin that much higher or further right, for the translate that puts it back', () => {
    const paths = createGlyphPaths(createFontCatalog([face]), outlines([]));
    const first = (d: string): number[] => d.match(/^M(-?[\d.]+) (-?[\d.]+)/u)!.slice(1).map(Number);
    const [x0, y0] = first(paths.runPath(run())!.d);
    const [x1, y1] = first(paths.runPath(run({ x: 100, y: 200 }), 150)!.d);
    // k = 10 / 1000: 150 pt is 15000 font units, and y is up in font units.
    expect(x1).toBe(x0);
    expect(y1! - y0!).toBeCloseTo(15000, 6);
    const [x2] = first(paths.runPath(run(), 0, 40)!.d);
    expect(x0! - x2!).toBeCloseTo(4000, 6);
  });

  it('hands the whole faces what the subsets drew, and asks the whole face for what a subset drew as nothing', () => {
    // The subset lacks glyph 6 (drawn as nothing): its runs never hold it; the whole face has it.
    const subset = createGlyphPaths(createFontCatalog([face]), { glyphPath: (_f, gid) => (gid === 6 ? '' : `M0 0L${gid} ${gid}Z`) });
    const theirs = { glyphIds: [5, 4, 5], advances: [1, 1, 1], dx: [0, 0, 0], dy: [0, 0, 0], clusters: [0, 1, 2] };
    const first = subset.runPath(run(theirs))!;
    subset.runPath(run({ glyphIds: [6], advances: [1], dx: [0], dy: [0], clusters: [0] }));
    const wholeCalls: Array<[FontId, number]> = [];
    const whole = createGlyphPaths(createFontCatalog([face]), outlines(wholeCalls), subset.drawn());
    // A new run object with the same glyphs: the path drawn already, no outline asked.
    expect(whole.runPath(run(theirs))!.d).toBe(first.d);
    expect(wholeCalls).toEqual([]);
    // A run with glyph 6 asks the whole face for 6 alone.
    expect(whole.runPath(run({ glyphIds: [6, 5], advances: [1, 1], dx: [0, 0], dy: [0, 0], clusters: [0, 1] }))!.glyphs).toBe(2);
    expect(wholeCalls).toEqual([[FONT, 6]]);
  });

  it('keeps the outlines of different fonts apart for the same glyph id', () => {
    const calls: Array<[FontId, number]> = [];
    const paths = createGlyphPaths(createFontCatalog([face, { ...face, id: OTHER } as Face]), outlines(calls));
    paths.runPath(run({ glyphIds: [5], advances: [1], dx: [0], dy: [0], clusters: [0] }));
    paths.runPath(run({ fontId: OTHER, glyphIds: [5], advances: [1], dx: [0], dy: [0], clusters: [0] }));
    expect(calls).toEqual([
      [FONT, 5],
      [OTHER, 5],
    ]);
  });

  it('answers null for a face the session does not have', () => {
    const paths = createGlyphPaths(createFontCatalog([face]), outlines([]));
    expect(paths.runPath(run({ fontId: OTHER }))).toBeNull();
  });
});
