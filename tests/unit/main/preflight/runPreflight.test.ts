// runPreflight on the sample edition with the real fonts and files: clean but for the RGB note,
// and the same edition broken on purpose (photo file deleted, a family nobody has, a font whose
// licence forbids embedding, measured ink over the limit), with the layout and print images the
// export pipeline hands in taken as given.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/main/cli/main';
import { loadOutputProfile } from '../../../../src/main/services/color';
import { preparePrintImages } from '../../../../src/main/services/export/images';
import type { PrintImage } from '../../../../src/main/services/export/printTypes';
import { createFontService, DEFAULT_FONT_FILES, type FontService, resolveDefaultFont } from '../../../../src/main/services/fonts';
import { composeEditionWithFonts } from '../../../../src/main/services/layout';
import { runPreflight } from '../../../../src/main/services/preflight';
import { loadEdition } from '../../../../src/main/services/store';
import type { Edition } from '../../../../src/shared/model';
import { frameKey, type PreflightReport } from '../../../../src/shared/preflight';
import { capture, PROJECT_ROOT } from '../cli/support';

let tmp: string;
let fonts: FontService;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'galley-preflight-'));
  fonts = createFontService({ projectRoot: PROJECT_ROOT, systemDirs: [] });
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function sample(name: string): Promise<{ dir: string; edition: Edition }> {
  const dir = join(tmp, name);
  expect(await runCli(['new', dir, '--sample', '--date', '2023-05-15'], capture(tmp).io)).toBe(0);
  return { dir, edition: (await loadEdition(dir)).edition };
}

const codes = (report: PreflightReport) => report.issues.map((i) => `${i.severity}:${i.code}`);
const photoFrame = (edition: Edition) => {
  const page = edition.pages[0]!;
  return { page, frame: page.frames.find((f) => f.kind === 'image')! };
};

describe('runPreflight', () => {
  it('finds the sample edition clean: nothing overset, every glyph there, only the RGB photo noted', async () => {
    const { dir, edition } = await sample('clean.galley');
    const layout = await composeEditionWithFonts(edition, { fonts, editionDir: dir });
    expect([layout.overset.length, layout.missingGlyphs.length]).toEqual([0, 0]);
    const report = await runPreflight({ edition, editionDir: dir, fonts });
    const { page, frame } = photoFrame(edition);
    expect(report).toEqual({
      errors: 0,
      warnings: 0,
      issues: [{ code: 'image-rgb-converted', severity: 'info', pageId: page.id, pageLabel: 'A01', frameId: frame.id, frameName: 'keji-jie-photo.png', params: { path: 'assets/keji-jie-photo.png' } }],
    });
  }, 60_000);

  it('refuses an edition whose photo file was deleted', async () => {
    const { dir, edition } = await sample('nophoto.galley');
    await rm(join(dir, 'assets', 'keji-jie-photo.png'));
    const report = await runPreflight({ edition, editionDir: dir, fonts });
    expect(codes(report)).toEqual(['error:image-missing']);
    expect(report.errors).toBe(1);
  }, 60_000);

  it('reports a family nobody has instead of failing, and says the layout checks were skipped', async () => {
    const { dir, edition } = await sample('nofont.galley');
    const broken: Edition = { ...edition, styles: { ...edition.styles, paragraph: edition.styles.paragraph.map((s) => (s.name === '正文' ? { ...s, font: { ...s.font, cjk: '方正书宋_GBK' } } : s)) } };
    const report = await runPreflight({ edition: broken, editionDir: dir, fonts });
    expect(report.issues.filter((i) => i.code === 'font-missing').map((i) => i.params)).toEqual([{ family: '方正书宋_GBK', weight: 'regular', style: '正文' }]);
    expect(codes(report)).toContain('info:layout-unavailable');
    expect(report.errors).toBe(1);
  }, 60_000);

  it('refuses a font whose OS/2 fsType forbids embedding (an edition copy of Source Serif 4 marked restricted)', async () => {
    const { dir, edition } = await sample('restricted.galley');
    const source = resolveDefaultFont(PROJECT_ROOT, DEFAULT_FONT_FILES.find((f) => f.family === 'Source Serif 4' && f.weight === 'regular')!.specifier)!;
    const bytes = new Uint8Array(await readFile(source));
    setFsType(bytes, 0x0002);
    await mkdir(join(dir, 'fonts'));
    await writeFile(join(dir, 'fonts', 'SourceSerif4-Restricted.otf'), bytes);
    const report = await runPreflight({ edition, editionDir: dir, fonts });
    const issue = report.issues.find((i) => i.code === 'font-not-embeddable');
    expect(issue).toMatchObject({ severity: 'error', pageLabel: 'A01', params: { fsType: 2 } });
    expect(String(issue?.params['family'])).toContain('Source Serif 4');
  }, 60_000);

  it('measures image ink on the print pixels, as export prepares them, when it knows where the profile is', async () => {
    const { dir, edition } = await sample('ink.galley');
    const strict: Edition = { ...edition, output: { ...edition.output, inkLimit: 100 } };
    const profile = await loadOutputProfile(strict.output, { projectRoot: PROJECT_ROOT, editionDir: dir });
    const prepared = await preparePrintImages({ edition: strict, editionDir: dir, pages: strict.pages.map((p) => ({ pageId: p.id })), settings: strict.output, profile });
    const { page, frame } = photoFrame(strict);
    const maxInk = prepared.get(frameKey(page.id, frame.id))!.report.maxInk;
    expect(maxInk).toBeGreaterThan(100);
    const measured = await runPreflight({ edition: strict, editionDir: dir, fonts, projectRoot: PROJECT_ROOT });
    expect(measured.issues.filter((i) => i.code === 'image-ink-over-limit')).toEqual([
      expect.objectContaining({ severity: 'error', frameId: frame.id, params: { ink: Math.ceil(maxInk * 10) / 10, limit: 100 } }),
    ]);
    // Without the project root nothing is prepared, so nothing is measured, and nothing is claimed.
    const unmeasured = await runPreflight({ edition: strict, editionDir: dir, fonts });
    expect(unmeasured.issues.filter((i) => i.code === 'image-ink-over-limit')).toEqual([]);
  }, 60_000);

  it('refuses an output profile that is not one, naming the file', async () => {
    const { dir, edition } = await sample('badprofile.galley');
    await writeFile(join(dir, 'assets', 'plant.icc'), 'not a profile');
    const withProfile: Edition = { ...edition, output: { ...edition.output, profile: { path: 'assets/plant.icc', outputConditionIdentifier: 'Custom', outputCondition: '' } } };
    const report = await runPreflight({ edition: withProfile, editionDir: dir, fonts, projectRoot: PROJECT_ROOT });
    const issue = report.issues.find((i) => i.code === 'profile-unusable');
    expect(issue).toMatchObject({ severity: 'error', pageId: null });
    expect(String(issue?.params['file'])).toBe(join(dir, 'assets', 'plant.icc'));
  }, 60_000);

  it('takes the caller’s layout and print images as given: measured ink over the limit, the colour of the source', async () => {
    const { dir, edition } = await sample('given.galley');
    const layout = await composeEditionWithFonts(edition, { fonts, editionDir: dir });
    const story = edition.stories[0]!;
    const given = { ...layout, overset: [{ storyId: story.id, chars: 12, from: { paragraphId: story.paragraphs[0]!.id, offset: 0 }, lastFrame: null }] };
    const { page, frame } = photoFrame(edition);
    const images = new Map([[frameKey(page.id, frame.id), printImage({ sourceColor: 'cmyk', maxInk: 287.3 })]]);
    const report = await runPreflight({ edition, editionDir: dir, fonts, layout: given, images });
    expect(codes(report).sort()).toEqual(['error:image-ink-over-limit', 'error:overset']);
    expect(report.issues.find((i) => i.code === 'image-ink-over-limit')?.params).toEqual({ ink: 287.3, limit: 240 });
    expect(report.issues.find((i) => i.code === 'overset')?.params).toMatchObject({ zi: 12, storyId: story.id });
  }, 60_000);
});

/** Sets OS/2 fsType in an sfnt (offset 8 of the OS/2 table); nothing checks the table checksum. */
function setFsType(bytes: Uint8Array, fsType: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const rec = 12 + i * 16;
    if (String.fromCharCode(...bytes.subarray(rec, rec + 4)) === 'OS/2') {
      view.setUint16(view.getUint32(rec + 8) + 8, fsType);
      return;
    }
  }
  throw new Error('no OS/2 table');
}

function printImage(report: { sourceColor: 'rgb' | 'cmyk' | 'grey'; maxInk: number }): PrintImage {
  return {
    assetId: 'asset',
    width: 10,
    height: 10,
    colorSpace: 'DeviceCMYK',
    bitsPerComponent: 8,
    filter: 'FlateDecode',
    data: new Uint8Array(),
    report: { ...report, sourcePixelWidth: 10, sourcePixelHeight: 10, passedThrough: false, convertedToCmyk: report.sourceColor === 'rgb', downsampled: false, effectivePpi: 300 },
  };
}
