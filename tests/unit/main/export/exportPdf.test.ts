// `galley export` on the sample edition, checked with tools nobody here wrote (poppler-utils and
// qpdf, installed by .ci/run): every font embedded as a tagged subset with a ToUnicode map,
// the text extracts exactly, the boxes match the format, qpdf finds no damage, and with no
// system fonts at all poppler still draws ink in every text frame (so the embedded fonts draw).
// The sample is composed and exported once for the file.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/main/cli/main';
import { createFontService } from '../../../../src/main/services/fonts';
import { composeEditionWithFonts } from '../../../../src/main/services/layout';
import { loadEdition } from '../../../../src/main/services/store';
import type { EditionLayout } from '../../../../src/shared/layout/output';
import { type Edition, ParagraphStyleIds, paragraphText } from '../../../../src/shared/model';
import { capture, PROJECT_ROOT } from '../cli/support';

const exec = promisify(execFile);
const tool = async (cmd: string, args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string }> =>
  exec(cmd, args, { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });

let tmp: string;
let sample: string;
let out: string;
let edition: Edition;
let layout: EditionLayout;
let pagePdf: string;
let exportMs: number;
let cliOut: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'galley-export-'));
  sample = join(tmp, 'sample.galley');
  out = join(tmp, 'out');
  expect(await runCli(['new', sample, '--sample', '--date', '2023-05-15'], capture(tmp).io)).toBe(0);
  const c = capture(tmp);
  const started = performance.now();
  expect(await runCli(['export', 'pdf', sample, '--out', out, '--per-page'], c.io)).toBe(0);
  exportMs = performance.now() - started;
  cliOut = c.out.join('\n');
  edition = (await loadEdition(sample)).edition;
  layout = await composeEditionWithFonts(edition, { fonts: createFontService({ projectRoot: PROJECT_ROOT }), editionDir: sample });
  pagePdf = join(out, `20230515_${edition.pages[0]!.label}.pdf`);
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const squash = (s: string): string => s.replace(/\s+/gu, '');

describe('galley export', () => {
  it('writes the whole edition and each page, named {date}_{label}.pdf, and leaves no temporary file', async () => {
    const files = (await readdir(out)).sort();
    // …and the export log (galley-export.log), which the pipeline specs cover.
    expect(files).toEqual(['20230515_edition.pdf', ...edition.pages.map((p) => `20230515_${p.label}.pdf`), 'galley-export.log'].sort());
    expect(cliOut).toContain(pagePdf);
    console.info(`export of the sample: ${exportMs.toFixed(0)} ms in-process; page PDF ${(await readFile(pagePdf)).byteLength} bytes`);
  });

  it('embeds every font as a subset with a six-letter tag and a ToUnicode map (pdffonts), no Type 3', async () => {
    const { stdout, stderr } = await tool('pdffonts', [pagePdf]);
    expect(stderr).toBe('');
    const rows = stdout.trim().split('\n').slice(2);
    const faces = new Set(layout.pages.flatMap((p) => p.frames.flatMap((f) => f.columns.flatMap((c) => c.lines.flatMap((l) => l.runs.map((r) => r.fontId)))))).size;
    expect(rows).toHaveLength(faces);
    for (const row of rows) {
      expect(row, row).toMatch(/^[A-Z]{6}\+\S+\s+CID (TrueType|Type 0C)\s+Identity-H\s+yes yes yes\s/u);
      expect(row).not.toMatch(/Type 3/u);
    }
  });

  it('gives back every headline and every placed paragraph exactly (pdftotext, whitespace removed)', async () => {
    const { stdout } = await tool('pdftotext', ['-raw', '-enc', 'UTF-8', pagePdf, '-']);
    const text = squash(stdout);
    const overset = new Set(layout.overset.map((o) => o.storyId));
    const headlines = edition.stories.flatMap((s) => s.paragraphs.filter((p) => p.style === ParagraphStyleIds.headline).map(paragraphText));
    expect(headlines.length).toBeGreaterThan(3);
    for (const h of headlines) expect(text, h).toContain(squash(h));
    let checked = 0;
    for (const story of edition.stories.filter((s) => !overset.has(s.id))) {
      for (const p of story.paragraphs) {
        expect(text, paragraphText(p)).toContain(squash(paragraphText(p)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('sets MediaBox = trim + bleed, BleedBox = MediaBox and TrimBox = the trim inside the bleed (pdfinfo -box)', async () => {
    const { stdout } = await tool('pdfinfo', ['-box', pagePdf]);
    const box = (name: string): number[] => {
      const m = new RegExp(`^${name}:\\s+(.+)$`, 'mu').exec(stdout);
      return (m?.[1] ?? '').trim().split(/\s+/u).map(Number);
    };
    const { trim, bleed } = edition.format;
    const near = (got: number[], want: number[]): void => {
      expect(got).toHaveLength(4);
      got.forEach((v, i) => expect(Math.abs(v - (want[i] ?? NaN)), `${got.join(' ')} vs ${want.join(' ')}`).toBeLessThanOrEqual(0.01));
    };
    near(box('MediaBox'), [0, 0, trim.width + 2 * bleed, trim.height + 2 * bleed]);
    near(box('BleedBox'), [0, 0, trim.width + 2 * bleed, trim.height + 2 * bleed]);
    near(box('TrimBox'), [bleed, bleed, bleed + trim.width, bleed + trim.height]);
  });

  it('passes qpdf --check, for the page and the whole edition', async () => {
    for (const file of [pagePdf, join(out, '20230515_edition.pdf')]) {
      const { stdout } = await tool('qpdf', ['--check', file]);
      expect(stdout).toContain('No syntax or stream encoding errors found');
    }
  });

  it('draws ink in every text frame with no system fonts available (pdftoppm, empty fontconfig)', async () => {
    const fc = join(tmp, 'fonts.conf');
    await writeFile(fc, '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig></fontconfig>\n');
    // Enough for a 六号 glyph (the running head's) to leave dark pixels of its own.
    const dpi = 100;
    const { stderr } = await tool('pdftoppm', ['-r', String(dpi), '-gray', pagePdf, join(tmp, 'render')], { FONTCONFIG_FILE: fc });
    expect(stderr).toBe('');
    const name = (await readdir(tmp)).find((f) => f.startsWith('render') && f.endsWith('.pgm'));
    const pgm = await readFile(join(tmp, name ?? 'missing.pgm'));
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/u.exec(pgm.subarray(0, 40).toString('latin1'));
    expect(header).not.toBeNull();
    const width = Number(header![1]);
    const pixels = pgm.subarray(header![0].length);
    const scale = dpi / 72;
    const bleed = edition.format.bleed;
    const dark = (x0: number, y0: number, x1: number, y1: number): number => {
      let n = 0;
      for (let y = Math.floor((y0 + bleed) * scale); y < Math.ceil((y1 + bleed) * scale); y++) {
        for (let x = Math.floor((x0 + bleed) * scale); x < Math.ceil((x1 + bleed) * scale); x++) if ((pixels[y * width + x] ?? 255) < 128) n++;
      }
      return n;
    };
    let frames = 0;
    for (const frame of layout.pages[0]!.frames) {
      const lines = frame.columns.flatMap((c) => c.lines).filter((l) => l.runs.length > 0);
      if (lines.length === 0) continue;
      // Where the runs are: a centred or end-aligned line starts inside its measure.
      const x0 = Math.min(...lines.flatMap((l) => l.runs.map((r) => r.x)));
      const x1 = Math.max(...lines.flatMap((l) => l.runs.map((r) => r.x + r.advances.reduce((a, b) => a + b, 0))));
      const y0 = Math.min(...lines.map((l) => l.baseline - l.ascent));
      const y1 = Math.max(...lines.map((l) => l.baseline + l.descent));
      const glyphs = lines.reduce((n, l) => n + l.runs.reduce((m, r) => m + r.glyphIds.length, 0), 0);
      expect(dark(x0, y0, x1, y1), `frame ${frame.frameId}`).toBeGreaterThan(glyphs);
      frames++;
    }
    expect(frames).toBeGreaterThan(5);
    // The margin above the running head is paper: the ink is where the layout put it, not everywhere.
    expect(dark(0, 0, edition.format.trim.width, 10)).toBe(0);
  });
});
