import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ImageImportError, importImageFile, PREVIEW_MAX_PX, readImageFacts } from '../../../../src/main/services/images';
import { MAX_IMAGE_IMPORT_BYTES } from '../../../../src/shared/image-api';
import { tempDirs } from '../../../fixtures/store/tempDir';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const fixture = async (name: string): Promise<Uint8Array> => new Uint8Array(await readFile(path.join(FIXTURES, name)));
const temp = tempDirs();
afterAll(() => temp.cleanup());

let dir: string;
beforeEach(async () => {
  dir = await temp.make('galley-images-');
});

async function refusal(run: () => Promise<unknown>): Promise<ImageImportError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ImageImportError)) throw new Error(`expected an ImageImportError, got ${String(error)}`);
  return error;
}

describe('readImageFacts', () => {
  it('reads size, ppi, colour space and the IPTC caption and by-lines of a JPEG (exiftool fixture)', async () => {
    const facts = await readImageFacts(await fixture('caption-utf8.jpg'), 'caption-utf8.jpg');
    expect(facts).toMatchObject({ format: 'jpeg', mime: 'image/jpeg', width: 48, height: 32, colorSpace: 'rgb', ppi: 300, hasAlpha: false });
    expect(facts.caption).toBe('县实验小学科技节上，学生向来宾展示自制机器人。');
    expect(facts.credit).toBe('王乐平 董宏涛');
  });

  it('reads EXIF text from a PNG, and its pHYs resolution', async () => {
    expect(await readImageFacts(await fixture('exif-only.png'), 'exif-only.png')).toMatchObject({ format: 'png', ppi: 150, caption: '科技节 PNG 图片说明', credit: '张三' });
  });

  it('reads a CMYK TIFF: IPTC from its tag, the colour space and ppi', async () => {
    const facts = await readImageFacts(await fixture('cmyk-caption.tif'), 'scan.tif');
    expect(facts).toMatchObject({ format: 'tiff', mime: 'image/tiff', colorSpace: 'cmyk', ppi: 240, caption: '分色好的 CMYK 图片', credit: '新华社' });
  });

  it('reads XMP-only captions, and skips camera boilerplate for the Explorer comment', async () => {
    expect(await readImageFacts(await fixture('xmp-only.jpg'), 'x.jpg')).toMatchObject({ caption: 'XMP 说明：校园一角', credit: '李四', ppi: null });
    expect(await readImageFacts(await fixture('camera-boilerplate.jpg'), 'c.jpg')).toMatchObject({ caption: 'Explorer 备注', credit: '王五' });
  });

  it('refuses a truncated JPEG, naming the file and saying it is damaged', async () => {
    const noise = Buffer.alloc(400 * 300 * 3, 0).map((_, i) => (i * 7919) % 251);
    const jpeg = await sharp(noise, { raw: { width: 400, height: 300, channels: 3 } }).jpeg().toBuffer();
    const error = await refusal(() => readImageFacts(jpeg.subarray(0, jpeg.length >> 1), 'cut.jpg'));
    expect(error.file).toBe('cut.jpg');
    expect(error.message).toMatch(/^cut\.jpg: the picture is damaged or incomplete/u);
  });

  it('refuses WebP and non-images with the reason', async () => {
    const webp = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).webp().toBuffer();
    expect((await refusal(() => readImageFacts(webp, 'a.webp'))).message).toMatch(/a\.webp: is a WebP file; only JPEG, PNG and TIFF/u);
    expect((await refusal(() => readImageFacts(new TextEncoder().encode('hello'), 'notes.jpg'))).message).toMatch(/notes\.jpg: is not a JPEG, PNG or TIFF image/u);
  });

  it('refuses a Lab TIFF: print can only take RGB, CMYK and grey', async () => {
    expect((await refusal(async () => readImageFacts(await fixture('lab.tif'), 'lab.tif'))).reason).toMatch(/colour space is "lab/u);
  });
});

describe('importImageFile', () => {
  it('copies a JPEG into assets/ under a safe, hashed name and answers a full record with no preview', async () => {
    const bytes = await fixture('caption-utf8.jpg');
    const asset = await importImageFile({ editionDir: dir, name: '科技节 现场.jpg', bytes, assetId: 'asset-9' });
    expect(asset).toMatchObject({
      id: 'asset-9',
      kind: 'image',
      mime: 'image/jpeg',
      pixelWidth: 48,
      pixelHeight: 32,
      description: '科技节 现场.jpg',
      colorSpace: 'rgb',
      ppi: 300,
      credit: '王乐平 董宏涛',
      preview: null,
    });
    expect(asset.path).toMatch(/^assets\/科技节-现场-[0-9a-f]{12}\.jpg$/u);
    expect(new Uint8Array(await readFile(path.join(dir, asset.path)))).toEqual(bytes);
  });

  it('reuses the stored file when the same picture is imported again', async () => {
    const bytes = await fixture('caption-utf8.jpg');
    const first = await importImageFile({ editionDir: dir, name: 'a.jpg', bytes, assetId: 'asset-1' });
    const second = await importImageFile({ editionDir: dir, name: 'a.jpg', bytes, assetId: 'asset-2' });
    expect(second.path).toBe(first.path);
    expect(await readdir(path.join(dir, 'assets'))).toEqual([path.basename(first.path)]);
  });

  it('takes the next name when a different file already holds it', async () => {
    const bytes = await fixture('caption-utf8.jpg');
    const first = await importImageFile({ editionDir: dir, name: 'a.jpg', bytes, assetId: 'asset-1' });
    await writeFile(path.join(dir, first.path), 'somebody else');
    const second = await importImageFile({ editionDir: dir, name: 'a.jpg', bytes, assetId: 'asset-2' });
    expect(second.path).toBe(first.path.replace(/\.jpg$/u, '-2.jpg'));
  });

  it('writes an sRGB screen preview for a CMYK TIFF and keeps the original untouched for print', async () => {
    const bytes = await fixture('cmyk-caption.tif');
    const asset = await importImageFile({ editionDir: dir, name: 'scan.tif', bytes, assetId: 'asset-1' });
    expect(asset.preview).toBe(asset.path.replace(/\.tif$/u, '.preview.jpg'));
    expect(new Uint8Array(await readFile(path.join(dir, asset.path)))).toEqual(bytes);
    const preview = await sharp(path.join(dir, asset.preview ?? '')).metadata();
    expect(preview).toMatchObject({ format: 'jpeg', space: 'srgb', width: 48, height: 32 });
  });

  it('previews a CMYK JPEG too, and a large picture at most PREVIEW_MAX_PX on its long side', async () => {
    const cmyk = await importImageFile({ editionDir: dir, name: 'c.jpg', bytes: await fixture('cmyk.jpg'), assetId: 'asset-1' });
    expect(cmyk.preview).not.toBeNull();
    const big = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: '#336699' } }).tiff({ compression: 'lzw' }).toBuffer();
    const asset = await importImageFile({ editionDir: dir, name: 'big.tif', bytes: big, assetId: 'asset-2' });
    expect(await sharp(path.join(dir, asset.preview ?? '')).metadata()).toMatchObject({ width: PREVIEW_MAX_PX, height: PREVIEW_MAX_PX / 3 });
  });

  it('keeps transparency in a PNG preview', async () => {
    const asset = await importImageFile({ editionDir: dir, name: 'alpha.tif', bytes: await fixture('alpha.tif'), assetId: 'asset-1' });
    expect(asset.preview).toMatch(/\.preview\.png$/u);
    expect(await sharp(path.join(dir, asset.preview ?? '')).metadata()).toMatchObject({ format: 'png', hasAlpha: true });
  });

  it('writes nothing for a broken or oversized file', async () => {
    await refusal(() => importImageFile({ editionDir: dir, name: 'x.jpg', bytes: new TextEncoder().encode('no image'), assetId: 'asset-1' }));
    const huge = new Uint8Array(MAX_IMAGE_IMPORT_BYTES + 1);
    const error = await refusal(() => importImageFile({ editionDir: dir, name: 'huge.tif', bytes: huge, assetId: 'asset-2' }));
    expect(error.message).toBe('huge.tif: is 40 MB; images up to 40 MB can be imported');
    expect(await readdir(dir)).toEqual([]);
  });
});
