// The page image's paper, boxes, rules and photos, painted by area into RGB pixels, and held
// against librsvg painting the same frames from the reference SVG.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { type OutlineSource, paintFrames, pageSvg, type RasterPicture, rasterisePageSvg } from '../../../../../src/main/services/export/epaper/images';
import { createFontCatalog } from '../../../../../src/shared/layout/fonts';
import type { BoxFrame, Frame, ImageFrame, RuleFrame } from '../../../../../src/shared/model';

const base = { name: '', locked: false, wrap: { enabled: false, offsets: { top: 0, right: 0, bottom: 0, left: 0 } }, groupId: null };
const box = (over: Partial<BoxFrame>): BoxFrame => ({ ...base, id: 'box', kind: 'box', x: 10, y: 10, width: 40, height: 40, stroke: null, fill: null, ...over });
const rule = (over: Partial<RuleFrame>): RuleFrame => ({ ...base, id: 'rule', kind: 'rule', x: 0, y: 80, width: 100, height: 0, stroke: { width: 2, color: { c: 0, m: 0, y: 0, k: 100 } }, ...over });
const image = (over: Partial<ImageFrame>): ImageFrame => ({ ...base, id: 'img', kind: 'image', x: 20, y: 20, width: 40, height: 40, assetId: 'a', fit: 'fill', crop: { offsetX: 0, offsetY: 0, scale: 1 }, caption: null, ...over });

/** A picture of `w` × `h` px in two colours, left half and right half. */
function picture(w: number, h: number, rect: RasterPicture['rect'], clip: RasterPicture['clip']): RasterPicture {
  const pixels = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) pixels.set(x < w / 2 ? [255, 0, 0] : [0, 128, 0], (y * w + x) * 3);
  return { pixels, width: w, height: h, rect, clip };
}

function paint(frames: Frame[], pictures = new Map<string, RasterPicture>(), scale = 1, size = 100): (x: number, y: number) => number[] {
  const img = paintFrames({ width: size, height: size, scale, frames, pictures });
  return (x, y) => [...img.pixels.subarray((y * size + x) * 3, (y * size + x) * 3 + 3)];
}

describe('paintFrames', () => {
  it('paints white paper, then fills, strokes and rules in their colours, each pixel by the area covered', () => {
    const at = paint([box({ x: 10.25, fill: { c: 100, m: 0, y: 0, k: 0 } }), rule({ y: 80.5, stroke: { width: 1, color: { c: 0, m: 0, y: 0, k: 100 } } })]);
    expect(at(5, 5)).toEqual([255, 255, 255]);
    expect(at(30, 30)).toEqual([0, 255, 255]);
    expect(at(10, 30)).toEqual([64, 255, 255]); // three quarters of the pixel covered
    expect(at(49, 30)).toEqual([0, 255, 255]);
    expect(at(50, 30)).toEqual([191, 255, 255]); // the box ends a quarter of the way into it
    expect(at(51, 30)).toEqual([255, 255, 255]);
    // A 1 pt rule centred on y 80.5 covers row 80 exactly; butt caps end it at the frame's ends.
    expect(at(50, 80)).toEqual([0, 0, 0]);
    expect(at(50, 79)).toEqual([255, 255, 255]);
    expect(at(50, 81)).toEqual([255, 255, 255]);
  });

  it('strokes a box centred on its edge, leaving its inside alone', () => {
    const at = paint([box({ fill: { c: 0, m: 0, y: 100, k: 0 }, stroke: { width: 4, color: { c: 0, m: 100, y: 0, k: 0 } } })]);
    expect(at(8, 30)).toEqual([255, 0, 255]);
    expect(at(11, 30)).toEqual([255, 0, 255]);
    expect(at(12, 30)).toEqual([255, 255, 0]);
    expect(at(7, 30)).toEqual([255, 255, 255]);
    expect(at(8, 8)).toEqual([255, 0, 255]); // square corners
    expect(at(30, 30)).toEqual([255, 255, 0]);
  });

  it('draws a photo pixel for pixel where its rectangle starts, clipped to its frame, in frame order', () => {
    const pic = picture(60, 40, { x: 10, y: 20, width: 60, height: 40 }, { x: 20, y: 20, width: 40, height: 40 });
    const frames = [box({ id: 'under', x: 0, y: 0, width: 100, height: 100, fill: { c: 100, m: 0, y: 0, k: 0 } }), image({}), box({ id: 'over', x: 50, y: 50, width: 20, height: 20, fill: { c: 0, m: 0, y: 100, k: 0 } })];
    const at = paint(frames, new Map([['img', pic]]));
    expect(at(15, 30)).toEqual([0, 255, 255]); // left of the clip: the box under it
    expect(at(25, 30)).toEqual([255, 0, 0]);
    expect(at(45, 30)).toEqual([0, 128, 0]);
    expect(at(65, 30)).toEqual([0, 255, 255]); // right of the clip
    expect(at(55, 55)).toEqual([255, 255, 0]); // the box after the photo covers it
    expect(paint([image({})])(30, 30)).toEqual([255, 255, 255]); // no picture: the frame is paper
  });

  it('agrees with librsvg painting the same frames from the reference SVG', async () => {
    const scale = 150 / 72;
    const size = 250;
    const pic = picture(84, 84, { x: 20.3, y: 20.3, width: 40.32, height: 40.32 }, { x: 25.1, y: 22.7, width: 30.55, height: 33.2 });
    const frames = [
      box({ x: 3.3, y: 4.7, width: 70.1, height: 50.05, fill: { c: 20, m: 60, y: 0, k: 10 }, stroke: { width: 1.5, color: { c: 0, m: 0, y: 0, k: 100 } } }),
      image({ id: 'img' }),
      rule({ x: 5.2, y: 90.35, width: 100.4, stroke: { width: 0.75, color: { c: 100, m: 0, y: 100, k: 0 } } }),
      rule({ id: 'v', x: 100.1, y: 5, width: 0, height: 100, stroke: { width: 2.5, color: { c: 0, m: 0, y: 0, k: 100 } } }),
    ];
    const mine = paintFrames({ width: size, height: size, scale, frames, pictures: new Map([['img', pic]]) });
    const png = await sharp(pic.pixels, { raw: { width: pic.width, height: pic.height, channels: 3 } }).png().toBuffer();
    const outlines: OutlineSource = { parsed: () => null, relative: () => null };
    const svg = pageSvg({
      page: { pageId: 'p', width: 120, height: 120, frames: [] },
      frames,
      width: 120,
      height: 120,
      scale,
      pixelWidth: size,
      pixelHeight: size,
      fonts: createFontCatalog([]),
      outlines,
      pictures: new Map([['img', { href: `data:image/png;base64,${png.toString('base64')}`, rect: pic.rect, clip: pic.clip }]]),
    });
    const theirs = await rasterisePageSvg(svg, size, size);
    // Per pixel, the largest difference of its three channels.
    const diff = (p: number): number => Math.max(...[0, 1, 2].map((c) => Math.abs(theirs[p * 3 + c]! - mine.pixels[p * 3 + c]!)));
    let sum = 0;
    let worstOutside = 0;
    const offInside: number[] = [];
    const boundary = Math.round((pic.rect.x + pic.rect.width / 2) * scale);
    for (let p = 0; p < size * size; p++) {
      const d = diff(p);
      sum += d;
      const [x, y] = [p % size, Math.floor(p / size)];
      const insidePhoto = x >= Math.floor(pic.clip.x * scale) && x < Math.ceil((pic.clip.x + pic.clip.width) * scale) && y >= Math.floor(pic.clip.y * scale) && y < Math.ceil((pic.clip.y + pic.clip.height) * scale);
      if (!insidePhoto) worstOutside = Math.max(worstOutside, d);
      else if (d > 16) offInside.push(x);
    }
    console.info(`paintFrames vs librsvg: mean ${(sum / (size * size)).toFixed(3)}, worst outside the photo ${worstOutside}, ${offInside.length} photo pixels off by more than 16`);
    expect(sum / (size * size)).toBeLessThan(1);
    // Fills, strokes, rules and the clip's edges agree to a few levels.
    expect(worstOutside).toBeLessThanOrEqual(2);
    // The photo may sit up to half a pixel off librsvg's resampling of it, which shows only at the
    // colour boundary inside it.
    expect(offInside.every((x) => Math.abs(x - boundary) <= 1), `columns ${[...new Set(offInside)].join(', ')} against ${boundary}`).toBe(true);
  });
});
