// exportPrepare.ts: the steps every export of an edition starts with, shared by the print
// pipeline (exportPipeline.ts) and the e-paper pipeline (epaper/): compose once with the real
// fonts, prepare the placed images for print with the output profile (alongside composing), and
// preflight that layout with those images. What it answers (Prepared) is all the painter needs.
import type { LayoutEnv } from '../../../shared/layout/env';
import type { EditionLayout } from '../../../shared/layout/output';
import { composeEdition } from '../../../shared/layout/page';
import type { Edition, OutputSettings } from '../../../shared/model';
import type { PreflightReport } from '../../../shared/preflight/report';
import type { FontService } from '../fonts';
import { layoutToolsFor } from '../layout';
import { type ProgressListener, ProgressTracker, yieldToEventLoop } from './exportProgress';
import { defaultExportStages, type ExportStages } from './exportStages';
import type { OutputProfile, PrintImage } from './printTypes';

export interface PrepareOptions {
  readonly edition: Edition;
  /** The edition folder: its fonts/ and assets/ are read, never written. */
  readonly editionDir: string;
  readonly fonts: FontService;
  /** The checkout or installed app, for the built-in output profile. */
  readonly projectRoot: string;
  readonly stages?: ExportStages;
}

/** What preflight and painting share: one composition, one profile, one set of print images. */
export interface Prepared {
  readonly env: LayoutEnv;
  readonly layout: EditionLayout;
  readonly profile: OutputProfile;
  readonly images: ReadonlyMap<string, PrintImage>;
  readonly report: PreflightReport;
}

/** Preflight found errors and the export was not overridden; nothing was written. */
export class ExportRefused extends Error {
  override readonly name = 'ExportRefused';
  constructor(readonly report: PreflightReport) {
    super(`preflight found ${report.errors} error${report.errors === 1 ? '' : 's'}; the export was refused (override to export anyway; the override is logged)`);
  }
}

/** The report's issues on these pages and the edition-wide ones, recounted. */
export function reportForPages(report: PreflightReport, pageIds: ReadonlySet<string>): PreflightReport {
  const issues = report.issues.filter((i) => i.pageId === null || pageIds.has(i.pageId));
  return { issues, errors: issues.filter((i) => i.severity === 'error').length, warnings: issues.filter((i) => i.severity === 'warning').length };
}

/**
 * Compose, images, preflight: three progress steps. The report is limited to `pageIds` (and the
 * edition-wide issues); refusing on it is the caller's decision.
 */
export async function prepareExport(options: PrepareOptions, settings: OutputSettings, pageIds: readonly string[], progress: ProgressTracker): Promise<Prepared> {
  const stages = options.stages ?? defaultExportStages();
  const { edition, editionDir } = options;
  // Images start first and run while the text is composed: sharp decodes, converts and encodes
  // on libuv's threads, composition holds the main thread, and neither needs the other (images
  // are placed from the model's frames, not the layout). Awaited in the images step; a failure
  // there is thrown there, even when composing failed first meanwhile.
  const imagesReady = stages.loadProfile({ settings, projectRoot: options.projectRoot, editionDir }).then(async (profile) => {
    const images = await stages.prepareImages({ edition, editionDir, pages: pageIds.map((pageId) => ({ pageId })), settings, profile });
    return { profile, images };
  });
  imagesReady.catch(() => {});

  progress.start('compose');
  const { env, compose } = await layoutToolsFor(edition, { fonts: options.fonts, editionDir });
  await yieldToEventLoop();
  const layout = composeEdition(edition, env, compose);
  progress.finish();
  await yieldToEventLoop();

  progress.start('images');
  const { profile, images } = await imagesReady;
  progress.finish();
  await yieldToEventLoop();

  progress.start('preflight');
  const full = await stages.preflight({ edition, editionDir, fonts: options.fonts, layout, images });
  const report = reportForPages(full, new Set(pageIds));
  progress.finish();
  await yieldToEventLoop();
  return { env, layout, profile, images, report };
}

/** Preflight of the whole edition exactly as an export of all pages runs it (the dialog shows it first). */
export async function preflightEdition(options: PrepareOptions & { readonly onProgress?: ProgressListener }): Promise<Prepared> {
  const progress = new ProgressTracker(3, options.onProgress);
  return prepareExport(options, options.edition.output, options.edition.pages.map((p) => p.id), progress);
}
