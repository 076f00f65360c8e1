// The export's progress: the phases come in pipeline order, the count of steps never goes back
// and reaches the total exactly at the end, and between steps the pipeline lets the event loop
// turn (so the Electron main process keeps answering the window during an export).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportEditionPdfs, type ExportProgress, preflightEdition } from '../../../../src/main/services/export';
import { EXPORT_PHASES } from '../../../../src/shared/export-api';
import { PROJECT_ROOT } from '../cli/support';
import { ACTOR, NOW, recordingStages, realStages, type SampleFolder, sampleFolder, threePages } from './support/pipelineFixture';

let sample: SampleFolder;

beforeAll(async () => {
  sample = await sampleFolder();
}, 60_000);
afterAll(() => sample.dispose());

/** Counts turns of the event loop (one per setImmediate round) while `run` runs. */
async function withLoopTurns<T>(run: (turns: () => number) => Promise<T>): Promise<T> {
  let turns = 0;
  let handle: NodeJS.Immediate = setImmediate(function tick() {
    turns++;
    handle = setImmediate(tick);
  });
  try {
    return await run(() => turns);
  } finally {
    clearImmediate(handle);
  }
}

describe('exportEditionPdfs progress', () => {
  it('reports phases in pipeline order and steps that only go up, to done = total at the end', async () => {
    const events: ExportProgress[] = [];
    const edition = threePages(sample.edition);
    const result = await exportEditionPdfs({
      edition,
      editionDir: sample.dir,
      fonts: sample.fonts,
      projectRoot: PROJECT_ROOT,
      outDir: join(sample.tmp, 'out-order'),
      perPage: true,
      // The three-page edition is not clean (its long lead story runs over); not the point here.
      override: true,
      actor: ACTOR,
      now: NOW,
      stages: realStages(),
      onProgress: (p) => events.push(p),
    });
    expect(result.files).toHaveLength(4);
    const total = events[0]!.total;
    // compose, images, preflight; four documents painted, four files staged, and the commit.
    expect(total).toBe(3 + 4 + 4 + 1);
    expect(events.every((e) => e.total === total)).toBe(true);
    for (let i = 1; i < events.length; i++) {
      expect(events[i]!.done, `event ${i}`).toBeGreaterThanOrEqual(events[i - 1]!.done);
      expect(EXPORT_PHASES.indexOf(events[i]!.phase), `event ${i}`).toBeGreaterThanOrEqual(EXPORT_PHASES.indexOf(events[i - 1]!.phase));
    }
    expect([...new Set(events.map((e) => e.phase))]).toEqual(['compose', 'images', 'preflight', 'fonts', 'paint', 'write', 'done']);
    expect(events.filter((e) => e.phase === 'paint' && e.detail !== undefined).map((e) => e.detail)).toEqual(expect.arrayContaining(['A01', 'A02', 'A03']));
    expect(events.at(-1)).toEqual({ phase: 'done', done: total, total });
    expect(events.slice(0, -1).every((e) => e.done < total)).toBe(true);
  }, 60_000);

  it('lets the event loop turn after every step', async () => {
    const { stages } = recordingStages();
    const seen: Array<{ event: ExportProgress; turns: number }> = [];
    await withLoopTurns((turns) =>
      exportEditionPdfs({
        edition: threePages(sample.edition),
        editionDir: sample.dir,
        fonts: sample.fonts,
        projectRoot: PROJECT_ROOT,
        outDir: join(sample.tmp, 'out-turns'),
        perPage: true,
        actor: ACTOR,
        now: NOW,
        stages,
        onProgress: (event) => seen.push({ event, turns: turns() }),
      }),
    );
    // A step is finished when `done` goes up; the next phase (or page) must start on a later turn.
    let checked = 0;
    for (let i = 1; i < seen.length; i++) {
      const finished = seen[i - 1]!.event.done < seen[i]!.event.done;
      const next = seen[i + 1];
      if (!finished || next === undefined || seen[i]!.event.phase === 'write') continue;
      expect(next.turns, `after step ${seen[i]!.event.done} (${seen[i]!.event.phase})`).toBeGreaterThan(seen[i]!.turns);
      checked++;
    }
    // compose, images, preflight and the four paints.
    expect(checked).toBe(7);
  }, 60_000);

  it('reports the three preparing steps for a preflight on its own', async () => {
    const events: ExportProgress[] = [];
    const prepared = await preflightEdition({ edition: sample.edition, editionDir: sample.dir, fonts: sample.fonts, projectRoot: PROJECT_ROOT, stages: realStages(), onProgress: (p) => events.push(p) });
    expect(prepared.report.errors).toBe(0);
    expect(events.map((e) => [e.phase, e.done, e.total])).toEqual([
      ['compose', 0, 3],
      ['compose', 1, 3],
      ['images', 1, 3],
      ['images', 2, 3],
      ['preflight', 2, 3],
      ['preflight', 3, 3],
    ]);
  }, 60_000);

  it('starts preparing the images before composing ends, and waits for them in the images step', async () => {
    const events: ExportProgress[] = [];
    let seenAtStart: ExportProgress[] | null = null;
    let imagesStep = false;
    const real = realStages();
    // The profile loaded beforehand, so the images stage is called as soon as the pipeline starts.
    const profile = await real.loadProfile({ settings: sample.edition.output, projectRoot: PROJECT_ROOT, editionDir: sample.dir });
    const stages = realStages({
      loadProfile: async () => profile,
      prepareImages: async (request) => {
        seenAtStart = [...events];
        // Held until the images step has begun: that step must wait for it.
        while (!imagesStep) await new Promise((r) => setTimeout(r, 5));
        return real.prepareImages(request);
      },
    });
    const prepared = await preflightEdition({
      edition: sample.edition,
      editionDir: sample.dir,
      fonts: sample.fonts,
      projectRoot: PROJECT_ROOT,
      stages,
      onProgress: (p) => {
        events.push(p);
        if (p.phase === 'images') imagesStep = true;
      },
    });
    expect(seenAtStart).not.toBeNull();
    expect(seenAtStart!.every((e) => e.phase === 'compose' && e.done === 0)).toBe(true);
    expect(prepared.images.size).toBeGreaterThan(0);
    expect(events.map((e) => e.phase)).toEqual(['compose', 'compose', 'images', 'images', 'preflight', 'preflight']);
  }, 60_000);

  it('fails in the images step when preparing the images fails, however early it failed', async () => {
    const events: ExportProgress[] = [];
    const stages = realStages({
      prepareImages: () => Promise.reject(new Error('no images (test)')),
    });
    const run = preflightEdition({ edition: sample.edition, editionDir: sample.dir, fonts: sample.fonts, projectRoot: PROJECT_ROOT, stages, onProgress: (p) => events.push(p) });
    await expect(run).rejects.toThrow('no images (test)');
    expect(events.at(-1)?.phase).toBe('images');
  }, 60_000);
});
