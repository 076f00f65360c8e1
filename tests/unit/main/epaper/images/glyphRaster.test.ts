// The page images' own glyph filler: HarfBuzz outlines parsed, placed at the layout's pen
// positions and filled with exact-area anti-aliasing, then laid over the page's pixels.
import { describe, expect, it } from 'vitest';
import { paintRuns, parseOutline } from '../../../../../src/main/services/export/epaper/images';
import { createFontCatalog, type Face, type FontId } from '../../../../../src/shared/layout/fonts';
import type { GlyphRun } from '../../../../../src/shared/layout/output';

const FONT = `sha256:${'a'.repeat(64)}#0` as FontId;
const face = { id: FONT, unitsPerEm: 1000, family: 'F', familyNames: ['F'], weight: 400, italic: false } as unknown as Face;
const fonts = createFontCatalog([face]);

/** Outlines by glyph id, font units (1000 per em), y up, as HarfBuzz writes them. */
const OUTLINES: Record<number, string> = {
  1: 'M0,0L1000,0L1000,1000L0,1000Z', // the em square
  2: 'M500,0L1000,500L500,1000L0,500Z', // a diamond: half the square's area
  // A square with a square hole (counter wound the other way), as fonts draw 口.
  3: 'M0,0L0,1000L1000,1000L1000,0ZM200,200L800,200L800,800L200,800Z',
  // A circle of radius 500 around (500, 500) from four cubic arcs (κ = 0.5523).
  4: 'M1000,500C1000,776.15 776.15,1000 500,1000C223.85,1000 0,776.15 0,500C0,223.85 223.85,0 500,0C776.15,0 1000,223.85 1000,500Z',
  // The same circle from eight quadratic arcs.
  5: 'M1000,500Q1000,707.11 853.55,853.55Q707.11,1000 500,1000Q292.89,1000 146.45,853.55Q0,707.11 0,500Q0,292.89 146.45,146.45Q292.89,0 500,0Q707.11,0 853.55,146.45Q1000,292.89 1000,500Z',
};

function run(over: Partial<GlyphRun> = {}): GlyphRun {
  const n = over.glyphIds?.length ?? 1;
  return {
    fontId: FONT,
    size: 10,
    x: 5,
    y: 20,
    glyphIds: [1],
    advances: Array.from({ length: n }, () => 10),
    dx: Array.from({ length: n }, () => 0),
    dy: Array.from({ length: n }, () => 0),
    clusters: Array.from({ length: n }, (_, i) => i),
    source: { storyId: 's', paragraphId: 'p', start: 0, end: n },
    emphasisDots: false,
    ...over,
  };
}

/** Black ink painted on a white 60 × 40 page at 1 px per pt; coverage read back from the red channel. */
function raster(runs: GlyphRun[], scale = 1, width = 60, height = 40): { at: (x: number, y: number) => number; ink: number } {
  const image = { width, height, pixels: new Uint8Array(width * height * 3).fill(255) };
  paintRuns({ image, color: [0, 0, 0], runs, fonts, outlineOf: (_f, g) => (OUTLINES[g] === undefined ? null : parseOutline(OUTLINES[g])), scale });
  const at = (x: number, y: number): number => 255 - image.pixels[(y * width + x) * 3]!;
  let ink = 0;
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) ink += at(x, y) / 255;
  return { at, ink };
}

describe('parseOutline', () => {
  it('reads HarfBuzz draw output into commands, points and bounds (control points included)', () => {
    const o = parseOutline('M10,20L30,20Q40,50 30,60C20,70 10,65 10,20Z')!;
    expect([...o.commands]).toEqual([0, 1, 2, 3]);
    expect([...o.points]).toEqual([10, 20, 30, 20, 40, 50, 30, 60, 20, 70, 10, 65, 10, 20]);
    expect([o.xMin, o.yMin, o.xMax, o.yMax]).toEqual([10, 20, 40, 70]);
  });

  it('answers null for a glyph that draws nothing, and refuses commands HarfBuzz does not draw', () => {
    expect(parseOutline('')).toBeNull();
    expect(() => parseOutline('M0,0l10,0Z')).toThrow(/command "l"/u);
    expect(() => parseOutline('M0,0A5,5 0 0 1 10,0Z')).toThrow(/command "A"/u);
    expect(() => parseOutline('M0,0L10Z')).toThrow(/needs 2 numbers/u);
  });
});

describe('paintRuns', () => {
  it('fills a glyph exactly where the layout puts it: the em square of a 10 pt glyph on whole pixels', () => {
    const r = raster([run()]);
    // Baseline at y 20, the square rises 10 pt from it: rows 10–19, columns 5–14.
    expect(r.ink).toBe(100);
    expect(r.at(5, 10)).toBe(255);
    expect(r.at(14, 19)).toBe(255);
    expect(r.at(4, 15)).toBe(0);
    expect(r.at(15, 15)).toBe(0);
    expect(r.at(10, 9)).toBe(0);
    expect(r.at(10, 20)).toBe(0);
  });

  it('anti-aliases a sub-pixel position by the area covered', () => {
    const r = raster([run({ x: 5.5 })]);
    // Half covered: white 255 halfway to black is 127.5, which rounds to 128 (coverage 127).
    expect(r.at(5, 15)).toBe(127);
    expect(r.at(6, 15)).toBe(255);
    expect(r.at(15, 15)).toBe(127);
    expect(r.ink).toBeCloseTo(100, 0);
  });

  it('places each glyph at its pen position plus its offsets, and scales by the page image resolution', () => {
    const r = raster([run({ glyphIds: [1, 1], advances: [12, 10], dx: [0, 2], dy: [0, -3] })], 1);
    // First at x 5; the second at pen 17 + dx 2 = 19, raised 3 pt (dy is y down).
    expect(r.at(5, 15)).toBe(255);
    expect(r.at(18, 15)).toBe(0);
    expect(r.at(19, 7)).toBe(255);
    expect(r.at(19, 17)).toBe(0);
    const doubled = raster([run()], 2, 60, 60);
    expect(doubled.ink).toBe(400);
    expect(doubled.at(10, 20)).toBe(255);
    expect(doubled.at(9, 20)).toBe(0);
  });

  it('keeps areas: a diamond is half the square, a counter makes a hole, circles from cubics and quadratics are πr²', () => {
    expect(raster([run({ glyphIds: [2] })]).ink).toBeCloseTo(50, 0);
    const ring = raster([run({ glyphIds: [3] })]);
    expect(ring.ink).toBeCloseTo(100 - 36, 0);
    expect(ring.at(10, 15)).toBe(0); // inside the counter
    expect(ring.at(5, 15)).toBe(255);
    // Radius 20 px: size 40 pt at 1 px/pt.
    const area = Math.PI * 400;
    const cubic = raster([run({ glyphIds: [4], size: 40, x: 5, y: 45 })], 1, 60, 60).ink;
    const quad = raster([run({ glyphIds: [5], size: 40, x: 5, y: 45 })], 1, 60, 60).ink;
    expect(Math.abs(cubic - area) / area).toBeLessThan(0.005);
    expect(Math.abs(quad - area) / area).toBeLessThan(0.005);
  });

  it('lays overlapping glyphs over each other as a second coat of the same ink, never more than full', () => {
    const twice = raster([run({ glyphIds: [1, 1], advances: [0, 10] })]);
    expect(twice.ink).toBe(100);
    // Two half-covered columns on top of each other: 1 − (1 − ½)² = ¾ (white 255 → 128 → 64).
    const halves = raster([run({ x: 5.5 }), run({ x: 5.5 })]);
    expect(halves.at(5, 15)).toBe(191);
  });

  it('skips spaces and .notdef, and draws the part of a glyph that is on the page only', () => {
    expect(raster([run({ glyphIds: [0, 99] })]).ink).toBe(0);
    const cut = raster([run({ x: -5 })]);
    expect(cut.ink).toBe(50);
    expect(cut.at(0, 15)).toBe(255);
  });

  it('refuses a run whose face the catalog does not have', () => {
    const other = `sha256:${'b'.repeat(64)}#0` as FontId;
    expect(() => raster([run({ fontId: other })])).toThrow(/the layout env does not have/u);
  });
});

describe('paintRuns ink', () => {
  it('lays the ink colour over what is already painted, by coverage', () => {
    const image = { width: 30, height: 30, pixels: new Uint8Array(30 * 30 * 3).fill(0).map((_, i) => [200, 100, 50][i % 3]!) };
    paintRuns({ image, color: [0, 0, 255], runs: [run({ x: 5.5 })], fonts, outlineOf: (_f, g) => parseOutline(OUTLINES[g] ?? ''), scale: 1 });
    const px = (x: number, y: number): number[] => [...image.pixels.subarray((y * 30 + x) * 3, (y * 30 + x) * 3 + 3)];
    expect(px(2, 15)).toEqual([200, 100, 50]);
    expect(px(8, 15)).toEqual([0, 0, 255]);
    expect(px(5, 15)).toEqual([100, 50, 153]); // half covered: halfway from each channel to the ink
  });

  it('fills an emphasis dot under the centre of each advance of a run that asks for them', () => {
    // Glyph 0 draws nothing, so only the dots show: radius 0.07 × 40 = 2.8 pt, 10 pt below the baseline.
    const r = raster([run({ glyphIds: [0, 0], advances: [20, 20], size: 40, x: 5, y: 20, emphasisDots: true })], 1, 60, 40);
    // A circle this small is filled as a 20-gon (chords within 0.05 px): 1.6 % under πr².
    expect(Math.abs(r.ink - 2 * Math.PI * 2.8 * 2.8) / (2 * Math.PI * 2.8 * 2.8)).toBeLessThan(0.03);
    expect(r.at(15, 30)).toBe(255);
    expect(r.at(35, 30)).toBe(255);
    expect(r.at(25, 30)).toBe(0);
  });
});
