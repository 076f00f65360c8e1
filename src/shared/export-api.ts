// export-api.ts: the export part of the host contract (host-api.ts lists the methods): the
// preflight report as it crosses the boundary, the export request, and the job status the
// window polls. Polling instead of push keeps both transports alike: IPC and the loopback HTTP
// host answer the same request/response calls and nothing else.
import { z } from 'zod';
import { PdfxVersionSchema } from './model';
import type { PreflightCode, PreflightIssue, PreflightReport } from './preflight/report';
import { type HostErrorReason, HostErrorReasonSchema, refusalReason, type RefusalKinds } from './refusals';

/**
 * Why an export does not start, as the window words it (see refusals.ts): the out folder the
 * person chose, mostly. A running job's failures are EXPORT_FAILURES.
 */
export const EXPORT_REFUSALS = {
  outDirRelative: ['path'],
  /** path, edition */
  outDirInsideEdition: ['path', 'edition'],
  outDirRoot: ['path'],
  outDirSymlink: ['path'],
  outDirNotAFolder: ['path'],
  /** An e-paper bundle folder that holds something else. */
  outDirNotEmpty: ['path'],
  zipNotABundle: ['path'],
  noPages: [],
  /** Per-page PDFs of two pages with one label (版次). label, first, second: the page numbers */
  duplicateLabel: ['label', 'first', 'second'],
  /** The file name pattern gives two files one name. pattern */
  patternCollides: ['pattern'],
} as const satisfies RefusalKinds;
export type ExportRefusal = keyof typeof EXPORT_REFUSALS;
export const EXPORT_REFUSAL_KEY_PREFIX = 'export.refused.';

export function exportRefusal<K extends ExportRefusal>(kind: K, params: Record<(typeof EXPORT_REFUSALS)[K][number], string | number>): HostErrorReason {
  return refusalReason<typeof EXPORT_REFUSALS, K>(EXPORT_REFUSAL_KEY_PREFIX, kind, params);
}

/**
 * Why a running export failed, as the window words it: what production can act on (a full or
 * read-only disk, a folder it may not write, a photo, font or profile file gone or damaged).
 * Each message is a clause the dialogs put in their own sentence. Any other failure is a bug,
 * and only the status's English `error` says it.
 */
export const EXPORT_FAILURES = {
  diskFull: ['path'],
  noPermission: ['path'],
  readOnlyDisk: ['path'],
  /** A file or folder that went away while the job ran. */
  fileGone: ['path'],
  /** file (relative to the edition), page (its label) */
  photoMissing: ['file', 'page'],
  photoUnreadable: ['file', 'page'],
  fontMissing: ['font'],
  /** A font hb-subset cannot embed (damaged, too large or of an unsupported kind). */
  fontUnembeddable: ['font'],
  /** A font whose licence forbids embedding it. */
  fontLicence: ['font'],
  outputProfile: ['file'],
} as const satisfies RefusalKinds;
export type ExportFailure = keyof typeof EXPORT_FAILURES;
export const EXPORT_FAILURE_KEY_PREFIX = 'export.failure.';

export function exportFailure<K extends ExportFailure>(kind: K, params: Record<(typeof EXPORT_FAILURES)[K][number], string | number>): HostErrorReason {
  return refusalReason<typeof EXPORT_FAILURES, K>(EXPORT_FAILURE_KEY_PREFIX, kind, params);
}

/**
 * Issue codes are not listed here: preflight owns them (report.ts), and the renderer words them
 * through formatPreflightIssue. Responses come from main, so a looser check costs nothing there.
 */
const PreflightCodeSchema = z.custom<PreflightCode>((v) => typeof v === 'string' && /^[a-z][a-z0-9-]{0,63}$/u.test(v), 'not a preflight code');

export const PreflightIssueSchema = z.strictObject({
  code: PreflightCodeSchema,
  severity: z.enum(['error', 'warning', 'info']),
  pageId: z.string().nullable(),
  pageLabel: z.string().nullable(),
  frameId: z.string().nullable(),
  frameName: z.string().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const PreflightReportSchema = z.strictObject({
  issues: z.array(PreflightIssueSchema).readonly(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
});

// The schema and preflight's own types must stay one shape; these fail to compile if they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const issueShapeAgrees: Same<z.infer<typeof PreflightIssueSchema>, PreflightIssue> = true;
const reportShapeAgrees: Same<z.infer<typeof PreflightReportSchema>, PreflightReport> = true;
void issueShapeAgrees;
void reportShapeAgrees;

/** A page label as the request names it (A01, 第1版 …). */
const PageLabelSchema = z.string().min(1).max(64);

export const ExportPdfRequestSchema = z.strictObject({
  /** Absolute folder for the PDFs and the export log; created when missing, never inside the edition. */
  outDir: z.string().min(1).max(4096),
  /** Page labels to export; all pages when absent. */
  pages: z.array(PageLabelSchema).min(1).max(1000).optional(),
  /** Also one PDF per page, named by the edition's file name pattern. */
  perPage: z.boolean(),
  marks: z.boolean(),
  pdfx: PdfxVersionSchema,
  /** Export although preflight found errors; the override is recorded in the export log. */
  override: z.boolean(),
});
export type ExportPdfRequest = z.infer<typeof ExportPdfRequestSchema>;

export const ExportEpaperRequestSchema = z.strictObject({
  /** Absolute folder the bundle is written to (created; a folder holding anything but an earlier bundle is refused), never inside the edition. */
  outDir: z.string().min(1).max(4096),
  /** Also a zip of the bundle, `<outDir>.zip`, beside the folder. */
  zip: z.boolean(),
  /** Export although preflight found errors; recorded in the export log. */
  override: z.boolean(),
});
export type ExportEpaperRequest = z.infer<typeof ExportEpaperRequestSchema>;

/**
 * The pipelines' phases in the order they run; `done` is the end of a finished export. The
 * e-paper export adds `pages` (page images), `articles` (article pages, data, search) and `zip`
 * after the PDFs.
 */
export const EXPORT_PHASES = ['queued', 'compose', 'images', 'preflight', 'fonts', 'paint', 'pages', 'articles', 'write', 'zip', 'done'] as const;
export const ExportPhaseSchema = z.enum(EXPORT_PHASES);
export type ExportPhase = z.infer<typeof ExportPhaseSchema>;

export const ExportJobStateSchema = z.enum(['running', 'done', 'failed', 'refused']);
export type ExportJobState = z.infer<typeof ExportJobStateSchema>;

export const ExportedFileSchema = z.strictObject({
  /** Absolute path of the written PDF. */
  file: z.string(),
  /** The page label, or null for the whole-edition PDF. */
  label: z.string().nullable(),
  bytes: z.number().int().nonnegative(),
});

export const ExportStatusSchema = z.strictObject({
  jobId: z.string(),
  state: ExportJobStateSchema,
  phase: ExportPhaseSchema,
  /** Steps finished of `total`; never decreases while the job runs. */
  done: z.number().int().nonnegative(),
  total: z.number().int().positive(),
  /** The page or file being worked on, when there is one (A01, 20230515_A01.pdf). */
  detail: z.string().optional(),
  /** When `done`: the PDFs written. */
  files: z.array(ExportedFileSchema).optional(),
  /** When an e-paper export is `done`: the bundle folder, and the zip when one was asked for. */
  bundleDir: z.string().optional(),
  zipFile: z.string().optional(),
  /** When `done`: the export log the run was recorded in. */
  logFile: z.string().optional(),
  /** When `failed` or `refused`: why, for the person at the keyboard, in English. */
  error: z.string().optional(),
  /** When `failed` for a reason production can act on: that reason, for the window to word (EXPORT_FAILURES). */
  reason: HostErrorReasonSchema.optional(),
  /** Once preflight ran: its report (the reason for `refused`). */
  report: PreflightReportSchema.optional(),
});
export type ExportStatus = z.infer<typeof ExportStatusSchema>;
