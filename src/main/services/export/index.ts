// Export: print PDFs of an edition. The pipeline (exportPipeline.ts) plans, composes, prepares
// images, runs preflight (exportPrepare.ts), paints (paintDocuments.ts, pdf/) and writes;
// exportJobs.ts runs it for the host API. The e-paper bundle (epaper/) shares prepare and paint.
export { appendExportLog, EXPORT_LOG_FILE, type ExportActor, type ExportLogEntry, type OverrideRecord, parseExportLog } from './exportLog';
export { effectiveSettings, type ExportedFile, exportEditionPdfs, type ExportPdfOptions, type ExportResult } from './exportPipeline';
export { ExportRefused, type Prepared, prepareExport, preflightEdition, type PrepareOptions, reportForPages } from './exportPrepare';
export { documentTitle, paintDocuments, type PaintDocumentsInput, type PaintedDocument } from './paintDocuments';
export { ExportJobs, type ExportJobsOptions, type ExportRun, type FinishedExport } from './exportJobs';
export { checkOutDir, DEFAULT_PAGE_PATTERN, EDITION_LABEL, ExportError, exportFileName, type ExportPlan, planExport, suggestedExportDir } from './exportPlan';
export { type ExportProgress, type ProgressListener, yieldToEventLoop } from './exportProgress';
export { defaultExportStages, type ExportStages, type ImagesRequest, type PaintRequest, type PreflightRequest, type ProfileRequest } from './exportStages';
export { FontSubsetError, MissingFontError } from './pdf';
