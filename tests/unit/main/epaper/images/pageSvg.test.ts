// The page image's SVG: paper, then the frames in print's order (boxes, rules, photos as placed),
// then the text; rasterised here by librsvg to check where the ink lands and in which colour.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cmykToHex, type OutlineSource, pageSvg, type PageSvgInput, pictureCut, rasterisePageSvg, type SvgPicture } from '../../../../../src/main/services/export/epaper/images';
import { createFontCatalog, type Face, type FontId } from '../../../../../src/shared/layout/fonts';
import type { GlyphRun, PageLayout } from '../../../../../src/shared/layout/output';
import { relativeOutline } from '../../../../../src/shared/layout/paint';
import type { BoxFrame, Frame, ImageFrame, RuleFrame } from '../../../../../src/shared/model';

const FONT = `sha256:${'a'.repeat(64)}#0` as FontId;
const face = { id: FONT, unitsPerEm: 1000, family: 'F', familyNames: ['F'], weight: 400, italic: false } as unknown as Face;
const SQUARE = 'M0,0L1000,0L1000,1000L0,1000Z';
const outlines: OutlineSource = {
  parsed: () => null,
  relative: (_f, g) => (g === 1 ? relativeOutline(SQUARE) : null),
};

const base = { name: '', locked: false, wrap: { enabled: false, offsets: { top: 0, right: 0, bottom: 0, left: 0 } }, groupId: null };
const box = (over: Partial<BoxFrame>): BoxFrame => ({ ...base, id: 'box', kind: 'box', x: 10, y: 10, width: 40, height: 40, stroke: null, fill: null, ...over });
const rule = (over: Partial<RuleFrame>): RuleFrame => ({ ...base, id: 'rule', kind: 'rule', x: 0, y: 80, width: 100, height: 0, stroke: { width: 2, color: { c: 0, m: 0, y: 0, k: 100 } }, ...over });
const image = (over: Partial<ImageFrame>): ImageFrame => ({ ...base, id: 'img', kind: 'image', x: 20, y: 20, width: 40, height: 40, assetId: 'a', fit: 'fill', crop: { offsetX: 0, offsetY: 0, scale: 1 }, caption: null, ...over });

function run(over: Partial<GlyphRun> = {}): GlyphRun {
  return { fontId: FONT, size: 10, x: 60, y: 60, glyphIds: [1, 0, 1], advances: [10, 5, 10], dx: [0, 0, 0], dy: [0, 0, 0], clusters: [0, 1, 2], source: { storyId: 's', paragraphId: 'p', start: 0, end: 3 }, emphasisDots: false, ...over };
}

const layout = (runs: GlyphRun[]): PageLayout => ({
  pageId: 'p',
  width: 100,
  height: 100,
  frames: runs.length === 0 ? [] : [{ frameId: 't', storyId: 's', columns: [{ x: 0, y: 0, width: 100, height: 100, lines: [{ x: 0, baseline: 60, width: 100, contentWidth: 25, ascent: 8, descent: 2, runs, source: runs[0]!.source, lastOfParagraph: true }] }] }],
});

/** A solid 2 × 2 picture in one colour, as a data: URL. */
async function solid(r: number, g: number, b: number): Promise<string> {
  const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: { r, g, b } } }).png().toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}

function input(frames: Frame[], over: Partial<PageSvgInput> = {}): PageSvgInput {
  return { page: layout([]), frames, width: 100, height: 100, scale: 2, pixelWidth: 200, pixelHeight: 200, fonts: createFontCatalog([face]), outlines, pictures: new Map(), ...over };
}

async function pixels(svg: PageSvgInput): Promise<(x: number, y: number) => [number, number, number]> {
  const data = await rasterisePageSvg(pageSvg(svg), svg.pixelWidth, svg.pixelHeight);
  // x, y in points; sampled at the pixel holding the point's centre.
  return (x, y) => {
    const i = (Math.floor(y * svg.scale) * svg.pixelWidth + Math.floor(x * svg.scale)) * 3;
    return [data[i]!, data[i + 1]!, data[i + 2]!];
  };
}

describe('pageSvg', () => {
  it('paints white paper, box fills and strokes and rules in their CMYK colours converted naively', async () => {
    const at = await pixels(input([box({ fill: { c: 100, m: 0, y: 0, k: 0 }, stroke: { width: 4, color: { c: 0, m: 100, y: 0, k: 0 } } }), rule({})]));
    expect(at(90, 5)).toEqual([255, 255, 255]);
    expect(at(30, 30)).toEqual([0, 255, 255]);
    expect(at(10, 30)).toEqual([255, 0, 255]); // the stroke, centred on the box edge
    expect(at(50, 80)).toEqual([0, 0, 0]);
    expect(at(50, 82)).toEqual([255, 255, 255]); // a 2 pt rule is 1 pt either side
    expect(cmykToHex({ c: 0, m: 0, y: 0, k: 50 })).toBe('#808080');
    expect(cmykToHex({ c: 20, m: 40, y: 60, k: 10, spot: 'PANTONE 485 C' })).toBe('#b88a5c');
  });

  it('draws frames in frame order, so a photo covers the box before it and the box after it covers the photo', async () => {
    const picture: SvgPicture = { href: await solid(255, 0, 0), rect: { x: 20, y: 20, width: 40, height: 40 }, clip: { x: 20, y: 20, width: 40, height: 40 } };
    const frames = [box({ id: 'under', fill: { c: 100, m: 0, y: 0, k: 0 } }), image({}), box({ id: 'over', x: 50, y: 50, width: 20, height: 20, fill: { c: 0, m: 0, y: 100, k: 0 } })];
    const at = await pixels(input(frames, { pictures: new Map([['img', picture]]) }));
    expect(at(15, 15)).toEqual([0, 255, 255]);
    expect(at(30, 30)).toEqual([255, 0, 0]);
    expect(at(55, 55)).toEqual([255, 255, 0]);
  });

  it('clips a photo to its frame, and draws nothing for an image frame without a picture', async () => {
    const picture: SvgPicture = { href: await solid(0, 0, 255), rect: { x: 0, y: 0, width: 100, height: 100 }, clip: { x: 20, y: 20, width: 40, height: 40 } };
    const at = await pixels(input([image({})], { pictures: new Map([['img', picture]]) }));
    expect(at(30, 30)).toEqual([0, 0, 255]);
    expect(at(10, 10)).toEqual([255, 255, 255]);
    expect(at(70, 30)).toEqual([255, 255, 255]);
    const empty = await pixels(input([image({})]));
    expect(empty(30, 30)).toEqual([255, 255, 255]);
  });

  it('draws the text on top, one outline path per glyph run, each glyph where the layout put it', async () => {
    expect(pageSvg(input([]))).not.toContain('<path');
    const svg = pageSvg(input([], { page: layout([run(), run({ y: 90 })]) }));
    expect(svg.match(/<path /gu)).toHaveLength(2);
    // The scale at full precision: 7.5 pt on 1000 units is 0.0075 (rounded to 0.008 the glyphs would grow 7 %).
    expect(pageSvg(input([], { page: layout([run({ size: 7.5 })]) }))).toContain('matrix(0.0075 0 0 -0.0075 0 0)');
    const at = await pixels(input([box({ x: 55, y: 40, width: 40, height: 30, fill: { c: 100, m: 0, y: 0, k: 0 } })], { page: layout([run()]) }));
    // Glyph 1 at x 60 and at 75 (after a 5 pt space), 10 pt high above the baseline at 60.
    expect(at(65, 55)).toEqual([0, 0, 0]);
    expect(at(72, 55)).toEqual([0, 255, 255]); // the box under the text shows between the glyphs
    expect(at(80, 55)).toEqual([0, 0, 0]);
    expect(at(65, 62)).toEqual([0, 255, 255]);
  });

  it('draws emphasis dots under each glyph of a run that asks for them', () => {
    const svg = pageSvg(input([], { page: layout([run({ emphasisDots: true })]) }));
    expect(svg.match(/<circle /gu)).toHaveLength(3);
    expect(svg).toContain('cx="65" cy="62.5"');
  });
});

describe('pictureCut', () => {
  it('takes the whole source pixels under the visible part and says where they land', () => {
    // 100 × 50 px drawn over 200 × 100 pt at (0, 0); the frame shows x 50–150, y 25–75.
    const cut = pictureCut({ x: 0, y: 0, width: 200, height: 100 }, { x: 50, y: 25, width: 100, height: 50 }, 100, 50);
    expect(cut).toEqual({ left: 25, top: 12, width: 50, height: 26, rect: { x: 50, y: 24, width: 100, height: 52 } });
  });

  it('stays inside the file at its edges', () => {
    const cut = pictureCut({ x: 10, y: 10, width: 100, height: 100 }, { x: 10, y: 10, width: 100, height: 100 }, 7, 3);
    expect([cut.left, cut.top, cut.width, cut.height]).toEqual([0, 0, 7, 3]);
    for (const [key, value] of Object.entries({ x: 10, y: 10, width: 100, height: 100 })) expect(cut.rect[key as keyof typeof cut.rect]).toBeCloseTo(value, 9);
  });
});
