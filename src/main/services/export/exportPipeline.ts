// exportPipeline.ts: an edition → print PDFs in a folder, the one pipeline behind
// `galley export pdf`, File → Export PDF and the host API.
//   1. plan: pages, file names, out folder (fails before any work on a wrong label or pattern)
//   2. compose once, with the real fonts
//   3. images: the output profile, then every placed image prepared for print (started before
//      step 2 and run alongside it, off the main thread; this step waits for it)
//   4. preflight on that layout and those images; errors refuse the export (ExportRefused)
//      unless it is explicitly overridden, and the override goes into the export log
//   5. paint every PDF (the whole edition, then one per page with perPage) in memory
//   6. write: all files staged, the log line appended, then all renamed into place
// Between steps the pipeline yields to the event loop, so the Electron main process keeps
// answering the window. It reads the edition and never writes to its folder.
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { LayoutEnv } from '../../../shared/layout/env';
import type { EditionLayout, PageLayout } from '../../../shared/layout/output';
import { composeEdition } from '../../../shared/layout/page';
import type { Edition, OutputSettings, PdfxVersion } from '../../../shared/model';
import type { PreflightReport } from '../../../shared/preflight/report';
import type { FontService } from '../fonts';
import { layoutToolsFor } from '../layout';
import { appendExportLog, type ExportActor, type ExportLogEntry, type OverrideRecord, sha256Hex } from './exportLog';
import { checkOutDir, type ExportPlan, planExport } from './exportPlan';
import { exportSteps, type ProgressListener, ProgressTracker, yieldToEventLoop } from './exportProgress';
import { defaultExportStages, type ExportStages } from './exportStages';
import type { SubsetCache } from './pdf';
import type { OutputProfile, PrintImage } from './printTypes';
import { writeOutputs } from './writeOutputs';

export interface PrepareOptions {
  readonly edition: Edition;
  /** The edition folder: its fonts/ and assets/ are read, never written. */
  readonly editionDir: string;
  readonly fonts: FontService;
  /** The checkout or installed app, for the built-in output profile. */
  readonly projectRoot: string;
  readonly stages?: ExportStages;
}

export interface ExportPdfOptions extends PrepareOptions {
  readonly outDir: string;
  /** Page labels (all pages when absent). */
  readonly pages?: readonly string[];
  /** Also one PDF per page (default false: the whole-edition PDF only). */
  readonly perPage?: boolean;
  /** These override the edition's output settings (edition.output) for this export only. */
  readonly marks?: boolean;
  readonly pdfx?: PdfxVersion;
  readonly pattern?: string;
  /** Export although preflight found errors; recorded in the export log with `actor` and `now`. */
  readonly override?: boolean;
  readonly actor: ExportActor;
  /** The export's moment: PDF dates, the slug's output time, the log line. */
  readonly now: Date;
  /** Names the export in the log (and the host's job); random when absent. */
  readonly id?: string;
  readonly onProgress?: ProgressListener;
}

export interface ExportedFile {
  readonly file: string;
  /** Page label, or null for the whole-edition PDF. */
  readonly label: string | null;
  readonly bytes: number;
}

export interface ExportResult {
  readonly id: string;
  readonly files: readonly ExportedFile[];
  readonly layout: EditionLayout;
  /** Preflight of the exported pages. */
  readonly report: PreflightReport;
  readonly logFile: string;
  /** Preflight errors were overridden. */
  readonly overridden: boolean;
}

/** Preflight found errors and the export was not overridden; nothing was written. */
export class ExportRefused extends Error {
  override readonly name = 'ExportRefused';
  constructor(readonly report: PreflightReport) {
    super(`preflight found ${report.errors} error${report.errors === 1 ? '' : 's'}; the export was refused (override to export anyway; the override is logged)`);
  }
}

/** What preflight and painting share: one composition, one profile, one set of print images. */
export interface Prepared {
  readonly env: LayoutEnv;
  readonly layout: EditionLayout;
  readonly profile: OutputProfile;
  readonly images: ReadonlyMap<string, PrintImage>;
  readonly report: PreflightReport;
}

/** The report's issues on these pages and the edition-wide ones, recounted. */
export function reportForPages(report: PreflightReport, pageIds: ReadonlySet<string>): PreflightReport {
  const issues = report.issues.filter((i) => i.pageId === null || pageIds.has(i.pageId));
  return { issues, errors: issues.filter((i) => i.severity === 'error').length, warnings: issues.filter((i) => i.severity === 'warning').length };
}

/** The edition's output settings with this export's choices over them. */
export function effectiveSettings(edition: Edition, options: Pick<ExportPdfOptions, 'marks' | 'pdfx' | 'pattern'>): OutputSettings {
  return {
    ...edition.output,
    ...(options.pdfx === undefined ? {} : { pdfx: options.pdfx }),
    ...(options.marks === undefined ? {} : { marks: options.marks }),
    ...(options.pattern === undefined ? {} : { fileNamePattern: options.pattern }),
  };
}

async function prepare(options: PrepareOptions, settings: OutputSettings, pageIds: readonly string[], progress: ProgressTracker): Promise<Prepared> {
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
  return prepare(options, options.edition.output, options.edition.pages.map((p) => p.id), progress);
}

export async function exportEditionPdfs(options: ExportPdfOptions): Promise<ExportResult> {
  const { edition, now } = options;
  const stages = options.stages ?? defaultExportStages();
  const settings = effectiveSettings(edition, options);
  const plan: ExportPlan = planExport(edition, { ...(options.pages === undefined ? {} : { pages: options.pages }), perPage: options.perPage === true, pattern: settings.fileNamePattern });
  await checkOutDir(options.outDir, options.editionDir);
  const id = options.id ?? randomUUID();
  const progress = new ProgressTracker(exportSteps(plan.documents.length), options.onProgress);

  const prepared = await prepare({ ...options, stages }, settings, plan.pages.map((p) => p.id), progress);
  const { report, layout, env } = prepared;
  if (report.errors > 0 && options.override !== true) throw new ExportRefused(report);
  const override: OverrideRecord | null = report.errors > 0 ? { by: options.actor, at: now.toISOString(), errors: report.issues.filter((i) => i.severity === 'error') } : null;

  // Paint everything before writing anything: a font, subset or image failure leaves the folder as it was.
  const byId = new Map(layout.pages.map((p) => [p.pageId, p]));
  const subsets: SubsetCache = new Map();
  const slug = { paper: edition.meta.paper, date: edition.meta.date, issue: edition.meta.issue === null ? '' : String(edition.meta.issue), outputAt: now };
  const output = { pdfx: settings.pdfx, profile: prepared.profile, marks: settings.marks, slug };
  const painted: Array<{ label: string | null; name: string; path: string; bytes: Uint8Array }> = [];
  for (const [index, doc] of plan.documents.entries()) {
    // The first document is the whole edition: painting it subsets every face the export uses,
    // which is most of its time; the page PDFs after it are the painting proper.
    progress.start(index === 0 ? 'fonts' : 'paint', doc.label ?? doc.name);
    const pages = doc.pages.map((p) => byId.get(p.id)).filter((p): p is PageLayout => p !== undefined);
    const title = doc.label === null ? `${edition.meta.paper} ${edition.meta.date}` : `${edition.meta.paper} ${edition.meta.date} ${doc.label}`;
    const bytes = await stages.paint({ edition, pages, fonts: env.fonts, shaper: env.shaper, title, date: now, subsets, output, images: prepared.images });
    painted.push({ label: doc.label, name: doc.name, path: join(options.outDir, doc.name), bytes });
    progress.finish();
    await yieldToEventLoop();
  }

  progress.start('write');
  await mkdir(options.outDir, { recursive: true });
  const entry: ExportLogEntry = {
    v: 1,
    event: 'exported',
    id,
    at: now.toISOString(),
    by: options.actor,
    edition: { dir: options.editionDir, paper: edition.meta.paper, date: edition.meta.date, issue: edition.meta.issue },
    options: { pdfx: settings.pdfx, marks: settings.marks, perPage: options.perPage === true, pages: options.pages === undefined ? null : [...options.pages], pattern: plan.pattern },
    profile: { description: prepared.profile.description, source: prepared.profile.source, outputConditionIdentifier: prepared.profile.outputConditionIdentifier },
    preflight: { errors: report.errors, warnings: report.warnings },
    override,
    files: painted.map((p) => ({ name: p.name, label: p.label, bytes: p.bytes.byteLength, sha256: sha256Hex(p.bytes) })),
  };
  let logFile = '';
  try {
    await writeOutputs(
      painted.map((p) => ({ path: p.path, bytes: p.bytes })),
      {
        onStaged: () => progress.finish(),
        beforeCommit: async () => {
          logFile = await appendExportLog(options.outDir, entry);
        },
      },
    );
  } catch (error) {
    // The log already says "exported" only when the failure came while renaming: say it failed.
    if (logFile !== '') {
      const why = error instanceof Error ? error.message : String(error);
      await appendExportLog(options.outDir, { v: 1, event: 'failed', id, at: new Date().toISOString(), by: options.actor, edition: entry.edition, error: why }).catch(() => {});
    }
    throw error;
  }
  progress.complete();
  return {
    id,
    files: painted.map((p) => ({ file: p.path, label: p.label, bytes: p.bytes.byteLength })),
    layout,
    report,
    logFile,
    overridden: override !== null,
  };
}
