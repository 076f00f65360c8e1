// Images in the print PDF, checked with tools nobody here wrote (poppler-utils, qpdf): every image
// is CMYK or grey (pdfimages -list), at the pixel size and resolution preparation chose; a CMYK
// JPEG's stream is the source file byte for byte (qpdf) and prints cyan, not its negative; each
// picture lands on its frame and the frame clips it (pdftoppm); the sample edition's generated
// RGB photo is CMYK, downsampled to the edition's ceiling.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOutputProfile } from '../../../../src/main/services/color';
import { paintPdf } from '../../../../src/main/services/export/pdf';
import { preparePrintImages } from '../../../../src/main/services/export/images';
import type { OutputProfile, PdfOutputOptions, PrintImage } from '../../../../src/main/services/export/printTypes';
import { buildSampleEdition } from '../../../../src/main/services/sample';
import { counterIds, type Edition, type ImageFrame } from '../../../../src/shared/model';
import { PROJECT_ROOT } from '../cli/support';
import { composeSample, SEED_TEXT, sampleEnv } from '../layout/sampleLayout';
import { editionWithImages, type ImageSpec, makeTempRoot, writeAssets } from './imagesFixture';
import { darkPixels, readPgm } from './support/pixels';
import { tool, toolBytes } from './support/tools';

let profile: OutputProfile;
let tmp: { dir: string; remove: () => Promise<void> };

const output = (): PdfOutputOptions => ({ pdfx: '4', profile, marks: false, slug: { paper: '测试报', date: '2023-05-15', issue: '7', outputAt: new Date(2024, 0, 2) } });

async function paint(edition: Edition, images: ReadonlyMap<string, PrintImage>, file: string): Promise<string> {
  const layout = await composeSample(edition);
  const env = await sampleEnv(edition);
  const bytes = await paintPdf({ edition, pages: layout.pages, fonts: env.fonts, shaper: env.shaper, title: 'images', date: new Date(Date.UTC(2023, 4, 15)), output: output(), images });
  const path = join(tmp.dir, file);
  await writeFile(path, bytes);
  return path;
}

interface ImageRow {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly color: string;
  readonly enc: string;
  readonly object: number;
  readonly xppi: number;
  readonly yppi: number;
}

/** `pdfimages -list`: page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio. */
async function listImages(pdf: string): Promise<ImageRow[]> {
  const { code, stdout, stderr } = await tool('pdfimages', ['-list', pdf]);
  expect(code, stderr).toBe(0);
  return stdout
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/u))
    .map((c) => ({ page: Number(c[0]), width: Number(c[3]), height: Number(c[4]), color: c[5]!, enc: c[8]!, object: Number(c[10]), xppi: Number(c[12]), yppi: Number(c[13]) }));
}

/**
 * A 300 × 200 CMYK JPEG (with Adobe's marker, as libvips writes it), separated through the output
 * profile from an RGB picture: its left half a strong cyan-blue, its right half a dark grey.
 */
async function cmykJpeg(): Promise<Buffer> {
  const raw = Buffer.alloc(300 * 200 * 3);
  for (let i = 0; i < 300 * 200; i++) raw.set(i % 300 < 150 ? [0, 150, 220] : [70, 70, 70], i * 3);
  const jpeg = await sharp(raw, { raw: { width: 300, height: 200, channels: 3 } }).withIccProfile(join(PROJECT_ROOT, 'resources/color/GalleyNewsprint26.icc'), { attach: false }).jpeg({ quality: 95 }).toBuffer();
  const back = await sharp(jpeg).pipelineColourspace('cmyk').toColourspace('cmyk').raw().toBuffer();
  const [c, m] = [...back.subarray(0, 2)] as [number, number];
  expect(c).toBeGreaterThan(150); // it really is cyan, with little magenta
  expect(m).toBeLessThan(c / 2);
  return jpeg;
}

const gradient = async (width: number, height: number, channels: 1 | 3): Promise<Buffer> => {
  const raw = Buffer.alloc(width * height * channels);
  for (let i = 0; i < width * height; i++) for (let c = 0; c < channels; c++) raw[i * channels + c] = 40 + ((i % width) * 150) / width + c * 20;
  const image = sharp(raw, { raw: { width, height, channels } });
  return (channels === 1 ? image.toColourspace('b-w') : image).png().toBuffer();
};

beforeAll(async () => {
  profile = await loadOutputProfile({ profile: null }, { projectRoot: PROJECT_ROOT });
  tmp = await makeTempRoot();
}, 60_000);

afterAll(async () => {
  await tmp.remove();
});

describe('images in the print PDF', () => {
  const specs: ImageSpec[] = [
    { file: 'photo.png', mime: 'image/png', pixelWidth: 400, pixelHeight: 300, box: { x: 100, y: 100, width: 200, height: 150 } },
    { file: 'grey.png', mime: 'image/png', pixelWidth: 200, pixelHeight: 200, box: { x: 400, y: 100, width: 200, height: 100 }, fit: 'fit' },
    { file: 'cmyk.jpg', mime: 'image/jpeg', pixelWidth: 300, pixelHeight: 200, box: { x: 100, y: 400, width: 150, height: 100 }, fit: 'crop', crop: { offsetX: -50, offsetY: -40, scale: 1 } },
    { file: 'rgb.jpg', mime: 'image/jpeg', pixelWidth: 64, pixelHeight: 48, box: { x: 400, y: 400, width: 128, height: 96 } },
    { file: 'big.png', mime: 'image/png', pixelWidth: 1200, pixelHeight: 600, box: { x: 700, y: 100, width: 72, height: 36 } },
  ];
  let pdf: string;
  let edition: Edition;
  let jpeg: Buffer;

  beforeAll(async () => {
    jpeg = await cmykJpeg();
    const files = {
      'photo.png': await gradient(400, 300, 3),
      'grey.png': await gradient(200, 200, 1),
      'cmyk.jpg': jpeg,
      'rgb.jpg': await sharp(await gradient(64, 48, 3)).jpeg({ quality: 90 }).toBuffer(),
      'big.png': await gradient(1200, 600, 3),
    };
    const written = await writeAssets(editionWithImages(specs), files, tmp.dir);
    edition = written.edition;
    const images = await preparePrintImages({ edition, editionDir: written.dir, pages: edition.pages.map((p) => ({ pageId: p.id })), settings: edition.output, profile });
    pdf = await paint(edition, images, 'images.pdf');
  }, 120_000);

  it('holds only CMYK and grey images, each at the size and resolution it was prepared for (pdfimages -list)', async () => {
    const rows = await listImages(pdf);
    expect(rows).toHaveLength(5);
    expect(rows.filter((r) => r.color === 'rgb')).toEqual([]);
    const bySize = new Map(rows.map((r) => [`${r.width}x${r.height}`, r]));
    expect(bySize.get('400x300')).toMatchObject({ color: 'cmyk', enc: 'image', xppi: 144, yppi: 144 });
    expect(bySize.get('200x200')).toMatchObject({ color: 'gray', enc: 'image', xppi: 144, yppi: 144 }); // fitted into 100 pt
    expect(bySize.get('300x200')).toMatchObject({ color: 'cmyk', enc: 'jpeg', xppi: 72, yppi: 72 });
    expect(bySize.get('64x48')).toMatchObject({ color: 'cmyk', enc: 'jpeg', xppi: 36 });
    expect(bySize.get('300x150')).toMatchObject({ color: 'cmyk', enc: 'image', xppi: 300, yppi: 300 }); // 1200 px on 1 inch → the ceiling
  });

  it('embeds the CMYK JPEG byte for byte (qpdf --raw-stream-data), and it prints cyan, not its negative', async () => {
    const row = (await listImages(pdf)).find((r) => r.enc === 'jpeg' && r.width === 300);
    expect(row).toBeDefined();
    const stream = await toolBytes('qpdf', [`--show-object=${row!.object}`, '--raw-stream-data', pdf]);
    expect(stream.equals(jpeg)).toBe(true);
    // Colour render at 72 dpi; a pixel well inside the frame's cyan half (frame at 100,400; the
    // picture starts 50 pt left of it, so page x 110–200 shows its cyan left half).
    const base = join(tmp.dir, 'colour');
    expect((await tool('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', '-singlefile', pdf, base])).code).toBe(0);
    const ppm = await readFile(`${base}.ppm`);
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/u.exec(ppm.subarray(0, 50).toString('latin1'))!;
    const width = Number(header[1]);
    const px = (x: number, y: number): number[] => {
      const at = header[0].length + (Math.round(y + edition.format.bleed) * width + Math.round(x + edition.format.bleed)) * 3;
      return [...ppm.subarray(at, at + 3)];
    };
    const [r, g, b] = px(150, 450) as [number, number, number];
    expect(g, `rgb ${r} ${g} ${b}`).toBeGreaterThan(100);
    expect(r, `rgb ${r} ${g} ${b}`).toBeLessThan(g - 40);
    expect(r, `rgb ${r} ${g} ${b}`).toBeLessThan(b - 40);
  });

  it('draws each picture on its frame and clips it there (pdftoppm)', async () => {
    const base = join(tmp.dir, 'grey');
    expect((await tool('pdftoppm', ['-gray', '-r', '72', '-f', '1', '-l', '1', '-singlefile', pdf, base])).code).toBe(0);
    const page = await readPgm(`${base}.pgm`);
    const bleed = edition.format.bleed;
    // Page points → whole pixels at 72 dpi (the bleed is a fraction of a point).
    const px = (v: number): number => Math.round(v + bleed);
    const ink = (x0: number, y0: number, x1: number, y1: number): number => darkPixels(page, px(x0), px(y0), px(x1), px(y1), 245);
    const area = (x0: number, y0: number, x1: number, y1: number): number => (px(x1) - px(x0)) * (px(y1) - px(y0));
    // fill: the whole frame is inked.
    expect(ink(102, 102, 298, 248)).toBe(area(102, 102, 298, 248));
    // fit: a 100 × 100 picture centred in a 200 × 100 frame, white either side.
    expect(ink(452, 102, 548, 198)).toBe(area(452, 102, 548, 198));
    expect(ink(400, 100, 448, 200) + ink(552, 100, 600, 200)).toBe(0);
    // crop: the picture spans 50–350 × 360–560 but only the frame 100–250 × 400–500 shows.
    expect(ink(102, 402, 248, 498)).toBe(area(102, 402, 248, 498));
    expect(ink(52, 362, 98, 558) + ink(252, 362, 348, 558) + ink(100, 362, 250, 398) + ink(100, 502, 250, 558)).toBe(0);
    // Nothing anywhere else on the page.
    const total = darkPixels(page, 0, 0, page.width, page.height, 245);
    const frames = specs.reduce((sum, s) => sum + ink(s.box.x - 2, s.box.y - 2, s.box.x + s.box.width + 2, s.box.y + s.box.height + 2), 0);
    expect(total).toBe(frames);
  });

  it('passes qpdf --check', async () => {
    const { code, stdout, stderr } = await tool('qpdf', ['--check', pdf]);
    expect(code, stdout + stderr).toBe(0);
  });
});

describe("the sample edition's photo in the print PDF", () => {
  it('is converted from its generated RGB PNG to CMYK and downsampled to the edition ceiling', async () => {
    const sample = buildSampleEdition({ newId: counterIds(), seedText: SEED_TEXT });
    const dir = join(tmp.dir, 'sample.galley');
    await mkdir(join(dir, 'assets'), { recursive: true });
    for (const asset of sample.assets) await writeFile(join(dir, asset.path), asset.bytes);
    const ceiling = 150;
    const edition: Edition = { ...sample.edition, output: { ...sample.edition.output, imageCeilingPpi: ceiling } };
    const frame = edition.pages[0]!.frames.find((f): f is ImageFrame => f.kind === 'image')!;
    const asset = edition.assets.find((a) => a.id === frame.assetId)!;
    expect((await sharp(join(dir, asset.path)).metadata()).space).toBe('srgb');
    // The photo fills its frame; above 150 ppi it must come down to exactly 150.
    expect((asset.pixelWidth * 72) / frame.width).toBeGreaterThan(ceiling);
    const images = await preparePrintImages({ edition, editionDir: dir, pages: edition.pages.map((p) => ({ pageId: p.id })), settings: edition.output, profile });
    const pdf = await paint(edition, images, 'sample.pdf');
    const rows = await listImages(pdf);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ color: 'cmyk', width: Math.round((frame.width / 72) * ceiling), height: Math.round((frame.height / 72) * ceiling) });
    expect(Math.abs(rows[0]!.xppi - ceiling)).toBeLessThanOrEqual(1);
    expect(Math.abs(rows[0]!.yppi - ceiling)).toBeLessThanOrEqual(1);
  }, 120_000);
});
