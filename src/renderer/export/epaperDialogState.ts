// epaperDialogState.ts: the e-paper dialog's decisions without a DOM: which folder to suggest,
// the request Export sends, where the zip will land, and what the person is told when the job
// ends (the bundle folder and zip, a refusal, or a failure worded by what went wrong).
import type { ExportEpaperRequest, ExportStatus } from '../../shared/export-api';
import type { HostErrorReason } from '../../shared/host-api';
import type { HostErrorKind } from '../host';
import { hostMessage, type MessageKey } from '../i18n';

/** The bundle's folder inside the suggested export folder (itself beside the edition, never in it). */
export const EPAPER_FOLDER = 'epaper';

/** The separator the host's own paths use: a Windows host answers with backslashes. */
function separatorOf(path: string): string {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

function trimTrailingSeparators(path: string): string {
  const trimmed = path.trim();
  const stripped = trimmed.replace(/[\\/]+$/u, '');
  // A root ("/" or "C:\") keeps its separator.
  return stripped === '' || /^[A-Za-z]:$/u.test(stripped) ? trimmed : stripped;
}

/** `<exportDir>/epaper`; empty when the host suggested nothing. */
export function suggestedEpaperDir(exportDir: string): string {
  const base = trimTrailingSeparators(exportDir);
  if (base === '') return '';
  return `${base}${separatorOf(base)}${EPAPER_FOLDER}`;
}

/** Where `zip` puts the archive: `<outDir>.zip`, beside the folder (the host contract). */
export function zipPathFor(outDir: string): string {
  const base = trimTrailingSeparators(outDir);
  return base === '' ? '' : `${base}.zip`;
}

export interface EpaperChoices {
  readonly outDir: string;
  readonly zip: boolean;
  /** "Export anyway" is ticked. */
  readonly override: boolean;
  /** Errors in the preflight report the user saw. */
  readonly errors: number;
}

/** The request Export sends. An override is only asked for when there was something to override. */
export function epaperRequest(c: EpaperChoices): ExportEpaperRequest {
  return { outDir: trimTrailingSeparators(c.outDir), zip: c.zip, override: c.errors > 0 && c.override };
}

export type EpaperOutcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | {
      readonly kind: 'done';
      readonly bundleDir: string;
      readonly zipFile: string | null;
      /** Files and bytes in the bundle when the host listed them. */
      readonly files: number | null;
      readonly bytes: number | null;
      readonly logFile: string | null;
    }
  | { readonly kind: 'refused'; readonly reason: string }
  | {
      readonly kind: 'failed';
      readonly message: MessageKey;
      /** The host's English; `worded` instead when the job's failure has a reason the window words. */
      readonly reason: string;
      readonly worded?: HostErrorReason;
    };

export interface JobView {
  readonly status: ExportStatus | null;
  readonly error: string | null;
  readonly errorKind: HostErrorKind | null;
}

/** Why the host failed a call, as `HostError` words it, without the method name it starts with. */
export const hostReason = (message: string): string => hostMessage(message);

/** The lead sentence for a failure: what it means for the person, by what failed. */
const FAILURE_KEYS: Readonly<Record<HostErrorKind, MessageKey>> = {
  'invalid-request': 'epaper.failed.start',
  transport: 'epaper.failed.connection',
  unauthorized: 'epaper.failed.token',
  'not-found': 'epaper.failed.lost',
  conflict: 'epaper.failed.job',
  'read-only': 'epaper.failed.job',
  internal: 'epaper.failed.job',
};

/**
 * What the dialog says about the job. A host error (the call failed) wins over the last status;
 * `requestedDir` names the bundle when a finished status does not.
 */
export function epaperOutcome(job: JobView, requestedDir: string): EpaperOutcome {
  if (job.error !== null) return { kind: 'failed', message: job.errorKind === null ? 'epaper.failed.job' : FAILURE_KEYS[job.errorKind], reason: hostReason(job.error) };
  const status = job.status;
  if (status === null) return { kind: 'idle' };
  switch (status.state) {
    case 'running':
      return { kind: 'running' };
    case 'refused':
      return { kind: 'refused', reason: status.error ?? '' };
    case 'failed':
      return { kind: 'failed', message: 'epaper.failed.job', reason: status.error ?? '', ...(status.reason ? { worded: status.reason } : {}) };
    case 'done': {
      const files = status.files ?? null;
      return {
        kind: 'done',
        bundleDir: status.bundleDir ?? requestedDir,
        zipFile: status.zipFile ?? null,
        files: files === null ? null : files.length,
        bytes: files === null ? null : files.reduce((sum, f) => sum + f.bytes, 0),
        logFile: status.logFile ?? null,
      };
    }
  }
}

/** Bundle size for the result line, in MB with one decimal (a bundle is megabytes, not KB). */
export function megabytes(bytes: number): string {
  return (Math.round((bytes / (1024 * 1024)) * 10) / 10).toFixed(1);
}
