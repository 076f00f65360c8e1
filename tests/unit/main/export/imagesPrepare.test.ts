// preparePrintImages: each placed image in the output colour at print resolution. Grey stays
// grey; a CMYK JPEG that needs nothing goes in byte for byte; an RGB JPEG is converted; an image
// above the ceiling is resampled to exactly the ceiling; a missing file is named.
import { inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOutputProfile } from '../../../../src/main/services/color';
import { cmykJpegDecode, isPhotographicPng, PrintImageError, preparePrintImages, readJpegInfo, readSourceFacts } from '../../../../src/main/services/export/images';
import { imageKey, type OutputProfile, type PrintImage } from '../../../../src/main/services/export/printTypes';
import type { Edition } from '../../../../src/shared/model';
import { PROJECT_ROOT } from '../cli/support';
import { editionWithImages, type ImageSpec, makeTempRoot, writeAssets } from './imagesFixture';

let profile: OutputProfile;
let tmp: { dir: string; remove: () => Promise<void> };

/** A 64 × 48 picture with a gradient and a saturated block, so colour and resampling both show. */
async function rgbPicture(width = 64, height = 48): Promise<ReturnType<typeof sharp>> {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const block = x < width / 4 && y < height / 4;
      raw[i] = block ? 230 : Math.round((x / width) * 255);
      raw[i + 1] = block ? 30 : Math.round((y / height) * 255);
      raw[i + 2] = block ? 40 : 128;
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } });
}

beforeAll(async () => {
  profile = await loadOutputProfile({ profile: null }, { projectRoot: PROJECT_ROOT });
  tmp = await makeTempRoot();
});

afterAll(async () => {
  await tmp.remove();
});

async function prepare(specs: readonly ImageSpec[], files: Record<string, Uint8Array>, change: (e: Edition) => Edition = (e) => e) {
  const { edition, dir } = await writeAssets(change(editionWithImages(specs)), files, tmp.dir);
  const problems: PrintImageError[] = [];
  const images = await preparePrintImages({ edition, editionDir: dir, pages: edition.pages.map((p) => ({ pageId: p.id })), settings: edition.output, profile, onProblem: (p) => problems.push(p) });
  const at = (page: number, frame: number): PrintImage | undefined => images.get(imageKey(edition.pages[page]!.id, edition.pages[page]!.frames[frame]!.id));
  return { edition, dir, images, problems, at };
}

const box = { x: 100, y: 100, width: 64, height: 48 };

describe('preparePrintImages', () => {
  it('keeps a grey PNG grey (DeviceGray, the same grey values)', async () => {
    const raw = Buffer.from(Array.from({ length: 32 * 8 }, (_, i) => (i * 7) % 256));
    const png = await sharp(raw, { raw: { width: 32, height: 8, channels: 1 } }).toColourspace('b-w').png().toBuffer();
    expect((await sharp(png).metadata()).space).toBe('b-w');
    const { at } = await prepare([{ file: 'grey.png', mime: 'image/png', pixelWidth: 32, pixelHeight: 8, box: { ...box, width: 32, height: 8 } }], { 'grey.png': png });
    const image = at(0, 0)!;
    expect(image.colorSpace).toBe('DeviceGray');
    expect(image.filter).toBe('FlateDecode');
    expect(image.report).toMatchObject({ sourceColor: 'grey', convertedToCmyk: false, passedThrough: false, downsampled: false });
    expect(Buffer.from(inflateSync(image.data)).equals(raw)).toBe(true);
    expect(image.report.maxInk).toBeCloseTo(((255 - Math.min(...raw)) / 255) * 100, 1);
  });

  it('passes a CMYK JPEG through byte for byte, inverted by its Adobe marker', async () => {
    const jpeg = await (await rgbPicture()).withIccProfile(`${PROJECT_ROOT}/resources/color/GalleyNewsprint26.icc`, { attach: false }).jpeg({ quality: 80 }).toBuffer();
    const info = readJpegInfo(jpeg);
    expect(info?.components).toBe(4);
    expect(info?.adobe).toBe(true);
    const { at } = await prepare([{ file: 'cmyk.jpg', mime: 'image/jpeg', pixelWidth: 64, pixelHeight: 48, box }], { 'cmyk.jpg': jpeg });
    const image = at(0, 0)!;
    expect(image.filter).toBe('DCTDecode');
    expect(image.colorSpace).toBe('DeviceCMYK');
    expect(Buffer.from(image.data).equals(jpeg)).toBe(true);
    expect(image.decode).toEqual([1, 0, 1, 0, 1, 0, 1, 0]);
    expect(image.report).toMatchObject({ sourceColor: 'cmyk', passedThrough: true, convertedToCmyk: false, downsampled: false });
    expect(image.report.maxInk).toBeGreaterThan(50);
  });

  it('resamples a CMYK JPEG above the ceiling, keeping its CMYK numbers (no second separation)', async () => {
    const jpeg = await (await rgbPicture()).withIccProfile(`${PROJECT_ROOT}/resources/color/GalleyNewsprint26.icc`, { attach: false }).jpeg({ quality: 95 }).toBuffer();
    // 64 px over 8 pt is 576 ppi: resampled to 300 ppi, 33 × 25 px.
    const { at } = await prepare([{ file: 'cmyk.jpg', mime: 'image/jpeg', pixelWidth: 64, pixelHeight: 48, box: { ...box, width: 8, height: 6 } }], { 'cmyk.jpg': jpeg });
    const image = at(0, 0)!;
    expect([image.width, image.height]).toEqual([Math.round((8 / 72) * 300), Math.round((6 / 72) * 300)]);
    expect(image.report).toMatchObject({ passedThrough: false, downsampled: true, convertedToCmyk: false });
    expect(image.colorSpace).toBe('DeviceCMYK');
    const source = await sharp(jpeg).pipelineColourspace('cmyk').toColourspace('cmyk').resize(image.width, image.height, { fit: 'fill' }).raw().toBuffer();
    const embedded = await sharp(image.data).pipelineColourspace('cmyk').toColourspace('cmyk').raw().toBuffer();
    // Same inks within JPEG noise: a re-separation through the profile would move them by tens.
    let worst = 0;
    for (let i = 0; i < source.length; i++) worst = Math.max(worst, Math.abs(source[i]! - embedded[i]!));
    expect(worst).toBeLessThan(40);
  });

  it('converts an RGB JPEG to CMYK through the profile instead of passing it through', async () => {
    const jpeg = await (await rgbPicture()).jpeg({ quality: 90 }).toBuffer();
    const { at } = await prepare([{ file: 'rgb.jpg', mime: 'image/jpeg', pixelWidth: 64, pixelHeight: 48, box }], { 'rgb.jpg': jpeg });
    const image = at(0, 0)!;
    expect(image.colorSpace).toBe('DeviceCMYK');
    expect(image.filter).toBe('DCTDecode');
    expect(Buffer.from(image.data).equals(jpeg)).toBe(false);
    expect(readJpegInfo(image.data)?.components).toBe(4);
    expect(image.report).toMatchObject({ sourceColor: 'rgb', convertedToCmyk: true, passedThrough: false });
    expect(image.report.maxInk).toBeLessThanOrEqual(220 + 5);
  });

  it('downsamples a 1200 px image placed 1 inch wide to 300 px (the default ceiling)', async () => {
    const png = await (await rgbPicture(1200, 600)).png().toBuffer();
    const { at } = await prepare([{ file: 'big.png', mime: 'image/png', pixelWidth: 1200, pixelHeight: 600, box: { ...box, width: 72, height: 36 } }], { 'big.png': png });
    const image = at(0, 0)!;
    expect([image.width, image.height]).toEqual([300, 150]);
    expect(image.report).toMatchObject({ downsampled: true, sourcePixelWidth: 1200, sourcePixelHeight: 600, convertedToCmyk: true });
    expect(image.report.effectivePpi).toBeCloseTo(300, 6);
    expect(inflateSync(image.data).byteLength).toBe(300 * 150 * 4);
  });

  it('follows the edition ceiling, and leaves an image under it at its own size', async () => {
    const png = await (await rgbPicture(1200, 600)).png().toBuffer();
    const specs: ImageSpec[] = [
      { file: 'big.png', mime: 'image/png', pixelWidth: 1200, pixelHeight: 600, box: { ...box, width: 72, height: 36 } },
      { file: 'big.png', mime: 'image/png', pixelWidth: 1200, pixelHeight: 600, box: { ...box, y: 300, width: 576, height: 288 } },
    ];
    const { at } = await prepare(specs, { 'big.png': png }, (e) => ({ ...e, output: { ...e.output, imageCeilingPpi: 200 } }));
    expect([at(0, 0)!.width, at(0, 0)!.height]).toEqual([200, 100]);
    // 1200 px over 8 inches is 150 ppi: under the ceiling, so untouched.
    expect([at(0, 1)!.width, at(0, 1)!.height]).toEqual([1200, 600]);
    expect(at(0, 1)!.report).toMatchObject({ downsampled: false, effectivePpi: 150 });
  });

  it('shares one prepared variant between frames that show the same asset at the same print size', async () => {
    const png = await (await rgbPicture()).png().toBuffer();
    const specs: ImageSpec[] = [
      { file: 'pic.png', mime: 'image/png', pixelWidth: 64, pixelHeight: 48, box, page: 1 },
      { file: 'pic.png', mime: 'image/png', pixelWidth: 64, pixelHeight: 48, box: { ...box, width: 128, height: 96 }, page: 2 },
    ];
    const { at } = await prepare(specs, { 'pic.png': png });
    expect(at(0, 0)!.data).toBe(at(1, 0)!.data);
    expect(at(0, 0)!.report.effectivePpi).toBeCloseTo(72, 6);
    expect(at(1, 0)!.report.effectivePpi).toBeCloseTo(36, 6);
  });

  it('flattens transparency onto white paper (no ink where the PNG is transparent)', async () => {
    const raw = Buffer.alloc(4 * 4 * 4);
    for (let i = 0; i < 16; i++) raw.set(i < 8 ? [200, 20, 20, 0] : [200, 20, 20, 255], i * 4);
    const png = await sharp(raw, { raw: { width: 4, height: 4, channels: 4 } }).png().toBuffer();
    const { at } = await prepare([{ file: 'alpha.png', mime: 'image/png', pixelWidth: 4, pixelHeight: 4, box: { ...box, width: 4, height: 4 } }], { 'alpha.png': png });
    const samples = inflateSync(at(0, 0)!.data);
    expect([...samples.subarray(0, 4)]).toEqual([0, 0, 0, 0]);
    expect(samples[12 * 4 + 1]).toBeGreaterThan(150); // the opaque red half has magenta
  });

  it('embeds a photographic PNG (grain that lossless compression cannot squeeze) as CMYK JPEG, and a flat one losslessly', async () => {
    // 320 × 256 of noise over a gradient: a photograph's statistics, which PNG keeps at over half the raw size.
    const [width, height] = [320, 256];
    const raw = Buffer.alloc(width * height * 3);
    let seed = 7;
    for (let i = 0; i < raw.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      raw[i] = Math.min(255, Math.round(((i / 3) % width) / 2) + (seed % 96));
    }
    const photo = await sharp(raw, { raw: { width, height, channels: 3 } }).png().toBuffer();
    // Line art: flat fields and hairlines, which lossless compression takes to a few per cent.
    const art = Buffer.alloc(width * height * 3, 255);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 3;
        if (x < width / 2 && y < height / 2) art.fill(0, i, i + 2);
        if (x % 40 === 0 || y % 32 === 0) art.fill(0, i, i + 3);
      }
    }
    const flat = await sharp(art, { raw: { width, height, channels: 3 } }).png().toBuffer();
    expect(isPhotographicPng(photo, await readSourceFacts(photo))).toBe(true);
    expect(isPhotographicPng(flat, await readSourceFacts(flat))).toBe(false);
    const spec = { mime: 'image/png' as const, pixelWidth: width, pixelHeight: height, box: { ...box, width, height } };
    const { at } = await prepare([{ ...spec, file: 'photo.png' }, { ...spec, file: 'flat.png', box: { ...spec.box, y: 400 } }], { 'photo.png': photo, 'flat.png': flat });
    const jpeg = at(0, 0)!;
    expect(jpeg.filter).toBe('DCTDecode');
    expect(jpeg.colorSpace).toBe('DeviceCMYK');
    expect(readJpegInfo(jpeg.data)?.components).toBe(4);
    // sharp writes Adobe's marker with inverted CMYK: the /Decode array undoes it.
    expect(jpeg.decode).toEqual(cmykJpegDecode(readJpegInfo(jpeg.data)!));
    expect(jpeg.report).toMatchObject({ sourceColor: 'rgb', convertedToCmyk: true, passedThrough: false });
    // Measured on the JPEG as decoded: its ringing on pure noise (a worst case) may pass the
    // profile's 220 % by a few per cent, never the edition's 240 % limit that preflight checks.
    expect(jpeg.report.maxInk).toBeLessThanOrEqual(240);
    const lossless = at(0, 1)!;
    expect(lossless.filter).toBe('FlateDecode');
    expect(inflateSync(lossless.data).byteLength).toBe(width * height * 4);
  });

  it('keeps small PNGs lossless whatever they hold', async () => {
    const raw = Buffer.alloc(64 * 48 * 3);
    for (let i = 0; i < raw.length; i++) raw[i] = (i * 2654435761) >>> 24;
    const png = await sharp(raw, { raw: { width: 64, height: 48, channels: 3 } }).png().toBuffer();
    expect(isPhotographicPng(png, await readSourceFacts(png))).toBe(false);
  });

  it('names a missing file, its page and frame; with onProblem the frame is left out instead', async () => {
    const { edition, dir } = await writeAssets(editionWithImages([{ file: 'gone.png', mime: 'image/png', pixelWidth: 10, pixelHeight: 10, box }]), {}, tmp.dir);
    const run = preparePrintImages({ edition, editionDir: dir, pages: [{ pageId: edition.pages[0]!.id }], settings: edition.output, profile });
    await expect(run).rejects.toBeInstanceOf(PrintImageError);
    await expect(run).rejects.toThrow(/^assets\/gone\.png \(page A01, frame frame-1\): the file does not exist/u);
    const { images, problems } = await prepare([{ file: 'gone.png', mime: 'image/png', pixelWidth: 10, pixelHeight: 10, box }], {});
    expect(images.size).toBe(0);
    expect(problems.map((p) => [p.kind, p.file])).toEqual([['missing', 'assets/gone.png']]);
  });

  it('reports a file that is not an image as unreadable', async () => {
    const { problems } = await prepare([{ file: 'notes.png', mime: 'image/png', pixelWidth: 10, pixelHeight: 10, box }], { 'notes.png': new TextEncoder().encode('not a picture') });
    expect(problems.map((p) => [p.kind, p.file])).toEqual([['unreadable', 'assets/notes.png']]);
  });
});
