// The PDF painter's font parts on their own: subset tags, ToUnicode text from clusters, hb-subset
// failures that name the font, one subset per face for a whole multi-page document, the CFF
// charset reading, file names, and the CLI's refusals.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/main/cli/main';
import { exportFileName } from '../../../../src/main/services/export';
import { FontSubsetError, paintPdf, subsetFont, subsetTag } from '../../../../src/main/services/export/pdf';
import { bareCff, cffCids } from '../../../../src/main/services/export/pdf/fontTables';
import { runGlyphTexts } from '../../../../src/main/services/export/pdf/glyphUsage';
import { toUnicodeCmap } from '../../../../src/main/services/export/pdf/toUnicode';
import { resolveDefaultFont } from '../../../../src/main/services/fonts';
import type { FontId } from '../../../../src/shared/layout/fonts';
import type { GlyphRun } from '../../../../src/shared/layout/output';
import { composeSample, sampleEdition, sampleEnv } from '../layout/sampleLayout';
import { capture, PROJECT_ROOT } from '../cli/support';
import { testOutput } from './pdfxFixture';

const exec = promisify(execFile);
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'galley-pdf-fonts-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const FONT_ID = `sha256:${'a'.repeat(64)}#0` as FontId;

describe('subsetTag', () => {
  it('is six capitals, the same for the same glyphs and different for others', () => {
    const tag = subsetTag(FONT_ID, [0, 5, 9]);
    expect(tag).toMatch(/^[A-Z]{6}$/u);
    expect(subsetTag(FONT_ID, [0, 5, 9])).toBe(tag);
    expect(subsetTag(FONT_ID, [0, 5, 10])).not.toBe(tag);
  });
});

describe('runGlyphTexts', () => {
  const run = (clusters: number[], start: number, end: number): GlyphRun => ({
    fontId: FONT_ID, size: 10, x: 0, y: 0, glyphIds: clusters.map((_, i) => i + 1), advances: clusters.map(() => 5), dx: clusters.map(() => 0), dy: clusters.map(() => 0),
    clusters, source: { storyId: 's', paragraphId: 'p', start, end }, emphasisDots: false,
  });
  it('gives a ligature all its letters and a second glyph of a cluster nothing', () => {
    // "office": o, ffi ligature (cluster 1..3), c, e; then a cluster of two glyphs at 6.
    expect(runGlyphTexts(run([0, 1, 4, 5], 0, 6), 'office')).toEqual(['o', 'ffi', 'c', 'e']);
    expect(runGlyphTexts(run([2, 2, 3], 2, 4), 'ab中文')).toEqual(['中', '', '文']);
  });
});

describe('toUnicodeCmap', () => {
  it('maps CIDs to UTF-16BE, astral characters as surrogate pairs, in blocks of at most 100', () => {
    const map = new Map<number, string>([[3, '中'], [0x1234, 'fi'], [7, '𠀀']]);
    for (let i = 0; i < 150; i++) map.set(1000 + i, 'a');
    const cmap = toUnicodeCmap(map);
    expect(cmap).toContain('<0003> <4E2D>');
    expect(cmap).toContain('<1234> <00660069>');
    expect(cmap).toContain('<0007> <D840DC00>');
    expect(cmap.match(/beginbfchar/gu)).toHaveLength(2);
    expect(cmap).toContain('100 beginbfchar');
  });
});

describe('subsetFont', () => {
  it('names the font when hb-subset returns NULL', async () => {
    const junk = new Uint8Array(4096).fill(7);
    await expect(subsetFont(junk, 0, [1, 2], 'Broken Font (Broken-Regular)')).rejects.toThrow(FontSubsetError);
    await expect(subsetFont(junk, 0, [1, 2], 'Broken Font (Broken-Regular)')).rejects.toThrow(/Broken Font \(Broken-Regular\)/u);
  });

  it('keeps a name-keyed CFF name-keyed, so its CIDs are the compacted glyph ids', async () => {
    const file = resolveDefaultFont(PROJECT_ROOT, 'source-serif/OTF/SourceSerif4-Regular.otf');
    const subset = await subsetFont(await readFile(file!), 0, [36, 37, 400], 'Source Serif 4');
    expect(cffCids(bareCff(subset), 4)).toEqual({ cidKeyed: false, cids: [0, 1, 2, 3] });
  });
});

describe('paintPdf', () => {
  it('embeds one subset per face for a whole document, however many pages use it', async () => {
    const edition = sampleEdition();
    const layout = await composeSample(edition);
    const env = await sampleEnv(edition);
    const page = layout.pages[0]!;
    const three = await paintPdf({ edition, pages: [page, page, page], fonts: env.fonts, shaper: env.shaper, title: 't', date: new Date(0), output: testOutput() });
    const file = join(tmp, 'three.pdf');
    await writeFile(file, three);
    const { stdout } = await exec('pdffonts', [file]);
    const names = stdout.trim().split('\n').slice(2).map((r) => r.split(/\s+/u)[0]);
    const faces = new Set(page.frames.flatMap((f) => f.columns.flatMap((c) => c.lines.flatMap((l) => l.runs.map((r) => r.fontId)))));
    expect(names).toHaveLength(faces.size);
    expect(new Set(names).size).toBe(faces.size);
    expect((await exec('pdfinfo', [file])).stdout).toMatch(/^Pages:\s+3$/mu);
  }, 60_000);
});

describe('exportFileName', () => {
  it('fills the pattern and refuses one that makes a path', () => {
    expect(exportFileName('{date}_{label}.pdf', { date: '20230515', label: 'A01', paper: 'x', issue: '' })).toBe('20230515_A01.pdf');
    expect(exportFileName('{paper}-{label}.pdf', { date: '', label: 'A/1', paper: '今日市中', issue: '' })).toBe('今日市中-A-1.pdf');
    expect(() => exportFileName('../{label}.pdf', { date: '', label: 'A01', paper: '', issue: '' })).toThrow(/plain file name/u);
  });
});

describe('galley export (refusals)', () => {
  it('names the missing page label and writes nothing', async () => {
    const sample = join(tmp, 'sample.galley');
    expect(await runCli(['new', sample, '--sample', '--date', '2023-05-15'], capture(tmp).io)).toBe(0);
    const c = capture(tmp);
    const out = join(tmp, 'none');
    expect(await runCli(['export', sample, '--out', out, '--pages', 'Z99'], c.io)).toBe(1);
    expect(c.err.join('\n')).toMatch(/no page "Z99".*A01/u);
    await expect(readdir(out)).rejects.toThrow();
    const usage = capture(tmp);
    expect(await runCli(['export', sample], usage.io)).toBe(2);
    expect(usage.err.join('\n')).toContain('--out');
  }, 60_000);
});

