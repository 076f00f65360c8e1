// RGB → CMYK really goes through the output profile with a colour-management engine: sRGB
// colours come out as Argyll's icclu separates them with the same profile (live where ArgyllCMS
// is installed; otherwise the figures the generator recorded with it), and far from what naive
// 1 − RGB arithmetic would give; and no pixel exceeds the profile's total ink limit.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOutputProfile } from '../../../../src/main/services/color';
import { preparePrintImages } from '../../../../src/main/services/export/images';
import { imageKey, type OutputProfile, type PrintImage } from '../../../../src/main/services/export/printTypes';
import { PROJECT_ROOT } from '../cli/support';
import { editionWithImages, makeTempRoot, writeAssets } from '../export/imagesFixture';

interface Check {
  readonly totalInkLimit: number;
  readonly icclu: Record<string, { rgb: [number, number, number]; cmyk: [number, number, number, number] }>;
}
const CHECK = JSON.parse(readFileSync(join(PROJECT_ROOT, 'scripts/color/GalleyNewsprint26.check.json'), 'utf8')) as Check;
const PROBES = ['red', 'sky', 'skin', 'foliage', 'grey50', 'blue'] as const;
/** Colours where either naive formula is far off (for skin and mid grey, black extraction happens to land close). */
const NOT_NAIVE: ReadonlySet<string> = new Set(['red', 'sky', 'foliage', 'blue']);
const ARGYLL_SRGB = '/usr/share/color/argyll/ref/sRGB.icm';
const argyll = existsSync(ARGYLL_SRGB) && (() => {
  try {
    execFileSync('icclu', [], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return typeof (error as { status?: unknown }).status === 'number'; // it ran and printed its usage
  }
})();

/** icclu: sRGB → Lab (Argyll's sRGB), then the profile's perceptual B2A table → CMYK percent. */
function iccluSeparation(rgb: readonly number[], profile: string): number[] {
  const lab = execFileSync('icclu', ['-v', '0', '-f', 'f', '-i', 'r', '-p', 'l', ARGYLL_SRGB], { input: `${rgb.map((v) => v / 255).join(' ')}\n`, encoding: 'utf8' });
  const cmyk = execFileSync('icclu', ['-v', '0', '-f', 'b', '-i', 'p', '-p', 'l', '-s', '100', profile], { input: lab, encoding: 'utf8' });
  return cmyk.trim().split(/\s+/u).slice(0, 4).map(Number);
}

/** Naive arithmetic: C = 1 − R … with no black, and with black = 1 − max(R, G, B) taken out. */
function naive(rgb: readonly number[]): number[][] {
  const [r, g, b] = rgb.map((v) => v / 255) as [number, number, number];
  const k = 1 - Math.max(r, g, b);
  const under = (v: number): number => (k >= 1 ? 0 : (1 - v - k) / (1 - k));
  return [[1 - r, 1 - g, 1 - b, 0].map((v) => v * 100), [under(r), under(g), under(b), k].map((v) => v * 100)];
}

const samples = (image: PrintImage): Buffer => inflateSync(image.data);
let profile: OutputProfile;
let tmp: { dir: string; remove: () => Promise<void> };

beforeAll(async () => {
  profile = await loadOutputProfile({ profile: null }, { projectRoot: PROJECT_ROOT });
  tmp = await makeTempRoot();
});

afterAll(async () => {
  await tmp.remove();
});

async function prepareRgb(name: string, raw: Buffer, width: number, height: number): Promise<PrintImage> {
  const png = await sharp(raw, { raw: { width, height, channels: 3 } }).png().toBuffer();
  const { edition, dir } = await writeAssets(editionWithImages([{ file: `${name}.png`, mime: 'image/png', pixelWidth: width, pixelHeight: height, box: { x: 0, y: 0, width, height } }]), { [`${name}.png`]: png }, tmp.dir);
  const images = await preparePrintImages({ edition, editionDir: dir, pages: edition.pages.map((p) => ({ pageId: p.id })), settings: edition.output, profile });
  const image = images.get(imageKey(edition.pages[0]!.id, edition.pages[0]!.frames[0]!.id));
  expect(image).toBeDefined();
  return image!;
}

describe('RGB to CMYK through the output profile', () => {
  it(`separates sRGB colours as icclu does with the same profile (${argyll ? 'live icclu' : 'recorded icclu figures: ArgyllCMS is not installed'}), not as 1 − RGB`, async () => {
    const raw = Buffer.from(PROBES.flatMap((p) => CHECK.icclu[p]!.rgb));
    const image = await prepareRgb('probes', raw, PROBES.length, 1);
    expect(image.colorSpace).toBe('DeviceCMYK');
    expect(image.filter).toBe('FlateDecode');
    const data = samples(image);
    expect(data.byteLength).toBe(PROBES.length * 4);
    PROBES.forEach((name, i) => {
      const got = [...data.subarray(i * 4, i * 4 + 4)].map((v) => (v / 255) * 100);
      const reference = argyll ? iccluSeparation(CHECK.icclu[name]!.rgb, join(PROJECT_ROOT, 'resources/color/GalleyNewsprint26.icc')) : CHECK.icclu[name]!.cmyk;
      const off = Math.max(...got.map((v, c) => Math.abs(v - reference[c]!)));
      expect(off, `${name}: ${got.map((v) => v.toFixed(1)).join('/')} vs icclu ${reference.join('/')}`).toBeLessThan(1.5);
      if (NOT_NAIVE.has(name)) for (const n of naive(CHECK.icclu[name]!.rgb)) {
        expect(Math.max(...got.map((v, c) => Math.abs(v - n[c]!))), `${name} is not naive arithmetic`).toBeGreaterThan(8);
      }
    });
  });

  it("keeps every pixel of an sRGB cube within the profile's total ink limit", async () => {
    const steps = 24;
    const px: number[] = [];
    for (let r = 0; r < steps; r++) for (let g = 0; g < steps; g++) for (let b = 0; b < steps; b++) px.push(...[r, g, b].map((v) => Math.round((v * 255) / (steps - 1))));
    const image = await prepareRgb('cube', Buffer.from(px), steps * steps, steps);
    const data = samples(image);
    let max = 0;
    for (let i = 0; i < data.length; i += 4) max = Math.max(max, data[i]! + data[i + 1]! + data[i + 2]! + data[i + 3]!);
    const measured = (max / 255) * 100;
    expect(image.report.maxInk).toBeCloseTo(measured, 1);
    expect(measured).toBeLessThanOrEqual(CHECK.totalInkLimit + 2);
    // The limit is reached (the profile does use the room it has), so the check above means something.
    expect(measured).toBeGreaterThan(CHECK.totalInkLimit - 10);
  });
});
