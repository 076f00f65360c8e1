// timings.ts: phase times for profiling a CLI run. With GALLEY_TIMINGS=1 in the environment,
// the phases that services mark (font index, font files, HarfBuzz, composing, subsetting…) are
// added up and printed to stderr when the process exits, each with the process's peak RSS when
// it last ended (so the report shows which phase raised the peak), then the time since the
// process started; without it every call is a cheap pass-through. The figures feed bench/ and the
// README's Performance section; nothing reads them to decide anything.
import { performance } from 'node:perf_hooks';

interface Phase {
  ms: number;
  count: number;
  /** Peak RSS of the process so far when the phase last ended, in KB. */
  peakKb: number;
}

const phases = new Map<string, Phase>();
let hooked = false;

/** True when GALLEY_TIMINGS=1: callers may skip work that only feeds the timings. */
export function timingsEnabled(): boolean {
  return process.env['GALLEY_TIMINGS'] === '1';
}

/** Adds `ms` to `phase` (times of one phase add up: it may run many times in one process). */
export function addPhaseTime(phase: string, ms: number): void {
  if (!timingsEnabled()) return;
  const p = phases.get(phase) ?? { ms: 0, count: 0, peakKb: 0 };
  p.ms += ms;
  p.count += 1;
  p.peakKb = process.resourceUsage().maxRSS;
  phases.set(phase, p);
  if (!hooked) {
    hooked = true;
    // 'exit' handlers run synchronously even after process.exit(); stderr writes are synchronous for files and pipes on POSIX.
    process.on('exit', () => process.stderr.write(formatTimings(phases, performance.now(), process.resourceUsage().maxRSS)));
  }
}

/** Runs `fn`, adding its time to `phase`. */
export async function timePhase<T>(phase: string, fn: () => Promise<T>): Promise<T> {
  if (!timingsEnabled()) return fn();
  const start = performance.now();
  try {
    return await fn();
  } finally {
    addPhaseTime(phase, performance.now() - start);
  }
}

/** As timePhase, for synchronous work. */
export function timePhaseSync<T>(phase: string, fn: () => T): T {
  if (!timingsEnabled()) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    addPhaseTime(phase, performance.now() - start);
  }
}

/** The stderr report: one `galley-timing` line per phase, in the order first seen, then the process's age and peak. */
export function formatTimings(list: ReadonlyMap<string, { readonly ms: number; readonly count: number; readonly peakKb: number }>, sinceStartMs: number, peakKb: number): string {
  const mb = (kb: number): string => `${(kb / 1024).toFixed(0).padStart(4)} MB`;
  const lines = [...list].map(([name, p]) => `galley-timing ${name.padEnd(28)} ${p.ms.toFixed(1).padStart(8)} ms  peak RSS ${mb(p.peakKb)}  (${p.count}×)`);
  lines.push(`galley-timing ${'exit (since process start)'.padEnd(28)} ${sinceStartMs.toFixed(1).padStart(8)} ms  peak RSS ${mb(peakKb)}`);
  return `${lines.join('\n')}\n`;
}
