// exportPipeline.ts: an edition → print PDFs in a folder, the one pipeline behind
// `galley export pdf`, File → Export PDF and the host API.
//   1. plan: pages, file names, out folder (fails before any work on a wrong label or pattern)
//   2–4 are exportPrepare.ts and 5 is paintDocuments.ts, shared with the e-paper pipeline:
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
import type { EditionLayout } from '../../../shared/layout/output';
import type { Edition, OutputSettings, PdfxVersion } from '../../../shared/model';
import type { PreflightReport } from '../../../shared/preflight/report';
import { appendExportLog, type ExportActor, type ExportLogEntry, type OverrideRecord, sha256Hex } from './exportLog';
import { checkOutDir, type ExportPlan, planExport } from './exportPlan';
import { ExportRefused, prepareExport, type PrepareOptions } from './exportPrepare';
import { exportSteps, type ProgressListener, ProgressTracker } from './exportProgress';
import { defaultExportStages } from './exportStages';
import { paintDocuments } from './paintDocuments';
import { writeOutputs } from './writeOutputs';

// The prepare step lives in exportPrepare.ts (the e-paper pipeline shares it); these names were
// always imported from here.
export { ExportRefused, type Prepared, preflightEdition, type PrepareOptions, reportForPages } from './exportPrepare';

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

/** The edition's output settings with this export's choices over them. */
export function effectiveSettings(edition: Edition, options: Pick<ExportPdfOptions, 'marks' | 'pdfx' | 'pattern'>): OutputSettings {
  return {
    ...edition.output,
    ...(options.pdfx === undefined ? {} : { pdfx: options.pdfx }),
    ...(options.marks === undefined ? {} : { marks: options.marks }),
    ...(options.pattern === undefined ? {} : { fileNamePattern: options.pattern }),
  };
}

export async function exportEditionPdfs(options: ExportPdfOptions): Promise<ExportResult> {
  const { edition, now } = options;
  const stages = options.stages ?? defaultExportStages();
  const settings = effectiveSettings(edition, options);
  const plan: ExportPlan = planExport(edition, { ...(options.pages === undefined ? {} : { pages: options.pages }), perPage: options.perPage === true, pattern: settings.fileNamePattern });
  await checkOutDir(options.outDir, options.editionDir);
  const id = options.id ?? randomUUID();
  const progress = new ProgressTracker(exportSteps(plan.documents.length), options.onProgress);

  const prepared = await prepareExport({ ...options, stages }, settings, plan.pages.map((p) => p.id), progress);
  const { report, layout } = prepared;
  if (report.errors > 0 && options.override !== true) throw new ExportRefused(report);
  const override: OverrideRecord | null = report.errors > 0 ? { by: options.actor, at: now.toISOString(), errors: report.issues.filter((i) => i.severity === 'error') } : null;

  // Paint everything before writing anything: a font, subset or image failure leaves the folder as it was.
  const slug = { paper: edition.meta.paper, date: edition.meta.date, issue: edition.meta.issue === null ? '' : String(edition.meta.issue), outputAt: now };
  const output = { pdfx: settings.pdfx, profile: prepared.profile, marks: settings.marks, slug };
  const painted = (await paintDocuments({ edition, prepared, documents: plan.documents, output, date: now, stages, progress })).map(({ doc, bytes }) => ({
    label: doc.label,
    name: doc.name,
    path: join(options.outDir, doc.name),
    bytes,
  }));

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
