// Article photo renditions: long side at most maxSide (exactly pictureRenditionSize), upright by
// EXIF orientation, sRGB, transparency on white, JPEG with no metadata, the same bytes each time,
// the preview when the original does not decode, and errors that name the file.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PictureError, renderPicture } from '../../../../../src/main/services/export/epaper/images';
import { PICTURE_MAX_SIDE, pictureRenditionSize } from '../../../../../src/shared/epaper/bundle';
import type { Asset } from '../../../../../src/shared/model';
import { sampleEdition, type SampleEdition } from './support/sampleEdition';

let sample: SampleEdition;
let dir: string;

beforeAll(async () => {
  sample = await sampleEdition();
  dir = await mkdtemp(join(tmpdir(), 'galley-picture-'));
  await mkdir(join(dir, 'assets'));
}, 60_000);

afterAll(async () => {
  await sample?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function asset(path: string, over: Partial<Asset> = {}): Asset {
  return { id: 'asset-t', kind: 'image', path, mime: 'image/jpeg', pixelWidth: 300, pixelHeight: 200, description: '', colorSpace: null, ppi: null, caption: '', credit: '', preview: null, ...over };
}

async function put(name: string, bytes: Buffer): Promise<string> {
  await writeFile(join(dir, 'assets', name), bytes);
  return `assets/${name}`;
}

/** 300 × 200: the left half red, the right half blue. */
function halves(): Sharp {
  return sharp({ create: { width: 150, height: 200, channels: 3, background: '#ff0000' } }).extend({ right: 150, background: '#0000ff' });
}

async function rgbAt(bytes: Uint8Array, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [...data.subarray(i, i + 3)];
}

const near = (actual: number[], expected: number[], tolerance = 12): boolean => actual.every((v, i) => Math.abs(v - expected[i]!) <= tolerance);

describe('pictureRenditionSize', () => {
  it('scales the long side down to maxSide, never up, rounding each side', () => {
    expect(PICTURE_MAX_SIDE).toBe(1600);
    expect(pictureRenditionSize(1600, 1093)).toEqual({ width: 1600, height: 1093 });
    expect(pictureRenditionSize(1600, 1093, 800)).toEqual({ width: 800, height: 547 });
    expect(pictureRenditionSize(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(pictureRenditionSize(5000, 1, 100)).toEqual({ width: 100, height: 1 });
  });
});

describe('renderPicture', () => {
  it('renders the sample photo as an sRGB JPEG of the rendition size, with no metadata, the same bytes each time', async () => {
    const photo = sample.edition.assets[0]!;
    const full = await renderPicture({ asset: photo, editionDir: sample.dir, maxSide: PICTURE_MAX_SIDE });
    expect([full.width, full.height]).toEqual([1600, 1093]);
    const small = await renderPicture({ asset: photo, editionDir: sample.dir, maxSide: 800 });
    expect([small.width, small.height]).toEqual([800, 547]);
    const meta = await sharp(small.bytes).metadata();
    expect([meta.format, meta.width, meta.height, meta.space, meta.channels, meta.isProgressive]).toEqual(['jpeg', 800, 547, 'srgb', 3, false]);
    expect([meta.exif, meta.icc, meta.xmp, meta.iptc]).toEqual([undefined, undefined, undefined, undefined]);
    const again = await renderPicture({ asset: photo, editionDir: sample.dir, maxSide: 800 });
    expect(Buffer.from(again.bytes).equals(Buffer.from(small.bytes))).toBe(true);
    console.info(`sample photo: ${full.bytes.length} B at 1600 × 1093, ${small.bytes.length} B at 800 × 547`);
  }, 60_000);

  it('turns the picture upright by its EXIF orientation before sizing it', async () => {
    // Orientation 6: shown turned 90° clockwise, so the stored left half (red) is shown on top.
    const path = await put('turned.jpg', await halves().jpeg({ quality: 95 }).withMetadata({ orientation: 6 }).toBuffer());
    const out = await renderPicture({ asset: asset(path), editionDir: dir, maxSide: 150 });
    expect([out.width, out.height]).toEqual([100, 150]);
    expect((await sharp(out.bytes).metadata()).orientation).toBeUndefined();
    expect(near(await rgbAt(out.bytes, 50, 20), [255, 0, 0])).toBe(true);
    expect(near(await rgbAt(out.bytes, 50, 130), [0, 0, 255])).toBe(true);
  });

  it('converts CMYK to sRGB, grey to sRGB, and puts transparency on white paper', async () => {
    const cmyk = await put('cmyk.jpg', await halves().toColourspace('cmyk').jpeg({ quality: 95 }).toBuffer());
    const fromCmyk = await renderPicture({ asset: asset(cmyk, { colorSpace: 'cmyk' }), editionDir: dir, maxSide: 1600 });
    const meta = await sharp(fromCmyk.bytes).metadata();
    expect([meta.space, meta.channels]).toEqual(['srgb', 3]);
    const red = await rgbAt(fromCmyk.bytes, 40, 100);
    expect(red[0]!).toBeGreaterThan(180);
    expect(red[1]!).toBeLessThan(80);
    const grey = await put('grey.png', await sharp({ create: { width: 20, height: 10, channels: 3, background: '#808080' } }).toColourspace('b-w').png().toBuffer());
    const fromGrey = await renderPicture({ asset: asset(grey, { mime: 'image/png' }), editionDir: dir, maxSide: 1600 });
    expect((await sharp(fromGrey.bytes).metadata()).channels).toBe(3);
    expect(near(await rgbAt(fromGrey.bytes, 10, 5), [128, 128, 128], 3)).toBe(true);
    const clear = await put('clear.png', await sharp({ create: { width: 20, height: 10, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer());
    const fromClear = await renderPicture({ asset: asset(clear, { mime: 'image/png' }), editionDir: dir, maxSide: 1600 });
    expect(near(await rgbAt(fromClear.bytes, 10, 5), [255, 255, 255], 2)).toBe(true);
  });

  it('falls back to the preview when the original does not decode, and names the file when neither can be had', async () => {
    const broken = await put('broken.tif', Buffer.from('II*\u0000 not really a TIFF'));
    const preview = await put('broken.preview.jpg', await halves().jpeg().toBuffer());
    const out = await renderPicture({ asset: asset(broken, { mime: 'image/tiff', preview }), editionDir: dir, maxSide: 300 });
    expect([out.width, out.height]).toEqual([300, 200]);
    const unreadable = await renderPicture({ asset: asset(broken, { mime: 'image/tiff' }), editionDir: dir, maxSide: 300 }).catch((e: unknown) => e);
    expect(unreadable).toBeInstanceOf(PictureError);
    expect((unreadable as PictureError).kind).toBe('unreadable');
    expect((unreadable as PictureError).message).toMatch(/^assets\/broken\.tif \(photo asset-t\): it is not an image that can be decoded/u);
    const missing = await renderPicture({ asset: asset('assets/nowhere.jpg'), editionDir: dir, maxSide: 300 }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(PictureError);
    expect((missing as PictureError).kind).toBe('missing');
    expect((missing as PictureError).message).toMatch(/^assets\/nowhere\.jpg \(photo asset-t\): the file does not exist in the edition folder/u);
    await expect(renderPicture({ asset: asset(preview), editionDir: dir, maxSide: 0 })).rejects.toThrow(/maxSide must be a positive whole number/u);
  });
});
