// The e-paper page images of the sample page: sizes and format, byte-identical repeats, the glyph
// filler against librsvg drawing the same outlines as SVG paths, the thumbnail against the page,
// and a missing photo.
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pageImageSize,
  pageImageSvg,
  rasterisePageSvg,
  renderPageImages,
  type RenderPageImagesInput,
  renderPagePixels,
} from '../../../../../src/main/services/export/epaper/images';
import { PrintImageError } from '../../../../../src/main/services/export/images';
import type { ImageFrame } from '../../../../../src/shared/model';
import { compareGrey, rectPixels, structureCorrelation, toGrey } from './support/pageCompare';
import { sampleEdition, type SampleEdition } from './support/sampleEdition';

let sample: SampleEdition;

beforeAll(async () => {
  sample = await sampleEdition();
}, 60_000);

afterAll(async () => {
  await sample?.dispose();
});

function input(over: Partial<RenderPageImagesInput> = {}): RenderPageImagesInput {
  return { page: sample.layout.pages[0]!, edition: sample.edition, editionDir: sample.dir, env: sample.env, stem: 'A01', ...over };
}

const photo = (): ImageFrame => sample.edition.pages[0]!.frames.find((f): f is ImageFrame => f.kind === 'image' && f.assetId !== null)!;

describe('renderPageImages', () => {
  it('renders the reading image at 150 dpi of the trim and a 240 px thumbnail, as baseline sRGB JPEGs without metadata', async () => {
    const { image, thumb } = await renderPageImages(input());
    const { trim } = sample.edition.format;
    expect(pageImageSize(trim)).toEqual({ width: 2218, height: 3077, scale: 150 / 72 });
    expect([image.width, image.height]).toEqual([2218, 3077]);
    expect([thumb.width, thumb.height]).toEqual([240, Math.round((240 * 3077) / 2218)]);
    for (const encoded of [image, thumb]) {
      const meta = await sharp(encoded.bytes).metadata();
      expect([meta.format, meta.width, meta.height, meta.space, meta.channels]).toEqual(['jpeg', encoded.width, encoded.height, 'srgb', 3]);
      expect(meta.isProgressive).toBe(false);
      expect(meta.exif).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
    }
    console.info(`sample page A01: image ${image.bytes.length} B (${image.width} × ${image.height}), thumbnail ${thumb.bytes.length} B`);
    // Dense text at quality 80: about a megabyte, not ten.
    expect(image.bytes.length).toBeLessThan(3_000_000);
  }, 60_000);

  it('gives byte-identical images for the same edition, in this process and from a copy of the folder', async () => {
    const first = await renderPageImages(input());
    const again = await renderPageImages(input());
    // A copy is another path: nothing remembered from the first renders applies to it.
    const copy = join(sample.tmp, 'copy.galley');
    await cp(sample.dir, copy, { recursive: true });
    try {
      const fromCopy = await renderPageImages(input({ editionDir: copy }));
      for (const other of [again, fromCopy]) {
        expect(Buffer.from(other.image.bytes).equals(Buffer.from(first.image.bytes))).toBe(true);
        expect(Buffer.from(other.thumb.bytes).equals(Buffer.from(first.thumb.bytes))).toBe(true);
      }
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  }, 60_000);

  it('paints the page as librsvg paints the same page from the reference SVG (glyph runs as the page view\'s path data)', async () => {
    const mine = await renderPagePixels(input());
    const svg = await pageImageSvg(input());
    const theirs = await rasterisePageSvg(svg.svg, svg.width, svg.height);
    const [a, b] = await Promise.all([toGrey(mine), toGrey({ pixels: theirs, width: svg.width, height: svg.height })]);
    const c = compareGrey(a, b, { area: { x0: 0, y0: 0, x1: a.width, y1: a.height }, exclude: [], threshold: 48, tile: 32 });
    console.info(`page painter vs librsvg: mean ${c.mean.toFixed(3)}, ${c.overPercent.toFixed(5)} % over 48, worst tile ${c.tiles[0]?.over ?? 0} px`);
    // Measured when set: mean 0.51, no pixel over 48.
    expect(c.mean).toBeLessThan(1);
    expect(c.tiles.filter((t) => t.over > 4)).toEqual([]);
  }, 60_000);

  it('makes the thumbnail of the same page', async () => {
    const { image, thumb } = await renderPageImages(input());
    const small = await toGrey(new Uint8Array(await sharp(image.bytes).resize(thumb.width, thumb.height, { fit: 'fill' }).jpeg().toBuffer()));
    const t = await toGrey(thumb.bytes);
    expect(structureCorrelation(small, t, { x0: 0, y0: 0, x1: t.width, y1: t.height })).toBeGreaterThan(0.97);
    // Not just any page: upside down it is another picture.
    const flipped = await toGrey(new Uint8Array(await sharp(thumb.bytes).flip().toBuffer()));
    expect(structureCorrelation(small, flipped, { x0: 0, y0: 0, x1: t.width, y1: t.height })).toBeLessThan(0.5);
  }, 60_000);

  it('names the file, page and frame of a missing photo, or with onProblem reports it and leaves its frame as paper', async () => {
    const asset = sample.edition.assets.find((a) => a.id === photo().assetId)!;
    const edition = { ...sample.edition, assets: sample.edition.assets.map((a) => (a.id === asset.id ? { ...a, path: 'assets/gone.png' } : a)) };
    const error = await renderPageImages(input({ edition })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrintImageError);
    expect((error as PrintImageError).message).toMatch(new RegExp(`^assets/gone\\.png \\(page A01, frame ${photo().id}\\): the file does not exist`, 'u'));
    const problems: PrintImageError[] = [];
    const { image } = await renderPageImages(input({ edition, onProblem: (p) => problems.push(p) }));
    expect(problems.map((p) => [p.kind, p.file, p.frameId])).toEqual([['missing', 'assets/gone.png', photo().id]]);
    const grey = await toGrey(image.bytes);
    const r = rectPixels(photo(), 150 / 72, -4);
    let dark = 0;
    for (let y = r.y0; y < r.y1; y++) for (let x = r.x0; x < r.x1; x++) if (grey.pixels[y * grey.width + x]! < 200) dark++;
    expect(dark).toBe(0);
  }, 60_000);
});
