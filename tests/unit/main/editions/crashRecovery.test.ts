// Crash recovery end to end: a real `galley serve` accepts edits over HTTP and is SIGKILLed
// before its autosave runs; the next `galley serve --take-over` offers the edits, and recovering
// them puts them in the edition on disk.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEdition, loadEdition } from '../../../../src/main/services/store';
import type { HostResult } from '../../../../src/shared/host-api';
import type { Op } from '../../../../src/shared/model';
import { buildTestEdition } from '../../../fixtures/store/editions';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await temp.cleanup();
});

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const CLI = path.join(ROOT, 'bin/galley.mjs');
const URL_LINE = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)/u;

interface Served {
  readonly child: ChildProcess;
  readonly stdout: () => string;
  call<T>(method: string, body?: unknown): Promise<T>;
}

async function serve(dir: string, documents: string, extra: string[] = []): Promise<Served> {
  const child = spawn(process.execPath, [CLI, 'serve', dir, '--port', '0', '--documents', documents, ...extra], {
    cwd: ROOT,
    env: { ...process.env, GALLEY_CONFIG_DIR: path.join(documents, '.config'), GALLEY_LANG: 'en' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setInterval(() => {
      const found = URL_LINE.exec(out);
      if (found) {
        clearInterval(timer);
        resolve(found);
      }
    }, 20);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`galley serve exited ${code}\n${out}\n${err}`));
    });
  });
  const [, port, token] = match;
  return {
    child,
    stdout: () => out,
    async call<T>(method: string, body: unknown = {}): Promise<T> {
      const response = await fetch(`http://127.0.0.1:${port}/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const result = (await response.json()) as HostResult<T>;
      if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
  };
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

const move = (x: number): Op => ({ type: 'moveFrame', pageId: 'page-1', frameId: 'frame-1', x, y: 100 });

describe('galley serve killed mid-session', () => {
  it.skipIf(!existsSync(path.join(ROOT, 'out/renderer/index.html')))('offers the unsaved edits at the next open, and recovering them writes them', async () => {
    const documents = await temp.make('galley-crash-');
    const dir = path.join(documents, 'crash.galley');
    const { edition, assets } = buildTestEdition({ stories: 2, withImage: true });
    await createEdition(dir, edition, assets);
    const before = edition.pages[0]?.frames[0]?.x;

    const first = await serve(dir, documents);
    let revision = 0;
    for (const x of [301, 302, 303]) revision = (await first.call<{ revision: number }>('applyOps', { baseRevision: revision, ops: [move(x)] })).revision;
    // Killed at once: the autosave (2 s after the last edit) has not run.
    first.child.kill('SIGKILL');
    expect((await exited(first.child)).signal).toBe('SIGKILL');
    expect((await loadEdition(dir)).edition.pages[0]?.frames[0]?.x).toBe(before);

    const second = await serve(dir, documents, ['--take-over']);
    // The note follows the address line, and may arrive in the pipe's next chunk.
    await expect.poll(() => second.stdout()).toMatch(/3 edits .* were never saved/u);
    const { recovery } = await second.call<{ recovery: { edits: number } | null }>('getRecovery');
    expect(recovery?.edits).toBe(3);
    const doc = await second.call<{ edition: typeof edition }>('getDocument');
    expect(doc.edition.pages[0]?.frames[0]?.x).toBe(before);

    expect(await second.call<{ recovered: number }>('resolveRecovery', { choice: 'recover' })).toMatchObject({ recovered: 3 });
    expect((await second.call<{ edition: typeof edition }>('getDocument')).edition.pages[0]?.frames[0]?.x).toBe(303);
    expect((await loadEdition(dir)).edition.pages[0]?.frames[0]?.x).toBe(303);
    second.child.kill('SIGTERM');
    expect((await exited(second.child)).code).toBe(0);
    expect(existsSync(path.join(dir, 'history', 'journal.jsonl'))).toBe(false);
    expect(existsSync(path.join(dir, '.lock'))).toBe(false);
  }, 60_000);
});
