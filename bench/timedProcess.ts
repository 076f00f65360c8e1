// timedProcess.ts: one process run to the end for the whole-process benches (exportPdf, epaper):
// wall time from spawn to exit and, when /usr/bin/time is there, its peak RSS and its CPU time.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** /usr/bin/time, which reports a child's peak RSS and CPU time, or null where it is missing. */
export const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

export interface TimedRun {
  readonly ms: number;
  readonly rssKb: number | null;
  /** User + system CPU of the process, all its threads: less swayed by other work than wall time. */
  readonly cpuS: number | null;
  readonly code: number;
  /** What the process wrote to stderr, without /usr/bin/time's line. */
  readonly stderr: string;
}

export function timedProcess(cwd: string, command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<TimedRun> {
  const [cmd, argv] = TIME ? [TIME, ['-f', 'BENCH_MAXRSS_KB %M %U %S', command, ...args]] : [command, [...args]];
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const measured = /BENCH_MAXRSS_KB (\d+) ([\d.]+) ([\d.]+)/.exec(stderr);
      done({
        ms,
        rssKb: measured ? Number(measured[1]) : null,
        cpuS: measured ? Number(measured[2]) + Number(measured[3]) : null,
        code: code ?? -1,
        stderr: stderr.replace(/.*BENCH_MAXRSS_KB.*\n?/, ''),
      });
    });
  });
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}
