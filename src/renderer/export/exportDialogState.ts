// exportDialogState.ts: the export dialog's decisions, kept out of the component so they can be
// specified without a DOM: when Export may be pressed, how far the progress bar is, which words
// name a phase and a severity.
import type { ExportPhase, ExportStatus } from '../../shared/export-api';
import type { PdfxVersion } from '../../shared/model';
import type { PreflightReport, PreflightSeverity } from '../../shared/preflight';
import type { MessageKey } from '../i18n';

/** Preflight as the dialog knows it: not yet asked, running, its report, or why it failed. */
export type PreflightState = { readonly kind: 'running' } | { readonly kind: 'done'; readonly report: PreflightReport } | { readonly kind: 'failed'; readonly message: string };

export interface StartConditions {
  readonly preflight: PreflightState;
  /** "Export anyway" is ticked. */
  readonly override: boolean;
  readonly outDir: string;
  /** An export this dialog started is still running. */
  readonly running: boolean;
}

/**
 * Export may start once preflight has answered, when there is a folder to write to and nothing
 * runs; with preflight errors only when the user has ticked "export anyway". A failed preflight
 * (the edition could not be checked) blocks too: main would refuse for the same reason.
 */
export function canStartExport(c: StartConditions): boolean {
  if (c.running || c.outDir.trim() === '' || c.preflight.kind !== 'done') return false;
  return c.preflight.report.errors === 0 || c.override;
}

/** Whole percent of the job, 100 only when it has finished. */
export function progressPercent(status: Pick<ExportStatus, 'done' | 'total' | 'state'>): number {
  if (status.state === 'done') return 100;
  if (status.total <= 0) return 0;
  return Math.min(99, Math.floor((status.done / status.total) * 100));
}

export const PHASE_KEYS: Readonly<Record<ExportPhase, MessageKey>> = {
  queued: 'export.phase.queued',
  compose: 'export.phase.compose',
  images: 'export.phase.images',
  preflight: 'export.phase.preflight',
  fonts: 'export.phase.fonts',
  paint: 'export.phase.paint',
  pages: 'export.phase.pages',
  articles: 'export.phase.articles',
  write: 'export.phase.write',
  zip: 'export.phase.zip',
  done: 'export.phase.done',
};

export const SEVERITY_KEYS: Readonly<Record<PreflightSeverity, MessageKey>> = {
  error: 'export.severity.error',
  warning: 'export.severity.warning',
  info: 'export.severity.info',
};

/** A mark each severity is told apart by without colour (the word is its accessible name). */
export const SEVERITY_ICONS: Readonly<Record<PreflightSeverity, string>> = { error: '⛔', warning: '⚠', info: 'ℹ' };

/** The standards' own names, the same in every language (so not in the dictionaries). */
export const PDFX_NAMES: Readonly<Record<PdfxVersion, string>> = { '4': 'PDF/X-4', '1a': 'PDF/X-1a' };

/** File size for the result list, in whole KB (as `galley export` prints it). */
export function kilobytes(bytes: number): number {
  return Math.round(bytes / 1024);
}
