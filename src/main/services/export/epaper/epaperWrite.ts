// epaperWrite.ts: the last steps of an e-paper export (epaperPipeline.ts 6 and 7): the bundle
// staged beside its folder, the zip staged beside it, then the log line beside the bundle, the
// swap, and the zip renamed into place. Anything failing before the swap removes what was staged
// and leaves the earlier bundle, its zip and the log as they were; a failure after the log line
// adds a `failed` line with the same id.
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { PdfxVersion } from '../../../../shared/model';
import type { PreflightReport } from '../../../../shared/preflight/report';
import { fsyncDir } from '../../store/atomicWrite';
import { appendExportLog, type ExportLogEntry, type OverrideRecord, sha256Hex } from '../exportLog';
import { ExportError } from '../exportPlan';
import type { ProgressTracker } from '../exportProgress';
import { type BundleFile, siblingPath, stageBundle, writeFlushed } from './bundleWrite';
import type { EpaperResult, ExportEpaperOptions } from './epaperPipeline';
import { ZIP_COMMENT } from './epaperPlan';
import { zipFiles } from './zipWriter';

export interface WriteInput {
  readonly options: ExportEpaperOptions;
  readonly outDir: string;
  readonly id: string;
  readonly files: readonly BundleFile[];
  readonly zipFile: string | null;
  readonly progress: ProgressTracker;
  readonly report: PreflightReport;
  readonly override: OverrideRecord | null;
  readonly pages: number;
  readonly articles: number;
  readonly pdfx: PdfxVersion;
}

/** Stage, zip, log, swap. */
export async function writeBundle(input: WriteInput): Promise<EpaperResult> {
  const { options, outDir, id, files, zipFile, progress } = input;
  const { edition } = options;
  progress.start('write');
  const staged = await stageBundle(outDir, files);
  progress.finish();
  let zipTemp: string | null = null;
  let logFile = '';
  try {
    let zipBytes: Uint8Array | null = null;
    if (zipFile !== null) {
      progress.start('zip', basename(zipFile));
      // Zip times have no zone: the edition's date at 00:00, as the paper's readers would read it.
      const [year, month, day] = edition.meta.date.split('-').map(Number) as [number, number, number];
      zipBytes = await zipFiles(files, { date: { year, month, day }, comment: ZIP_COMMENT });
      zipTemp = siblingPath(zipFile, 'tmp');
      await writeFlushed(zipTemp, zipBytes);
      progress.finish();
    }
    const folder = basename(outDir);
    const bytes = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
    const entry: ExportLogEntry = {
      v: 1,
      event: 'exported',
      id,
      at: options.now.toISOString(),
      by: options.actor,
      kind: 'epaper',
      edition: { dir: options.editionDir, paper: edition.meta.paper, date: edition.meta.date, issue: edition.meta.issue },
      epaper: { bundle: folder, zip: zipFile === null ? null : basename(zipFile), pdfx: input.pdfx, pages: input.pages, articles: input.articles, bytes },
      preflight: { errors: input.report.errors, warnings: input.report.warnings },
      override: input.override,
      files: [
        ...files.map((f) => ({ name: `${folder}/${f.path}`, label: null, bytes: f.bytes.byteLength, sha256: sha256Hex(f.bytes) })),
        ...(zipFile === null || zipBytes === null ? [] : [{ name: basename(zipFile), label: null, bytes: zipBytes.byteLength, sha256: sha256Hex(zipBytes) }]),
      ],
    };
    logFile = await appendExportLog(dirname(outDir), entry);
    await staged.commit();
    if (zipFile !== null && zipTemp !== null) {
      try {
        await rename(zipTemp, zipFile);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new ExportError(`the bundle is in ${outDir}, but moving its zip into place as ${zipFile} failed: ${why}`, { cause: error });
      }
      zipTemp = null;
      await fsyncDir(dirname(zipFile));
    }
    progress.complete();
    return { id, bundleDir: outDir, zipFile, zipBytes: zipBytes === null ? null : zipBytes.byteLength, files: files.length, bytes, pages: input.pages, articles: input.articles, logFile, report: input.report, overridden: input.override !== null };
  } catch (error) {
    await staged.discard();
    if (zipTemp !== null) await unlink(zipTemp).catch(() => {});
    if (logFile !== '') {
      const why = error instanceof Error ? error.message : String(error);
      await appendExportLog(dirname(outDir), { v: 1, event: 'failed', id, at: new Date().toISOString(), by: options.actor, kind: 'epaper', edition: { dir: options.editionDir, paper: edition.meta.paper, date: edition.meta.date, issue: edition.meta.issue }, error: why }).catch(() => {});
    }
    throw error;
  }
}
