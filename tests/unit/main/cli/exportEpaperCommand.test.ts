// `galley export epaper` as users run it (a real `node bin/galley.mjs` process for the main path;
// runCli in-process for the rest): the bundle, its zip and the log line; --json for scripts;
// preflight refusing unless --force; a folder that is not a bundle refused (exit 1) and left
// alone; options of the other kind refused as usage errors (exit 2).
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/main/cli/main';
import { EXPORT_LOG_FILE, parseExportLog } from '../../../../src/main/services/export';
import { loadEdition, saveEdition } from '../../../../src/main/services/store';
import type { TextFrame } from '../../../../src/shared/model';
import { sampleFolder, type SampleFolder } from '../export/support/pipelineFixture';
import { capture, galley } from './support';

let sample: SampleFolder;
let overset: string;

beforeAll(async () => {
  sample = await sampleFolder();
  overset = join(sample.tmp, 'overset.galley');
  await cp(sample.dir, overset, { recursive: true });
  const { edition } = await loadEdition(overset);
  const page = edition.pages[0]!;
  const lead = page.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId !== null)!;
  await saveEdition(overset, { ...edition, pages: [{ ...page, frames: page.frames.map((f) => (f.id === lead.id ? { ...f, height: f.height / 3 } : f)) }] });
}, 60_000);
afterAll(() => sample.dispose());

const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

describe('galley export epaper', () => {
  it('writes the bundle and its zip beside it, and records the export beside them', async () => {
    const out = join(sample.tmp, 'web', '2023-05-15');
    const run = await galley(['export', 'epaper', sample.dir, '--out', out, '--zip']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([
      expect.stringMatching(new RegExp(`^wrote ${out} \\(\\d+ files, [\\d.]+ MB: 1 page, \\d+ articles\\)$`, 'u')),
      expect.stringMatching(new RegExp(`^wrote ${out}\\.zip \\([\\d.]+ MB\\)$`, 'u')),
      `recorded in ${join(sample.tmp, 'web', EXPORT_LOG_FILE)}`,
    ]);
    expect((await readdir(join(sample.tmp, 'web'))).sort()).toEqual(['2023-05-15', '2023-05-15.zip', EXPORT_LOG_FILE]);
    expect(await readdir(out)).toEqual(expect.arrayContaining(['index.html', 'edition.json', 'articles.json', 'pages', 'pdf', 'articles', 'data', 'reader']));
  }, 120_000);

  it('prints one JSON object with --json, the same in every language', async () => {
    const c = capture(sample.tmp);
    const out = join(sample.tmp, 'web-json', 'bundle');
    expect(await runCli(['export', 'epaper', sample.dir, '--out', out, '--json', '--lang', 'zh-CN'], c.io)).toBe(0);
    const printed = JSON.parse(c.out.join('\n')) as Record<string, unknown>;
    expect(printed).toMatchObject({ bundleDir: out, zipFile: null, zipBytes: null, pages: 1, logFile: join(sample.tmp, 'web-json', EXPORT_LOG_FILE), preflight: { errors: 0 }, overridden: false });
    expect(printed['files']).toBe((await readdir(out, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length);
  }, 120_000);

  it('refuses on preflight errors with the report on stderr and writes nothing; --force exports and logs the override', async () => {
    const out = join(sample.tmp, 'web-overset', 'bundle');
    const refused = capture(sample.tmp);
    expect(await runCli(['export', 'epaper', overset, '--out', out], refused.io)).toBe(1);
    expect(refused.out).toEqual([]);
    expect(refused.err.at(-1)).toBe(`error: cannot export ${overset}: preflight found 1 error (listed above); fix them, or export anyway with --force (the override is logged)`);
    await expect(readdir(join(sample.tmp, 'web-overset'))).rejects.toMatchObject({ code: 'ENOENT' });

    const forced = capture(sample.tmp);
    expect(await runCli(['export', 'epaper', overset, '--out', out, '--force'], forced.io)).toBe(0);
    expect(forced.err.at(-1)).toBe(`warning: exported despite 1 preflight error (--force); the override is recorded in ${join(sample.tmp, 'web-overset', EXPORT_LOG_FILE)}`);
    const [entry] = parseExportLog(await readFile(join(sample.tmp, 'web-overset', EXPORT_LOG_FILE), 'utf8'));
    expect(entry).toMatchObject({ kind: 'epaper', override: { errors: [{ code: 'overset' }] } });
  }, 120_000);

  it('refuses a folder that is not a bundle (exit 1, naming it) and leaves it alone', async () => {
    const out = join(sample.tmp, 'documents');
    await mkdir(out);
    await writeFile(join(out, 'letter.txt'), 'mine');
    const c = capture(sample.tmp);
    expect(await runCli(['export', 'epaper', sample.dir, '--out', out], c.io)).toBe(1);
    expect(c.err).toEqual([expect.stringMatching(new RegExp(`^error: cannot export ${sample.dir}: the out folder ${out} is not empty and holds no earlier Galley e-paper bundle`, 'u'))]);
    expect(await readdir(out)).toEqual(['letter.txt']);
  });
});

describe('galley export epaper (usage errors)', () => {
  it.each([
    [['export', 'epaper', 'X.galley'], /missing --out DIR/u],
    [['export', 'epaper', '--out', 'o'], /missing EDITION after "epaper"/u],
    [['export', 'epaper', 'X.galley', '--out', 'o', '--per-page'], /--per-page is an option of galley export pdf only/u],
    [['export', 'epaper', 'X.galley', '--out', 'o', '--pdfx', '4'], /--pdfx is an option of galley export pdf only/u],
    [['export', 'pdf', 'X.galley', '--out', 'o', '--zip'], /--zip is an option of galley export epaper only/u],
    [['export', 'X.galley', '--out', 'o', '--json'], /--json is an option of galley export epaper only/u],
  ])('galley %j exits 2 naming the problem', async (args, message) => {
    const c = capture(sample.tmp);
    expect(await runCli(args, c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(message);
  });

  it('documents both kinds in galley export --help', async () => {
    const c = capture(sample.tmp);
    expect(await runCli(['export', '--help'], c.io)).toBe(0);
    const help = c.out.join('\n');
    expect(help).toMatch(/galley export pdf EDITION --out DIR/u);
    expect(help).toMatch(/galley export epaper EDITION --out DIR \[--zip\] \[--force\] \[--json\]/u);
    expect(help).toMatch(/--zip +epaper: also write the bundle as DIR\.zip/u);
  });
});
