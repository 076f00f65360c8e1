// support.ts: runs the real `galley` launcher (node bin/galley.mjs) as a child process, and
// runCli in-process with captured output for the cheaper cases.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { CliIo } from '../../../../src/main/cli/main';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../../..');
export const BIN = join(PROJECT_ROOT, 'bin', 'galley.mjs');
export const SEED = join(PROJECT_ROOT, 'resources', 'sample', 'seed-page.txt');

export interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/galley.mjs ...args` to completion. */
export function galley(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Finished> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? PROJECT_ROOT,
      // A neutral locale, so the machine's own LANG cannot change the language of the messages.
      env: { ...process.env, GALLEY_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Lines a stack trace prints ("    at fn (file:line:col)"). */
export const STACK_LINE = /^\s+at .+/mu;

export interface Captured {
  readonly io: CliIo;
  readonly out: string[];
  readonly err: string[];
}

/** A CliIo that records output; `stop` resolves waitForStopSignal. */
export function capture(cwd: string = PROJECT_ROOT, env: Record<string, string | undefined> = {}): Captured & { stop: (signal: string) => void } {
  const out: string[] = [];
  const err: string[] = [];
  let stop: (signal: string) => void = () => {};
  const stopped = new Promise<string>((resolve) => (stop = resolve));
  return {
    io: { out: (l) => out.push(l), err: (l) => err.push(l), cwd, env, waitForStopSignal: () => stopped },
    out,
    err,
    stop: (signal) => stop(signal),
  };
}
