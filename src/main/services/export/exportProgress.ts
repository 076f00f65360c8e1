// exportProgress.ts: progress of one export as steps (compose, images, preflight, one per
// document painted, one per file written, and putting them in place), and the pause between steps that lets the process
// answer other events. In Electron the export runs in the main process, which also carries the
// window's IPC: without these pauses a 16-page export would hold every click until it ended.
import type { ExportPhase } from '../../../shared/export-api';

export interface ExportProgress {
  readonly phase: ExportPhase;
  /** Steps finished; never decreases. */
  readonly done: number;
  /** Steps in the whole export; fixed once the export is planned. */
  readonly total: number;
  /** The page or file being worked on. */
  readonly detail?: string;
}

export type ProgressListener = (progress: ExportProgress) => void;

/** Steps before painting: compose, images (with the output profile), preflight. */
export const STEPS_BEFORE_PAINT = 3;

/** Total steps of an export that paints and writes `documents` PDFs; the last is the commit (log, renames). */
export function exportSteps(documents: number): number {
  return STEPS_BEFORE_PAINT + 2 * documents + 1;
}

/**
 * Reports progress to `listener` and keeps it monotonic: `start` announces a phase at the
 * current count, `finish` counts one step done. A throwing listener is the caller's bug, not the
 * export's failure, so it is not allowed to stop the export.
 */
export class ProgressTracker {
  #done = 0;
  #phase: ExportPhase = 'queued';
  #detail: string | undefined;

  constructor(
    readonly total: number,
    private readonly listener: ProgressListener | undefined,
  ) {}

  get done(): number {
    return this.#done;
  }

  start(phase: ExportPhase, detail?: string): void {
    this.#phase = phase;
    this.#detail = detail;
    this.#emit();
  }

  finish(): void {
    this.#done = Math.min(this.total, this.#done + 1);
    this.#emit();
  }

  complete(): void {
    this.#done = this.total;
    this.#phase = 'done';
    this.#detail = undefined;
    this.#emit();
  }

  #emit(): void {
    if (!this.listener) return;
    const event: ExportProgress = { phase: this.#phase, done: this.#done, total: this.total, ...(this.#detail === undefined ? {} : { detail: this.#detail }) };
    try {
      this.listener(event);
    } catch {
      // See the class comment: progress display must never break an export.
    }
  }
}

/**
 * Waits for the next turn of the event loop (a macrotask, not a microtask: `await` alone would
 * not let pending IPC messages, timers or HTTP requests run).
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
