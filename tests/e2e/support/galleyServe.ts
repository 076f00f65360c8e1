// galleyServe.ts: a fresh sample edition served by the real `galley serve`, one per spec file.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { HostMethod, HostResponse, HostResult } from '../../../src/shared/host-api';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'bin/galley.mjs');
const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/;
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export interface GalleyServer {
  /** The page URL with its token, as `galley serve` printed it. */
  readonly url: string;
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  readonly token: string;
  /** The edition folder being served. */
  readonly dir: string;
  /** Process id of `galley serve` (it holds the edition lock unless read-only). */
  readonly pid: number;
  /** Calls the host API directly with the token; returns the HostResult envelope. */
  api<M extends HostMethod>(method: M, body?: unknown): Promise<HostResult<HostResponse<M>>>;
  /** Stops the server with SIGTERM (as a user's Ctrl+C would); resolves to its exit code. */
  stop(): Promise<number | null>;
}

/** A fresh sample edition in a temp folder (`galley new --sample`). */
export async function createSampleEdition(): Promise<{ dir: string; remove: () => void }> {
  const tmp = mkdtempSync(join(tmpdir(), 'galley-e2e-'));
  const dir = join(tmp, 'sample.galley');
  try {
    await promisify(execFile)(process.execPath, [CLI, 'new', '--sample', dir], { cwd: tmp });
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`galley new --sample failed: ${describe(error)}`);
  }
  return { dir, remove: () => rmSync(tmp, { recursive: true, force: true }) };
}

/** `galley info DIR --json`: the edition as it is on disk. */
export async function infoJson(dir: string): Promise<unknown> {
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'info', dir, '--json'], { cwd: ROOT });
  return JSON.parse(stdout) as unknown;
}

/**
 * Serves `dir` with `galley serve --port 0` and waits for the URL it prints. The recent editions
 * list goes to a folder beside the edition (GALLEY_CONFIG_DIR), never the user's own config.
 */
export async function serveEdition(dir: string, options: { readOnly?: boolean; args?: readonly string[]; configDir?: string } = {}): Promise<GalleyServer> {
  const args = [CLI, 'serve', dir, '--port', '0', ...(options.readOnly ? ['--read-only'] : []), ...(options.args ?? [])];
  const env = { ...process.env, GALLEY_CONFIG_DIR: options.configDir ?? join(dirname(dir), '.galley-config') };
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let url: string;
  try {
    url = await waitForUrl(child);
  } catch (error) {
    child.kill('SIGKILL');
    process.off('exit', killOnExit);
    throw error;
  }
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  return {
    url,
    origin: parsed.origin,
    token,
    dir,
    pid: child.pid ?? -1,
    async api(method, body = {}) {
      const response = await fetch(`${parsed.origin}/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      // Parsed JSON from our own server; the callers check `ok` before using it.
      return (await response.json()) as HostResult<HostResponse<typeof method>>;
    },
    async stop() {
      const code = await stopChild(child);
      process.off('exit', killOnExit);
      return code;
    },
  };
}

/** A fresh sample edition, served; stop() also deletes the edition. */
export async function startGalley(): Promise<GalleyServer> {
  const edition = await createSampleEdition();
  let server: GalleyServer;
  try {
    server = await serveEdition(edition.dir);
  } catch (error) {
    edition.remove();
    throw error;
  }
  return {
    ...server,
    async stop() {
      const code = await server.stop();
      edition.remove();
      return code;
    },
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => fail(`no URL within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    const fail = (why: string): void => {
      clearTimeout(timer);
      reject(new Error(`galley serve: ${why}\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    };
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = URL_PATTERN.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[0]);
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
  });
}

function stopChild(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolvePromise) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(force);
      resolvePromise(code);
    });
    child.kill('SIGTERM');
  });
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'stderr' in error && typeof error.stderr === 'string' && error.stderr) return error.stderr;
  return error instanceof Error ? error.message : String(error);
}
