// A phone photo stored lying down with EXIF orientation 6 (turn 90° clockwise to view) is upright
// everywhere Galley draws it, as the page view's browser draws it: its imported size, the screen
// previews, the print image, the e-paper page image and the e-paper article photo.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOutputProfile } from '../../../../src/main/services/color';
import { pagePictures } from '../../../../src/main/services/export/epaper/images/pagePictures';
import { renderPicture } from '../../../../src/main/services/export/epaper/images/renderPicture';
import { preparePrintImages } from '../../../../src/main/services/export/images';
import { imageKey, type OutputProfile } from '../../../../src/main/services/export/printTypes';
import { makePreview, readImageFacts } from '../../../../src/main/services/images';
import { makeScreenRendition } from '../../../../src/main/services/images/preview';
import { PROJECT_ROOT } from '../cli/support';
import { editionWithImages, makeTempRoot, writeAssets } from '../export/imagesFixture';

// Stored 64 × 48: a red block in the stored top-left corner, the rest mid grey. Turned upright
// (90° clockwise) the picture is 48 × 64 and the block is in its top-right corner.
const STORED = { width: 64, height: 48 };
const UPRIGHT = { width: 48, height: 64 };

async function lyingDown(kind: 'rgb' | 'cmyk'): Promise<Uint8Array> {
  const raw = Buffer.alloc(STORED.width * STORED.height * 3, 128);
  for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) raw.set([230, 20, 20], (y * STORED.width + x) * 3);
  let image = sharp(raw, { raw: { ...STORED, channels: 3 } });
  if (kind === 'cmyk') image = image.withIccProfile(`${PROJECT_ROOT}/resources/color/GalleyNewsprint26.icc`, { attach: false });
  return new Uint8Array(await image.jpeg({ quality: 95 }).withMetadata({ orientation: 6 }).toBuffer());
}

/** Mean red minus blue over a corner of RGB pixels (3 per pixel): high where the red block is. */
function redness(pixels: Uint8Array, width: number, height: number, corner: 'top-left' | 'top-right'): number {
  const size = Math.floor(Math.min(width, height) / 5);
  let sum = 0;
  for (let y = 1; y < 1 + size; y++) {
    for (let i = 0; i < size; i++) {
      const x = corner === 'top-left' ? 1 + i : width - 2 - i;
      const at = (y * width + x) * 3;
      sum += pixels[at]! - pixels[at + 2]!;
    }
  }
  return sum / (size * size);
}

async function rgbOf(bytes: Uint8Array): Promise<{ pixels: Uint8Array; width: number; height: number }> {
  const { data, info } = await sharp(bytes).toColourspace('srgb').removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { pixels: new Uint8Array(data), width: info.width, height: info.height };
}

function expectUprightBlock(image: { pixels: Uint8Array; width: number; height: number }): void {
  expect(image.height).toBeGreaterThan(image.width);
  expect(redness(image.pixels, image.width, image.height, 'top-right')).toBeGreaterThan(100);
  expect(redness(image.pixels, image.width, image.height, 'top-left')).toBeLessThan(20);
}

let profile: OutputProfile;
let tmp: { dir: string; remove: () => Promise<void> };

beforeAll(async () => {
  profile = await loadOutputProfile({ profile: null }, { projectRoot: PROJECT_ROOT });
  tmp = await makeTempRoot();
});

afterAll(async () => {
  await tmp.remove();
});

/** An edition with the photo filling a frame of its upright proportions, as an import places it. */
async function placed(file: Uint8Array) {
  const spec = { file: 'phone.jpg', mime: 'image/jpeg' as const, pixelWidth: UPRIGHT.width, pixelHeight: UPRIGHT.height, box: { x: 100, y: 100, width: 48, height: 64 } };
  return writeAssets(editionWithImages([spec]), { 'phone.jpg': file }, tmp.dir);
}

describe('EXIF orientation 6 (a photo stored lying down)', () => {
  it('imports with its upright size', async () => {
    expect(await readImageFacts(await lyingDown('rgb'), 'phone.jpg')).toMatchObject(UPRIGHT);
  });

  it('is upright in the screen rendition and the preview, which carry no orientation of their own', async () => {
    const file = await lyingDown('rgb');
    for (const bytes of [(await makeScreenRendition(file)).bytes, await makePreview(file, { hasAlpha: false })]) {
      expect((await sharp(bytes).metadata()).orientation ?? 1).toBe(1);
      expectUprightBlock(await rgbOf(bytes));
    }
  });

  it('goes into the print PDF upright, an RGB photo converted and a CMYK one no longer passed through', async () => {
    for (const kind of ['rgb', 'cmyk'] as const) {
      const { edition, dir } = await placed(await lyingDown(kind));
      const images = await preparePrintImages({ edition, editionDir: dir, pages: [{ pageId: edition.pages[0]!.id }], settings: edition.output, profile });
      const image = images.get(imageKey(edition.pages[0]!.id, edition.pages[0]!.frames[0]!.id))!;
      expect([image.width, image.height], kind).toEqual([UPRIGHT.width, UPRIGHT.height]);
      expect(image.report.passedThrough, kind).toBe(false);
      // The embedded CMYK JPEG, seen in sRGB: the red block is at the top right.
      const cmyk = await sharp(image.data).pipelineColourspace('cmyk').toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
      expectUprightBlock({ pixels: new Uint8Array(cmyk.data), width: cmyk.info.width, height: cmyk.info.height });
    }
  });

  it('is upright on the e-paper page image and in the article photo', async () => {
    const { edition, dir } = await placed(await lyingDown('rgb'));
    const page = edition.pages[0]!;
    const pictures = await pagePictures({ edition, editionDir: dir, pageLabel: page.label, frames: page.frames, width: edition.format.trim.width, height: edition.format.trim.height, scale: 1 });
    const picture = pictures.get(page.frames[0]!.id)!;
    expectUprightBlock(picture);
    const article = await renderPicture({ asset: edition.assets[0]!, editionDir: dir, maxSide: 64 });
    expect([article.width, article.height]).toEqual([UPRIGHT.width, UPRIGHT.height]);
    expectUprightBlock(await rgbOf(article.bytes));
  });
});
