// The e-paper bundle of the sample, made by the real pipeline: every file the contract lists and
// nothing else, the same bytes twice (edition.json aside, and there only generatedAt), links that
// all stay inside the bundle and reach a file, and a zip that tests intact and holds the same files.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_LOG_FILE, parseExportLog } from '../../../../src/main/services/export';
import { exportEpaperBundle, type EpaperResult, type ExportEpaperOptions } from '../../../../src/main/services/export/epaper';
import { type EpaperEditionRecord, EpaperPaths, type EpaperReaderData } from '../../../../src/shared/epaper';
import { PROJECT_ROOT } from '../cli/support';
import { ACTOR, NOW, type SampleFolder, sampleFolder } from '../export/support/pipelineFixture';
import { fileHashes, linkTargets } from './support/epaperFixture';

let sample: SampleFolder;
let first: EpaperResult;
let second: EpaperResult;

const LATER = new Date(NOW.getTime() + 86_400_000 + 4321);

function options(outDir: string, overrides: Partial<ExportEpaperOptions> = {}): ExportEpaperOptions {
  return { edition: sample.edition, editionDir: sample.dir, fonts: sample.fonts, projectRoot: PROJECT_ROOT, outDir, actor: ACTOR, now: NOW, ...overrides };
}

beforeAll(async () => {
  sample = await sampleFolder();
  first = await exportEpaperBundle(options(join(sample.tmp, 'web', 'first'), { zip: true }));
  // Another day, another folder, the same edition.
  second = await exportEpaperBundle(options(join(sample.tmp, 'web', 'second'), { now: LATER }));
}, 180_000);
afterAll(() => sample.dispose());

const read = (result: EpaperResult, path: string): Promise<Buffer> => readFile(join(result.bundleDir, path));
const readerData = async (result: EpaperResult): Promise<EpaperReaderData> => {
  const script = (await read(result, EpaperPaths.readerData)).toString('utf8');
  const json = /^window\.GALLEY_EPAPER=(.*);\n$/su.exec(script)?.[1];
  if (json === undefined) throw new Error(`data/edition.js is not one assignment: ${script.slice(0, 80)}`);
  return JSON.parse(json) as EpaperReaderData;
};

describe('exportEpaperBundle on the sample', () => {
  it('writes every file the contract lists, and nothing else', async () => {
    const data = await readerData(first);
    const page = data.pages[0]!;
    expect(data.pages.map((p) => p.stem)).toEqual(['A01']);
    expect(data.articles.length).toBeGreaterThan(3);
    const pictures = new Set<string>();
    const articles = JSON.parse((await read(first, EpaperPaths.articlesJson)).toString('utf8')) as Array<{ associations?: Array<{ renditions?: Array<{ href: string }> }> }>;
    for (const record of articles) for (const picture of record.associations ?? []) for (const r of picture.renditions ?? []) pictures.add(r.href);
    const expected = [
      EpaperPaths.index,
      EpaperPaths.editionJson,
      EpaperPaths.articlesJson,
      EpaperPaths.readerData,
      EpaperPaths.searchData,
      EpaperPaths.readerScript,
      EpaperPaths.readerStyle,
      EpaperPaths.editionPdf,
      EpaperPaths.pagePdf('A01'),
      EpaperPaths.pageImage('A01'),
      EpaperPaths.pageThumb('A01'),
      ...data.articles.map((a) => EpaperPaths.article(a.id)),
      ...pictures,
    ].sort();
    const files = [...(await fileHashes(first.bundleDir)).keys()];
    expect(files).toEqual(expected);
    expect(files.filter((f) => f.startsWith('images/'))).toHaveLength(1);
    expect(first.files).toBe(files.length);
    // What the records say is what is there.
    expect(page.image.bytes).toBe((await read(first, page.image.src)).byteLength);
    expect(page.thumb.bytes).toBe((await read(first, page.thumb.src)).byteLength);
    expect([...(await read(first, page.image.src)).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    for (const pdf of [EpaperPaths.editionPdf, page.pdf]) expect((await read(first, pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(page.hotspots.length).toBe(page.articleIds.length);
  });

  it('gives the same bytes twice, apart from generatedAt in edition.json', async () => {
    const a = await fileHashes(first.bundleDir);
    const b = await fileHashes(second.bundleDir);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path);
    expect(differing).toEqual([EpaperPaths.editionJson]);
    const records = await Promise.all([first, second].map(async (r) => JSON.parse((await read(r, EpaperPaths.editionJson)).toString('utf8')) as EpaperEditionRecord));
    expect(records.map((r) => r.generatedAt)).toEqual([NOW.toISOString(), LATER.toISOString()]);
    const [one, two] = await Promise.all([first, second].map(async (r) => (await read(r, EpaperPaths.editionJson)).toString('utf8')));
    expect(one!.replace(NOW.toISOString(), 'T')).toBe(two!.replace(LATER.toISOString(), 'T'));
  });

  it('dates the PDFs with the edition’s date, not the clock', async () => {
    const info = spawnSync('pdfinfo', ['-isodates', join(first.bundleDir, EpaperPaths.editionPdf)], { encoding: 'utf8' });
    expect(info.status, info.stderr).toBe(0);
    expect(info.stdout).toMatch(/^CreationDate:\s+2023-05-14T16:00:00Z$/mu);
    expect(info.stdout).toMatch(/^Pages:\s+1$/mu);
  });

  it('links only to files inside the bundle, relatively, from index.html and every article page', async () => {
    const files = new Set((await fileHashes(first.bundleDir)).keys());
    const data = await readerData(first);
    const pages = [EpaperPaths.index, ...data.articles.map((a) => a.href)];
    let checked = 0;
    for (const page of pages) {
      const html = (await read(first, page)).toString('utf8');
      for (const raw of linkTargets(html)) {
        const target = raw.replaceAll('&amp;', '&');
        // Inline data (a favicon) is part of the page itself: no request, inside or out.
        if (target.startsWith('data:')) continue;
        expect(target, `${page}: ${target}`).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:|\/)/iu);
        const path = target.replace(/[#?].*$/u, '');
        if (path === '') continue;
        const resolved = posix.normalize(posix.join(posix.dirname(page), decodeURI(path)));
        expect(resolved.startsWith('../'), `${page}: ${target} leaves the bundle`).toBe(false);
        expect(files.has(resolved), `${page}: ${target} → ${resolved} is not in the bundle`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(pages.length);
    // The records' paths too (the reader script builds its links from them).
    for (const p of data.pages) for (const path of [p.image.src, p.thumb.src, p.pdf]) expect(files.has(path), path).toBe(true);
    expect(files.has(data.pdf)).toBe(true);
  });

  it('writes DIR.zip beside the folder, which tests intact and holds exactly the bundle’s files', async () => {
    expect(first.zipFile).toBe(`${first.bundleDir}.zip`);
    expect(second.zipFile).toBeNull();
    const test = spawnSync('unzip', ['-t', first.zipFile!], { encoding: 'utf8' });
    expect(test.status, test.stdout + test.stderr).toBe(0);
    const script = 'import zipfile,sys,hashlib,json;z=zipfile.ZipFile(sys.argv[1]);print(json.dumps({i.filename:hashlib.sha256(z.read(i)).hexdigest() for i in z.infolist()}))';
    const listed = spawnSync('python3', ['-c', script, first.zipFile!], { encoding: 'utf8' });
    expect(listed.status, listed.stderr).toBe(0);
    expect(new Map(Object.entries(JSON.parse(listed.stdout) as Record<string, string>))).toEqual(await fileHashes(first.bundleDir));
  });

  it('logs each export beside the bundle folders, with every file’s hash, and not inside a bundle', async () => {
    expect(first.logFile).toBe(join(dirname(first.bundleDir), EXPORT_LOG_FILE));
    const entries = parseExportLog(await readFile(first.logFile, 'utf8'));
    expect(entries.map((e) => [e.event, e.kind, e.epaper?.bundle, e.epaper?.zip])).toEqual([
      ['exported', 'epaper', 'first', 'first.zip'],
      ['exported', 'epaper', 'second', null],
    ]);
    const hashes = await fileHashes(first.bundleDir);
    expect(entries[0]!.files?.filter((f) => f.name.startsWith('first/')).map((f) => [f.name.slice('first/'.length), f.sha256])).toEqual([...hashes]);
    expect(hashes.has(EXPORT_LOG_FILE)).toBe(false);
  });
});
