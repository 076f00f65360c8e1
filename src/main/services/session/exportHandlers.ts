// exportHandlers.ts: the export part of the host API (preflight, exportPdf, exportEpaper,
// exportStatus) on an open session. An export takes the edition as it stands when it is asked
// for (editions are immutable values, so later edits make new objects and cannot reach it) and
// never writes to the edition's folder. Requests were validated by dispatchHostCall; what only
// the edition can tell (a page label, an out folder inside the edition or holding other files, a
// pattern) is checked here before the job starts, so the window hears about it at once as
// invalid-request.
import { ExportError, type ExportActor, ExportJobs, exportEditionPdfs, type ExportStages, planExport, preflightEdition, checkOutDir, effectiveSettings } from '../export';
import { checkZipTarget, exportEpaperBundle, type EpaperStages, inspectBundleDir, planEpaperPages, zipPathFor } from '../export/epaper';
import type { FontService } from '../fonts';
import type { HostHandlers } from '../hostDispatch';
import { ServiceError } from '../errors';
import type { EditionSession } from './EditionSession';

export interface ExportSetup {
  /** The app's folder (the built-in output profile lives under resources/). */
  readonly projectRoot: string;
  /** Who exports, for the log's override record. */
  readonly actor: ExportActor;
  /** The pipeline's services; the real ones by default (specs replace one to make it fail). */
  readonly stages?: ExportStages;
  /** The e-paper pipeline's own services (page images, photos, HTML); the real ones by default. */
  readonly epaperStages?: EpaperStages;
  readonly log?: (error: unknown) => void;
  readonly now?: () => Date;
}

type ExportHandlers = Pick<HostHandlers, 'preflight' | 'exportPdf' | 'exportEpaper' | 'exportStatus'>;

export function createExportHandlers(session: EditionSession, fonts: FontService, setup: ExportSetup): ExportHandlers {
  const jobs = new ExportJobs(setup.log === undefined ? {} : { log: setup.log });
  const now = setup.now ?? (() => new Date());
  const stages = setup.stages === undefined ? {} : { stages: setup.stages };
  return {
    preflight: async () => {
      const prepared = await preflightEdition({ edition: session.edition, editionDir: session.dir, fonts, projectRoot: setup.projectRoot, ...stages });
      return prepared.report;
    },
    exportPdf: async (req) => {
      const edition = session.edition;
      const choices = { pdfx: req.pdfx, marks: req.marks };
      try {
        planExport(edition, { ...(req.pages === undefined ? {} : { pages: req.pages }), perPage: req.perPage, pattern: effectiveSettings(edition, choices).fileNamePattern });
        await checkOutDir(req.outDir, session.dir);
      } catch (error) {
        if (error instanceof ExportError) throw new ServiceError('invalid-request', error.message, error.reason);
        throw error;
      }
      const jobId = jobs.start(({ id, onProgress }) =>
        exportEditionPdfs({
          edition,
          editionDir: session.dir,
          fonts,
          projectRoot: setup.projectRoot,
          outDir: req.outDir,
          ...(req.pages === undefined ? {} : { pages: req.pages }),
          perPage: req.perPage,
          ...choices,
          override: req.override,
          actor: setup.actor,
          now: now(),
          id,
          onProgress,
          ...stages,
        }),
      );
      return { jobId };
    },
    exportEpaper: async (req) => {
      const edition = session.edition;
      try {
        planEpaperPages(edition);
        await inspectBundleDir(req.outDir, session.dir);
        if (req.zip) await checkZipTarget(zipPathFor(req.outDir));
      } catch (error) {
        if (error instanceof ExportError) throw new ServiceError('invalid-request', error.message, error.reason);
        throw error;
      }
      const jobId = jobs.start(async ({ id, onProgress }) => {
        const result = await exportEpaperBundle({
          edition,
          editionDir: session.dir,
          fonts,
          projectRoot: setup.projectRoot,
          outDir: req.outDir,
          zip: req.zip,
          override: req.override,
          actor: setup.actor,
          now: now(),
          id,
          onProgress,
          ...stages,
          ...(setup.epaperStages === undefined ? {} : { epaperStages: setup.epaperStages }),
        });
        return { report: result.report, logFile: result.logFile, bundleDir: result.bundleDir, zipFile: result.zipFile };
      });
      return { jobId };
    },
    exportStatus: async ({ jobId }) => jobs.status(jobId),
  };
}
