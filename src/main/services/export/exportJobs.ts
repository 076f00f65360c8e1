// exportJobs.ts: exports started from the window run in the background of the main process and
// are followed by polling (host API exportPdf or exportEpaper → jobId, exportStatus → progress).
// This keeps the status of each job: its progress while it runs, then its files (or bundle), its
// refusal (with the preflight report) or its failure. One export per edition at a time: two at
// once would race for the same out folder and halve the speed of both.
import { randomUUID } from 'node:crypto';
import type { ExportStatus } from '../../../shared/export-api';
import { FontNotFoundError } from '../../../shared/layout/fonts';
import { OutputProfileError } from '../color';
import { ServiceError } from '../errors';
import type { PreflightReport } from '../../../shared/preflight/report';
import type { ExportedFile } from './exportPipeline';
import { ExportRefused } from './exportPrepare';
import { ExportError } from './exportPlan';
import { jobFailureReason } from './failureReason';
import type { ProgressListener } from './exportProgress';
import { PrintImageError } from './images';
import { FontSubsetError, MissingFontError } from './pdf';

/** Finished jobs remembered for exportStatus; older ones are forgotten first. */
const KEEP_FINISHED = 20;

/** What a finished export reports in its status (an ExportResult is one; the e-paper's is mapped to one). */
export interface FinishedExport {
  readonly report: PreflightReport;
  readonly logFile: string;
  /** The PDFs written (print export). */
  readonly files?: readonly ExportedFile[];
  /** The bundle folder and its zip, when there is one (e-paper export). */
  readonly bundleDir?: string;
  readonly zipFile?: string | null;
}

export type ExportRun = (job: { readonly id: string; readonly onProgress: ProgressListener }) => Promise<FinishedExport>;

export interface ExportJobsOptions {
  readonly newId?: () => string;
  /** Unexpected failures (bugs) are logged whole; the job's error keeps the message only. */
  readonly log?: (error: unknown) => void;
}

/** Errors whose message is written for the user; anything else is also logged as a bug. */
function isExpected(error: unknown): error is Error {
  const known = [ExportError, FontSubsetError, MissingFontError, FontNotFoundError, OutputProfileError, PrintImageError, ServiceError];
  return known.some((kind) => error instanceof kind) || isFileSystemError(error);
}

function isFileSystemError(error: unknown): error is Error {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && typeof (error as { syscall?: unknown }).syscall === 'string';
}

export class ExportJobs {
  readonly #jobs = new Map<string, ExportStatus>();
  readonly #newId: () => string;
  readonly #log: (error: unknown) => void;
  #running: string | null = null;

  constructor(options: ExportJobsOptions = {}) {
    this.#newId = options.newId ?? randomUUID;
    this.#log = options.log ?? ((error) => console.error('Galley: export failed:', error));
  }

  /** Starts `run` and answers its id at once. ServiceError 'conflict' while another job runs. */
  start(run: ExportRun): string {
    if (this.#running !== null) throw new ServiceError('conflict', 'an export of this edition is already running; wait for it to finish');
    const id = this.#newId();
    this.#running = id;
    this.#set({ jobId: id, state: 'running', phase: 'queued', done: 0, total: 1 });
    const onProgress: ProgressListener = (p) => {
      const current = this.#jobs.get(id);
      if (current?.state !== 'running') return;
      this.#set({ jobId: id, state: 'running', phase: p.phase, done: Math.max(current.done, p.done), total: p.total, ...(p.detail === undefined ? {} : { detail: p.detail }) });
    };
    // The promise is followed here, not by the caller: its outcome is read through status().
    void (async () => {
      try {
        const result = await run({ id, onProgress });
        const current = this.#jobs.get(id);
        this.#set({
          jobId: id,
          state: 'done',
          phase: 'done',
          done: current?.total ?? 1,
          total: current?.total ?? 1,
          ...(result.files === undefined ? {} : { files: result.files.map((f) => ({ file: f.file, label: f.label, bytes: f.bytes })) }),
          ...(result.bundleDir === undefined ? {} : { bundleDir: result.bundleDir }),
          ...(result.zipFile === undefined || result.zipFile === null ? {} : { zipFile: result.zipFile }),
          logFile: result.logFile,
          report: result.report,
        });
      } catch (error) {
        this.#finishWithError(id, error);
      } finally {
        this.#running = null;
        this.#forgetOld();
      }
    })();
    return id;
  }

  /** The job's status; ServiceError 'not-found' for an id this edition never started (or forgot). */
  status(id: string): ExportStatus {
    const job = this.#jobs.get(id);
    if (!job) throw new ServiceError('not-found', `no export job "${id}"`);
    return job;
  }

  /** The running job's id, if any. */
  get running(): string | null {
    return this.#running;
  }

  #finishWithError(id: string, error: unknown): void {
    const current = this.#jobs.get(id) ?? { jobId: id, state: 'running' as const, phase: 'queued' as const, done: 0, total: 1 };
    const base = withoutDetail(current);
    if (error instanceof ExportRefused) {
      this.#set({ ...base, state: 'refused', error: error.message, report: error.report });
      return;
    }
    if (!isExpected(error)) this.#log(error);
    const reason = jobFailureReason(error);
    this.#set({ ...base, state: 'failed', error: error instanceof Error ? error.message : String(error), ...(reason ? { reason } : {}) });
  }

  #set(status: ExportStatus): void {
    this.#jobs.set(status.jobId, status);
  }

  #forgetOld(): void {
    const finished = [...this.#jobs.values()].filter((j) => j.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.#jobs.delete(job.jobId);
  }
}

function withoutDetail(status: ExportStatus): ExportStatus {
  const { detail: _detail, ...rest } = status;
  return rest;
}
