// The host API's exportEpaper (File → Export e-paper): payloads that break the contract and out
// folders only the edition can judge are refused at once as invalid-request; a started export
// runs as a job that exportStatus follows to done, with the bundle folder and its zip; a refusal
// by preflight and a failure are reported as the print export's are, and the jobs are one at a time.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExportStages } from '../../../../src/main/services/export';
import type { EpaperStages } from '../../../../src/main/services/export/epaper';
import { dispatchHostCall } from '../../../../src/main/services/hostDispatch';
import { createHostHandlers, type EditionSession, openEditionSession } from '../../../../src/main/services/session';
import type { ExportStatus } from '../../../../src/shared/export-api';
import { HostApi, type HostResult } from '../../../../src/shared/host-api';
import { manualTimers } from '../../../fixtures/store/manualTimers';
import { PROJECT_ROOT } from '../cli/support';
import { standInEpaperStages } from '../epaper/support/epaperFixture';
import { ACTOR, issue, recordingStages, report, type SampleFolder, sampleFolder } from '../export/support/pipelineFixture';

let sample: SampleFolder;
let session: EditionSession;
let outCount = 0;
const logged: unknown[] = [];

beforeAll(async () => {
  sample = await sampleFolder();
}, 60_000);
afterAll(() => sample.dispose());
beforeEach(async () => {
  const timers = manualTimers();
  session = await openEditionSession(sample.dir, { owner: { ...ACTOR, pid: process.pid }, setTimer: timers.setTimer, clearTimer: timers.clearTimer });
  logged.length = 0;
});
afterEach(() => session.close());

const outDir = (): string => path.join(sample.tmp, `web-${++outCount}`, 'bundle');
const good = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({ outDir: outDir(), zip: false, override: false, ...overrides });

function handlers(stages: ExportStages = recordingStages().stages, epaperStages: EpaperStages = standInEpaperStages()) {
  return createHostHandlers(session, 'electron', '1.2.3', sample.fonts, { projectRoot: PROJECT_ROOT, actor: ACTOR, stages, epaperStages, log: (e) => logged.push(e) });
}

function valueOf(result: HostResult<unknown>): unknown {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function settle(poll: () => Promise<HostResult<unknown>>): Promise<ExportStatus[]> {
  const seen: ExportStatus[] = [];
  for (let i = 0; i < 600; i++) {
    const status = HostApi.exportStatus.res.parse(valueOf(await poll()));
    seen.push(status);
    if (status.state !== 'running') return seen;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the export did not finish');
}

describe('exportEpaper at the boundary', () => {
  it.each([
    ['no outDir', { zip: false, override: false }, 'outDir'],
    ['no zip', { outDir: '/tmp/x', override: false }, 'zip'],
    ['zip as a string', { outDir: '/tmp/x', zip: 'yes', override: false }, 'zip'],
    ['a key the contract does not have', { outDir: '/tmp/x', zip: false, override: false, perPage: true }, 'perPage'],
  ])('refuses %s as invalid-request, naming the field', async (_, payload, field) => {
    const result = await dispatchHostCall(handlers(), 'exportEpaper', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toContain(field);
  });

  it('refuses at once a relative folder, one inside the edition, one holding other files, and a zip that is not ours', async () => {
    const full = outDir();
    await mkdir(full, { recursive: true });
    await writeFile(path.join(full, 'notes.txt'), 'mine');
    const zipped = outDir();
    await mkdir(path.dirname(zipped), { recursive: true });
    await writeFile(`${zipped}.zip`, 'not a zip');
    // Each with the reason the window words in its language (EXPORT_REFUSALS).
    for (const [payload, message, reason] of [
      [good({ outDir: 'web/bundle' }), /absolute/u, { key: 'export.refused.outDirRelative', params: { path: 'web/bundle' } }],
      [good({ outDir: path.join(sample.dir, 'web') }), /inside the edition/u, { key: 'export.refused.outDirInsideEdition', params: { path: path.join(sample.dir, 'web'), edition: sample.dir } }],
      [good({ outDir: full }), new RegExp(`${full} is not empty`, 'u'), { key: 'export.refused.outDirNotEmpty', params: { path: full } }],
      [good({ outDir: zipped, zip: true }), /is not a zip of an earlier Galley e-paper bundle/u, { key: 'export.refused.zipNotABundle', params: { path: `${zipped}.zip` } }],
    ] as const) {
      const result = await dispatchHostCall(handlers(), 'exportEpaper', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', reason } });
      expect(!result.ok && result.error.message).toMatch(message);
    }
    expect(await readdir(full)).toEqual(['notes.txt']);
  });
});

describe('exportEpaper and exportStatus', () => {
  it('runs in the background, reports progress to done, and answers the bundle folder and the zip', async () => {
    const h = handlers();
    const out = outDir();
    const { jobId } = HostApi.exportEpaper.res.parse(valueOf(await dispatchHostCall(h, 'exportEpaper', good({ outDir: out, zip: true }))));
    const seen = await settle(() => dispatchHostCall(h, 'exportStatus', { jobId }));
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ jobId, state: 'done', phase: 'done', bundleDir: out, zipFile: `${out}.zip`, logFile: path.join(path.dirname(out), 'galley-export.log'), report: { errors: 0 } });
    expect(last.files).toBeUndefined();
    expect(last.done).toBe(last.total);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.done).toBeGreaterThanOrEqual(seen[i - 1]!.done);
    expect((await readdir(path.dirname(out))).sort()).toEqual(['bundle', 'bundle.zip', 'galley-export.log']);
    expect(await readdir(out)).toContain('index.html');
  });

  it('reports a refusal with the preflight report, and exports when overridden', async () => {
    const errors = report([issue({ code: 'broken-thread', severity: 'error', pageId: session.edition.pages[0]!.id, pageLabel: 'A01', params: { detail: 'missing-next' } })]);
    const h = handlers(recordingStages({ report: errors }).stages);
    const refused = HostApi.exportEpaper.res.parse(valueOf(await dispatchHostCall(h, 'exportEpaper', good())));
    const last = (await settle(() => dispatchHostCall(h, 'exportStatus', refused))).at(-1)!;
    expect(last).toMatchObject({ state: 'refused', report: errors });
    expect(last.error).toMatch(/preflight found 1 error/u);
    const overridden = HostApi.exportEpaper.res.parse(valueOf(await dispatchHostCall(h, 'exportEpaper', good({ override: true }))));
    expect((await settle(() => dispatchHostCall(h, 'exportStatus', overridden))).at(-1)).toMatchObject({ state: 'done', report: errors });
  });

  it('reports a failure with its message, and refuses a second export (either kind) while one runs', async () => {
    let release = (): void => {};
    const gate = new Promise<void>((r) => (release = r));
    const h = handlers(recordingStages().stages, standInEpaperStages({ renderPageImages: async () => gate.then(() => Promise.reject(new Error('the rasteriser fell over'))) }));
    const { jobId } = HostApi.exportEpaper.res.parse(valueOf(await dispatchHostCall(h, 'exportEpaper', good())));
    expect(await dispatchHostCall(h, 'exportEpaper', good())).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatchHostCall(h, 'exportPdf', { outDir: outDir(), perPage: false, marks: false, pdfx: '4', override: false })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    release();
    const last = (await settle(() => dispatchHostCall(h, 'exportStatus', { jobId }))).at(-1)!;
    expect(last).toMatchObject({ state: 'failed', error: 'the rasteriser fell over' });
    expect(logged).toEqual([new Error('the rasteriser fell over')]);
  });
});
