// `galley export pdf` as users run it (real `node bin/galley.mjs` processes for the main
// paths; runCli in-process for the usage errors, which cost nothing to set up): the PDFs and
// the log line it writes, flags over the edition's settings, the older `export EDITION` form,
// and preflight errors refusing the export (exit 1, the report on stderr) unless --force.
import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/main/cli/main';
import { EXPORT_LOG_FILE, parseExportLog } from '../../../../src/main/services/export';
import { loadEdition, saveEdition } from '../../../../src/main/services/store';
import type { TextFrame } from '../../../../src/shared/model';
import { sampleFolder, type SampleFolder } from '../export/support/pipelineFixture';
import { capture, galley } from './support';

let sample: SampleFolder;
/** A copy of the sample whose lead story no longer fits: preflight reports it overset (an error). */
let overset: string;

beforeAll(async () => {
  sample = await sampleFolder();
  overset = join(sample.tmp, 'overset.galley');
  await cp(sample.dir, overset, { recursive: true });
  const { edition } = await loadEdition(overset);
  const page = edition.pages[0]!;
  const lead = page.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId !== null)!;
  const frames = page.frames.map((f) => (f.id === lead.id ? { ...f, height: f.height / 3 } : f));
  await saveEdition(overset, { ...edition, pages: [{ ...page, frames }, ...edition.pages.slice(1)] });
}, 60_000);
afterAll(() => sample.dispose());

const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

describe('galley export pdf', () => {
  it('writes the edition and each page, logs the export, and takes --marks and --pdfx over the edition’s settings', async () => {
    const out = join(sample.tmp, 'out-flags');
    const run = await galley(['export', 'pdf', sample.dir, '--out', out, '--per-page', '--marks', '--pdfx', '1a']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([
      expect.stringMatching(new RegExp(`^wrote ${join(out, '20230515_edition.pdf').replaceAll('/', '\\/')} \\(\\d+ KB\\)$`, 'u')),
      expect.stringMatching(new RegExp(`^wrote ${join(out, '20230515_A01.pdf').replaceAll('/', '\\/')} \\(\\d+ KB\\)$`, 'u')),
      `recorded in ${join(out, EXPORT_LOG_FILE)}`,
    ]);
    expect((await readdir(out)).sort()).toEqual(['20230515_A01.pdf', '20230515_edition.pdf', EXPORT_LOG_FILE]);
    const [entry] = parseExportLog(await readFile(join(out, EXPORT_LOG_FILE), 'utf8'));
    expect(entry).toMatchObject({ event: 'exported', options: { pdfx: '1a', marks: true, perPage: true, pages: null }, override: null });
  }, 60_000);

  it('keeps the older form `galley export EDITION --out DIR` as export pdf, printing the same and nothing more', async () => {
    const out = join(sample.tmp, 'out-older');
    const run = await galley(['export', sample.dir, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(lines(run.stdout)).toEqual([expect.stringMatching(/^wrote .*20230515_edition\.pdf \(\d+ KB\)$/u), `recorded in ${join(out, EXPORT_LOG_FILE)}`]);
  }, 60_000);

  it('refuses on preflight errors with the report on stderr and writes nothing; --force exports and says the override is logged', async () => {
    const out = join(sample.tmp, 'out-overset');
    const refused = await galley(['export', 'pdf', overset, '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    // The report as `galley check` prints it, then the refusal.
    expect(lines(refused.stderr)).toEqual([
      expect.stringMatching(/^error +A01 +\S+ +\d+ characters overset: the story “.+” does not fit its frames$/u),
      expect.stringMatching(/^note +A01 +keji-jie-photo\.png +RGB image/u),
      'Preflight: 1 error, 0 warnings, 1 note — export will refuse without an override',
      `error: cannot export ${overset}: preflight found 1 error (listed above); fix them, or export anyway with --force (the override is logged)`,
    ]);
    await expect(readdir(out)).rejects.toMatchObject({ code: 'ENOENT' });

    const forced = await galley(['export', 'pdf', overset, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(lines(forced.stderr).at(-1)).toBe(`warning: exported despite 1 preflight error (--force); the override is recorded in ${join(out, EXPORT_LOG_FILE)}`);
    const [entry] = parseExportLog(await readFile(join(out, EXPORT_LOG_FILE), 'utf8'));
    expect(entry?.override?.errors.map((e) => e.code)).toEqual(['overset']);
    expect(entry?.override?.by.user).toBeTruthy();
  }, 60_000);

  it('prints the report in Chinese with --lang zh-CN', async () => {
    const c = capture(sample.tmp);
    expect(await runCli(['export', 'pdf', overset, '--out', join(sample.tmp, 'out-zh'), '--lang', 'zh-CN'], c.io)).toBe(1);
    expect(c.err[0]).toMatch(/^错误 +A01 .+文字溢出 \d+ 字/u);
    expect(c.err.at(-1)).toMatch(/^错误：无法输出 .*印前检查发现 1 个错误/u);
  }, 60_000);
});

describe('galley export (usage errors)', () => {
  it.each([
    [['export', 'proof', 'X.galley', '--out', 'o'], /galley export proof is not available yet; use: galley export pdf EDITION --out DIR/u],
    [['export', 'epub', 'X.galley', '--out', 'o'], /unknown export kind "epub"/u],
    [['export', 'pdf', '--out', 'o'], /missing EDITION after "pdf"/u],
    [['export', 'pdf', 'X.galley', '--out', 'o', '--pdfx', '2'], /--pdfx must be 4 or 1a, not "2"/u],
    [['export', 'pdf', 'X.galley'], /missing --out DIR/u],
  ])('galley %j exits 2 naming the problem', async (args, message) => {
    const c = capture(sample.tmp);
    expect(await runCli(args, c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(message);
  });
});
