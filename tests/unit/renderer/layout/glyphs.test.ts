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

  it('joins a run once per run object', () => {
    const paths = createGlyphPaths(createFontCatalog([face]), outlines([]));
    const r = run();
    expect(paths.runPath(r)).toBe(paths.runPath(r));
    expect(paths.runPath(run())).not.toBe(paths.runPath(r));
    expect(paths.runPath(run())).toEqual(paths.runPath(r));
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
