// What an e-paper export leaves behind when it cannot finish: refused by preflight (nothing
// written, not even the folder) unless overridden (and then logged); a folder that is not a
// bundle refused before any work and left untouched; a stage failing part-way leaving the
// earlier bundle (and its zip, and the log) exactly as they were; progress in pipeline order.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_LOG_FILE, type ExportProgress, ExportRefused, type ExportStages, parseExportLog } from '../../../../src/main/services/export';
import { epaperSteps, exportEpaperBundle, type EpaperStages, type ExportEpaperOptions } from '../../../../src/main/services/export/epaper';
import { EXPORT_PHASES } from '../../../../src/shared/export-api';
import { PROJECT_ROOT } from '../cli/support';
import { ACTOR, issue, NOW, recordingStages, report, type SampleFolder, sampleFolder, threePages } from '../export/support/pipelineFixture';
import { fileHashes, realEpaperStages, standInEpaperStages } from './support/epaperFixture';
import { realStages } from '../export/support/pipelineFixture';

let sample: SampleFolder;
let outCount = 0;

beforeAll(async () => {
  sample = await sampleFolder();
}, 60_000);
afterAll(() => sample.dispose());

/** A fresh parent folder per spec, so each has its own log beside its bundle. */
function options(overrides: Partial<ExportEpaperOptions> = {}): ExportEpaperOptions {
  return {
    edition: sample.edition,
    editionDir: sample.dir,
    fonts: sample.fonts,
    projectRoot: PROJECT_ROOT,
    outDir: join(sample.tmp, `web-${++outCount}`, 'bundle'),
    actor: ACTOR,
    now: NOW,
    stages: recordingStages().stages,
    epaperStages: standInEpaperStages(),
    ...overrides,
  };
}

const overset = (pageId: string) => issue({ code: 'overset', severity: 'error', pageId, pageLabel: 'A01', frameId: 'frame-x', frameName: '头条', params: { zi: 412, storyId: 's', slug: '头条' } });

describe('exportEpaperBundle and preflight', () => {
  it('refuses on preflight errors with the report, and writes nothing, not even the folder', async () => {
    const withError = report([overset(sample.edition.pages[0]!.id)]);
    const { stages, paints } = recordingStages({ report: withError });
    const o = options({ stages });
    const refusal = await exportEpaperBundle(o).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(ExportRefused);
    expect((refusal as ExportRefused).report).toEqual(withError);
    expect(paints).toEqual([]);
    await expect(readdir(join(o.outDir, '..'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('exports with an override and records who overrode which errors beside the bundle', async () => {
    const { stages } = recordingStages({ report: report([overset(sample.edition.pages[0]!.id)]) });
    const o = options({ stages, override: true, id: 'job-e7' });
    const result = await exportEpaperBundle(o);
    expect(result.overridden).toBe(true);
    expect(result.logFile).toBe(join(o.outDir, '..', EXPORT_LOG_FILE));
    const [entry, ...rest] = parseExportLog(await readFile(result.logFile, 'utf8'));
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ event: 'exported', kind: 'epaper', id: 'job-e7', by: ACTOR, override: { by: ACTOR, at: NOW.toISOString(), errors: [{ code: 'overset' }] }, preflight: { errors: 1 } });
  });
});

describe('exportEpaperBundle and the out folder', () => {
  it('refuses a folder holding other files before any work, and leaves it untouched', async () => {
    const o = options();
    await mkdir(o.outDir, { recursive: true });
    await writeFile(join(o.outDir, 'notes.txt'), 'not a bundle');
    const { stages, paints } = recordingStages();
    const events: ExportProgress[] = [];
    await expect(exportEpaperBundle({ ...o, stages, onProgress: (p) => events.push(p) })).rejects.toThrow(new RegExp(`the out folder ${o.outDir} is not empty`, 'u'));
    expect(events).toEqual([]);
    expect(paints).toEqual([]);
    expect([...(await fileHashes(join(o.outDir, '..'))).keys()]).toEqual(['bundle/notes.txt']);
  });

  it('replaces an earlier bundle whole, and its zip', async () => {
    const o = options({ zip: true });
    await exportEpaperBundle(o);
    await writeFile(join(o.outDir, 'stale.html'), 'left from before');
    // The stale file does not make it someone else's folder: edition.json still says Galley.
    const again = await exportEpaperBundle(o);
    const files = await fileHashes(o.outDir);
    expect(files.has('stale.html')).toBe(false);
    expect(again.files).toBe(files.size);
    expect((await readdir(join(o.outDir, '..'))).sort()).toEqual(['bundle', 'bundle.zip', EXPORT_LOG_FILE]);
  });
});

describe('exportEpaperBundle failing part-way', () => {
  async function failingAfterEarlier(fail: { stages?: ExportStages; epaperStages?: EpaperStages }, message: RegExp): Promise<void> {
    const o = options({ zip: true });
    await exportEpaperBundle(o);
    const parent = join(o.outDir, '..');
    const before = await fileHashes(parent);
    await expect(exportEpaperBundle({ ...o, ...fail })).rejects.toThrow(message);
    // The earlier bundle, its zip and the log, byte for byte; no staging folder or temporary zip.
    expect(await fileHashes(parent)).toEqual(before);
    expect((await readdir(parent)).sort()).toEqual(['bundle', 'bundle.zip', EXPORT_LOG_FILE]);
  }

  it('leaves the earlier bundle when a page image fails', async () => {
    let calls = 0;
    const epaperStages = standInEpaperStages({
      renderPageImages: async (request) => {
        if (++calls === 1) throw new Error('page image failed (test)');
        return standInEpaperStages().renderPageImages(request);
      },
    });
    await failingAfterEarlier({ epaperStages }, /page image failed \(test\)/u);
  });

  it('leaves the earlier bundle when painting the second PDF fails', async () => {
    await failingAfterEarlier({ stages: recordingStages({ failOnPaint: 2 }).stages }, /paint 2 failed \(test\)/u);
  });

  it('leaves the earlier bundle when an article page fails, after every image was made', async () => {
    const epaperStages = standInEpaperStages({
      renderArticleHtml: () => {
        throw new Error('article page failed (test)');
      },
    });
    await failingAfterEarlier({ epaperStages }, /article page failed \(test\)/u);
  });
});

describe('exportEpaperBundle progress', () => {
  it('reports the phases in pipeline order, steps that only go up, and done = total at the end', async () => {
    const edition = threePages(sample.edition);
    const events: ExportProgress[] = [];
    await exportEpaperBundle(options({ edition, zip: true, override: true, onProgress: (p) => events.push(p) }));
    const total = epaperSteps(3, true);
    // compose, images, preflight; 4 PDFs; 3 page images; articles; staging; zip; the commit.
    expect(total).toBe(3 + 4 + 3 + 1 + 1 + 1 + 1);
    expect(events.every((e) => e.total === total)).toBe(true);
    for (let i = 1; i < events.length; i++) {
      expect(events[i]!.done, `event ${i}`).toBeGreaterThanOrEqual(events[i - 1]!.done);
      expect(EXPORT_PHASES.indexOf(events[i]!.phase), `event ${i}`).toBeGreaterThanOrEqual(EXPORT_PHASES.indexOf(events[i - 1]!.phase));
    }
    expect([...new Set(events.map((e) => e.phase))]).toEqual(['compose', 'images', 'preflight', 'fonts', 'paint', 'pages', 'articles', 'write', 'zip', 'done']);
    expect(events.filter((e) => e.phase === 'pages' && e.detail !== undefined).map((e) => e.detail)).toEqual(['A01', 'A01', 'A02', 'A02', 'A03', 'A03']);
    expect(events.at(-1)).toEqual({ phase: 'done', done: total, total });
    expect(events.filter((e) => e.done === total)).toHaveLength(1);
  });
});

describe('exportEpaperBundle and a missing photo', () => {
  it('is refused by preflight; overridden, the page shows an empty frame and the article goes without its photo', async () => {
    const dir = join(sample.tmp, 'no-photo.galley');
    await cp(sample.dir, dir, { recursive: true });
    const asset = sample.edition.assets[0]!;
    await rm(join(dir, asset.path));
    const o = options({ editionDir: dir, stages: realStages(), epaperStages: realEpaperStages() });
    await expect(exportEpaperBundle(o)).rejects.toBeInstanceOf(ExportRefused);
    const result = await exportEpaperBundle({ ...o, override: true });
    expect(result.overridden).toBe(true);
    const files = [...(await fileHashes(o.outDir)).keys()];
    expect(files.filter((f) => f.startsWith('images/'))).toEqual([]);
    expect(files).toContain('pages/A01.jpg');
    const articles = await readFile(join(o.outDir, 'articles.json'), 'utf8');
    expect(articles).not.toContain(asset.id + '.jpg');
  }, 60_000);
});
