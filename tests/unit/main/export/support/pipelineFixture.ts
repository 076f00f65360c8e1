// pipelineFixture.ts: what the export pipeline specs share: the sample edition on disk, the
// pipeline's real stages (the built-in output profile, real print images, preflight and the
// painter), a painter that only records what it was asked (for the specs about names, refusals
// and failures, where real PDFs would only cost time), and preflight answers made to order.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../../../src/main/cli/main';
import { defaultExportStages, type ExportStages, type PaintRequest } from '../../../../../src/main/services/export';
import { createFontService, type FontService } from '../../../../../src/main/services/fonts';
import { loadEdition } from '../../../../../src/main/services/store';
import type { Edition } from '../../../../../src/shared/model';
import type { PreflightIssue, PreflightReport } from '../../../../../src/shared/preflight';
import { sixteenPages } from '../../../../../bench/sixteenPages';
import { capture, PROJECT_ROOT } from '../../cli/support';

export const NOW = new Date('2023-05-15T09:30:00.000Z');
export const ACTOR = { user: 'meibian', host: 'desk-3' };

export interface SampleFolder {
  readonly tmp: string;
  /** The edition folder (sample, dated 2023-05-15). */
  readonly dir: string;
  readonly edition: Edition;
  readonly fonts: FontService;
  dispose(): Promise<void>;
}

export async function sampleFolder(): Promise<SampleFolder> {
  const tmp = await mkdtemp(join(tmpdir(), 'galley-pipeline-'));
  const dir = join(tmp, 'sample.galley');
  const c = capture(tmp);
  if ((await runCli(['new', dir, '--sample', '--date', '2023-05-15'], c.io)) !== 0) throw new Error(`galley new --sample failed:\n${c.err.join('\n')}`);
  const { edition } = await loadEdition(dir);
  return { tmp, dir, edition, fonts: createFontService({ projectRoot: PROJECT_ROOT }), dispose: () => rm(tmp, { recursive: true, force: true }) };
}

/** The sample page three times (A01–A03), the lead story threaded through all three. */
export function threePages(edition: Edition): Edition {
  return sixteenPages(edition, 3);
}

/** The real stages, with some replaced. */
export function realStages(overrides: Partial<ExportStages> = {}): ExportStages {
  return { ...defaultExportStages(), ...overrides };
}

export interface PaintCall {
  readonly title: string;
  readonly pageIds: readonly string[];
  readonly request: PaintRequest;
}

/** Stages whose painter returns a small stand-in PDF and records each call; preflight as given. */
export function recordingStages(options: { report?: PreflightReport; failOnPaint?: number } = {}): { stages: ExportStages; paints: PaintCall[] } {
  const paints: PaintCall[] = [];
  const stages = realStages({
    prepareImages: async () => new Map(),
    preflight: async () => options.report ?? { issues: [], errors: 0, warnings: 0 },
    paint: async (request) => {
      paints.push({ title: request.title, pageIds: request.pages.map((p) => p.pageId), request });
      if (options.failOnPaint === paints.length) throw new Error(`paint ${paints.length} failed (test)`);
      return new TextEncoder().encode(`%PDF-1.6 stand-in ${request.title}\n%%EOF\n`);
    },
  });
  return { stages, paints };
}

export function issue(overrides: Partial<PreflightIssue> & Pick<PreflightIssue, 'code' | 'severity'>): PreflightIssue {
  return { pageId: null, pageLabel: null, frameId: null, frameName: null, params: {}, ...overrides };
}

export function report(issues: readonly PreflightIssue[]): PreflightReport {
  return { issues, errors: issues.filter((i) => i.severity === 'error').length, warnings: issues.filter((i) => i.severity === 'warning').length };
}
