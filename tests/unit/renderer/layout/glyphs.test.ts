// Painting from the layout: where each glyph of a run goes (pen + offsets, scaled to font units,
// y flipped) and the outline cache behind <defs>/<use>.
import { describe, expect, it } from 'vitest';
import { createFontCatalog, type Face, type FontId, type GlyphOutlines } from '../../../../src/shared/layout/fonts';
import type { GlyphRun, PageLayout } from '../../../../src/shared/layout/output';
import { createGlyphPaths } from '../../../../src/renderer/layout/glyphPaths';
import { placeGlyphs, runScale } from '../../../../src/renderer/layout/glyphPlacement';

const FONT = `sha256:${'a'.repeat(64)}#0` as FontId;

function run(over: Partial<GlyphRun> = {}): GlyphRun {
  return {
    fontId: FONT,
    size: 10,
    x: 100,
    y: 200,
    glyphIds: [5, 6, 7],
    advances: [10, 10, 5],
    dx: [0, 1, 0],
    dy: [0, 0, -2],
    clusters: [0, 1, 2],
    source: { storyId: 's', paragraphId: 'p', start: 0, end: 3 },
    emphasisDots: false,
    ...over,
  };
}

describe('placeGlyphs', () => {
  it('puts each glyph at its pen position plus offsets, in font units with y up', () => {
    const placed = placeGlyphs(run(), 1000);
    expect(runScale(run(), 1000)).toBe(0.01);
    // pen 0, 10, 20 pt → 0, 1000, 2000 units; dx 1 pt → +100 units; dy −2 pt (up) → +200 units.
    expect(placed.map((g) => [g.glyphId, g.x, g.y])).toEqual([
      [5, 0, 0],
      [6, 1100, 0],
      [7, 2000, 200],
    ]);
    expect(placed.map((g) => g.centre)).toEqual([105, 115, 122.5]);
  });

  it('scales by size over units per em', () => {
    const placed = placeGlyphs(run({ size: 20, advances: [20, 20, 20], dx: [0, 0, 0], dy: [0, 0, 0] }), 2048);
    expect(placed.map((g) => g.x)).toEqual([0, 2048, 4096]);
  });
});

describe('createGlyphPaths', () => {
  const face = { id: FONT, unitsPerEm: 1000, family: 'F', familyNames: ['F'], weight: 400, italic: false } as unknown as Face;
  const fonts = createFontCatalog([face]);

  function outlines(calls: number[]): GlyphOutlines {
    return {
      glyphPath: (_face, gid) => {
        calls.push(gid);
        return gid === 3 ? '' : `M0 0L${gid} ${gid}Z`;
      },
    };
  }

  const pageWith = (runs: GlyphRun[]): PageLayout => ({
    pageId: 'p',
    width: 100,
    height: 100,
    frames: [{ frameId: 'f', storyId: 's', columns: [{ x: 0, y: 0, width: 10, height: 10, lines: [{ x: 0, baseline: 0, width: 10, contentWidth: 10, ascent: 1, descent: 1, runs, source: runs[0]!.source, lastOfParagraph: true }] }] }],
  });

  it('asks for each outline once and lists a page\'s outlines once each, without blank glyphs or .notdef', () => {
    const calls: number[] = [];
    const paths = createGlyphPaths(fonts, outlines(calls));
    const defs = paths.defsFor(pageWith([run({ glyphIds: [5, 3, 5, 0, 6], advances: [1, 1, 1, 1, 1], dx: [0, 0, 0, 0, 0], dy: [0, 0, 0, 0, 0] })]));
    expect(defs.map((d) => d.d)).toEqual(['M0 0L5 5Z', 'M0 0L6 6Z']);
    expect(calls).toEqual([5, 3, 6]);
    expect(paths.idOf(FONT, 5)).toBe(defs[0]!.id);
    expect(paths.idOf(FONT, 3)).toBeNull();
    expect(paths.idOf(FONT, 0)).toBeNull();
    expect(calls).toEqual([5, 3, 6]);
  });

  it('gives different fonts different ids for the same glyph id', () => {
    const other = `sha256:${'b'.repeat(64)}#0` as FontId;
    const paths = createGlyphPaths(createFontCatalog([face, { ...face, id: other }]), outlines([]));
    expect(paths.idOf(FONT, 5)).not.toBe(paths.idOf(other, 5));
  });
});
