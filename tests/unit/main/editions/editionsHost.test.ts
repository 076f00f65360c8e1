// EditionsHost: the window's editions methods through dispatchHostCall, as both transports call
// them: new (preset and custom grid), open (with lock handling), save as, recent, and the
// documents-folder confinement of paths the window names.
import { mkdir, readdir, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditionsHost, RecentEditions } from '../../../../src/main/services/editions';
import { createFontService } from '../../../../src/main/services/fonts';
import { dispatchHostCall } from '../../../../src/main/services/hostDispatch';
import { acquireLock, createEdition, loadEdition, readLock } from '../../../../src/main/services/store';
import type { HostResult } from '../../../../src/shared/host-api';
import { counterIds } from '../../../../src/shared/model';
import { buildTestEdition } from '../../../fixtures/store/editions';
import { tempDirs } from '../../../fixtures/store/tempDir';
import type * as CopyModule from '../../../../src/main/services/editions/copyEditionFolder';
import type * as StoreModule from '../../../../src/main/services/store';

// A disk that refuses new folders: writing one whose name starts with "full-" fails as Node
// fails on a full disk, "locked-" as on a folder Galley may not write. Everything else is real.
function refusedWrite(dir: string): Error | null {
  const name = path.basename(dir);
  const code = name.startsWith('full-') ? 'ENOSPC' : name.startsWith('locked-') ? 'EACCES' : null;
  return code ? Object.assign(new Error(`${code}: refused, mkdir '${dir}'`), { code, syscall: 'mkdir', path: dir }) : null;
}
vi.mock('../../../../src/main/services/store', async (original) => {
  const store = await original<typeof StoreModule>();
  return { ...store, createEdition: (dir: string, ...rest: [never, never]) => (refusedWrite(dir) ? Promise.reject(refusedWrite(dir)) : store.createEdition(dir, ...rest)) };
});
vi.mock('../../../../src/main/services/editions/copyEditionFolder', async (original) => {
  const copying = await original<typeof CopyModule>();
  return { ...copying, copyEditionFolder: (source: string, target: string) => (refusedWrite(target) ? Promise.reject(refusedWrite(target)) : copying.copyEditionFolder(source, target)) };
});

const temp = tempDirs();
afterAll(() => temp.cleanup());

const me = { user: 'layout', host: os.hostname(), pid: process.pid };
let documents: string;
let outside: string;
let first: string;
let editions: EditionsHost;

async function makeEdition(dir: string): Promise<void> {
  const { edition, assets } = buildTestEdition({ stories: 2, withImage: true });
  await createEdition(dir, edition, assets);
}

beforeEach(async () => {
  const root = await temp.make('galley-editions-');
  documents = path.join(root, 'Documents');
  outside = path.join(root, 'Elsewhere');
  await mkdir(outside, { recursive: true });
  first = path.join(documents, 'Galley', 'first.galley');
  await makeEdition(first);
  editions = new EditionsHost({
    transport: 'http',
    version: '9.9.9',
    fonts: createFontService({ projectRoot: root, systemDirs: [], cacheDir: null }),
    documentsDir: documents,
    recent: new RecentEditions(path.join(root, 'config')),
    newId: counterIds(),
    sessionOptions: { owner: me, autosaveMs: 60_000 },
  });
  await editions.open(first);
});

afterEach(async () => {
  await editions.close();
});

async function call(method: string, payload: unknown): Promise<HostResult<unknown>> {
  return dispatchHostCall(editions.handlers, method, payload, (e) => {
    throw e;
  });
}

function value<T>(result: HostResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('EditionsHost', () => {
  it('creates an edition from the broadsheet preset and moves the session to it, releasing the old lock', async () => {
    const answer = value<{ path: string; readOnly: boolean }>(
      await call('newEdition', { folder: 'Galley', name: '今日市中-2023-05-16', format: { preset: 'broadsheet' }, meta: { paper: '今日市中', date: '2023-05-16' } }),
    );
    expect(answer.path).toBe(path.join(documents, 'Galley', '今日市中-2023-05-16.galley'));
    expect(answer.readOnly).toBe(false);
    const { edition } = await loadEdition(answer.path);
    expect(edition.format.name).toBe('对开');
    expect(edition.format.columns).toBe(8);
    expect(edition.pages.map((p) => p.label)).toEqual(['A01']);
    expect(edition.masters[0]?.frames.some((f) => f.kind === 'text' && f.template?.includes('{pageNumberZh}'))).toBe(true);
    expect(edition.meta).toMatchObject({ paper: '今日市中', date: '2023-05-16' });
    expect(await readLock(first)).toBeNull();
    expect(await readLock(answer.path)).toMatchObject(me);
    const doc = value<{ name: string; edition: { id: string } }>(await call('getDocument', {}));
    expect(doc.name).toBe('今日市中-2023-05-16.galley');
  });

  it('creates an edition on a custom grid, and refuses a grid wider than its page', async () => {
    const grid = { name: '小报', trimMm: { width: 280, height: 400 }, bleedMm: 3, columns: 6, charsPerColumn: 10, gutterEm: 1, bodySize: 9, linePitch: 12.6, lines: 80, headMm: 15 };
    const made = value<{ path: string }>(await call('newEdition', { folder: 'Galley', name: 'grid', format: { grid }, meta: { paper: '小报', date: '2023-05-16' } }));
    const { edition } = await loadEdition(made.path);
    expect([edition.format.name, edition.format.columns, edition.format.bodySize]).toEqual(['小报', 6, 9]);
    const refused = await call('newEdition', { folder: 'Galley', name: 'wide', format: { grid: { ...grid, charsPerColumn: 40 } }, meta: { paper: '小报', date: '2023-05-16' } });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toMatch(/does not fit the page/u);
    // The window words it from the reason: the grid's width against the page's.
    expect(!refused.ok && refused.error.reason).toEqual({ key: 'file.refused.gridDoesNotFit', params: { widthMm: expect.any(Number), pageWidthMm: 280, depthMm: expect.any(Number), pageHeightMm: 400 } });
  });

  it('refuses to create, open or copy outside the documents folder, and says why', async () => {
    const other = path.join(outside, 'other.galley');
    await makeEdition(other);
    for (const [method, payload] of [
      ['newEdition', { folder: outside, name: 'x', format: { preset: 'tabloid' }, meta: { paper: 'p', date: '2023-05-16' } }],
      ['openEdition', { path: other, mode: 'edit' }],
      ['saveAs', { folder: outside, name: 'copy' }],
      ['openEdition', { path: '../Elsewhere/other.galley', mode: 'edit' }],
    ] as const) {
      const result = await call(method, payload);
      expect(result.ok, method).toBe(false);
      expect(!result.ok && result.error.message).toContain('outside the documents folder');
      expect(!result.ok && result.error.reason).toEqual({ key: 'file.refused.outsideDocuments', params: { path: expect.any(String), documents } });
    }
    expect(await readdir(outside)).toEqual(['other.galley']);
    expect(editions.session?.dir).toBe(first);
  });

  it('refuses a symlink inside the documents folder that leads out of it', async () => {
    const other = path.join(outside, 'other.galley');
    await makeEdition(other);
    await symlink(outside, path.join(documents, 'link'));
    const result = await call('openEdition', { path: 'link/other.galley', mode: 'edit' });
    expect(!result.ok && result.error.message).toContain('outside the documents folder');
  });

  it('reopens an edition from the recent list even outside the documents folder', async () => {
    const other = path.join(outside, 'other.galley');
    await makeEdition(other);
    await editions.open(other); // main chose it (a dialog): it joins the recent list
    await editions.open(first);
    const answer = value<{ path: string }>(await call('openEdition', { path: other, mode: 'edit' }));
    expect(answer.path).toBe(other);
  });

  it('lists recent editions newest first, with the one open now', async () => {
    const second = path.join(documents, 'Galley', 'second.galley');
    await makeEdition(second);
    value(await call('openEdition', { path: 'Galley/second.galley', mode: 'edit' }));
    const listing = value<{ recent: Array<{ path: string; paper: string; exists: boolean }>; current: string; documentsDir: string }>(await call('listRecent', {}));
    expect(listing.recent.map((r) => r.path)).toEqual([second, first]);
    expect(listing.recent[0]).toMatchObject({ paper: '今日市中', exists: true });
    expect(listing.current).toBe(second);
    expect(listing.documentsDir).toBe(documents);
  });

  it('takes a gone edition off the recent list on request, without touching any folder', async () => {
    const second = path.join(documents, 'Galley', 'second.galley');
    await makeEdition(second);
    value(await call('openEdition', { path: 'Galley/second.galley', mode: 'edit' }));
    value(await call('openEdition', { path: first, mode: 'edit' }));
    await rm(second, { recursive: true });
    const before = value<{ recent: Array<{ path: string; exists: boolean }> }>(await call('listRecent', {}));
    expect(before.recent.map((r) => [r.path, r.exists])).toEqual([[first, true], [second, false]]);
    const after = value<{ recent: Array<{ path: string }>; current: string }>(await call('forgetRecent', { path: second }));
    expect(after.recent.map((r) => r.path)).toEqual([first]);
    expect(after.current).toBe(first);
    expect(value<{ recent: unknown[] }>(await call('listRecent', {})).recent).toHaveLength(1);
    // An entry that is not on the list: nothing to do, the list as it is.
    expect(value<{ recent: unknown[] }>(await call('forgetRecent', { path: '/nowhere/x.galley' })).recent).toHaveLength(1);
  });

  it('answers conflict naming the holder when another live process holds the lock, and opens read-only on request', async () => {
    const second = path.join(documents, 'Galley', 'second.galley');
    await makeEdition(second);
    const colleague = { user: 'proof', host: os.hostname(), pid: process.ppid };
    await acquireLock(second, colleague, { now: () => new Date() });
    const refused = await call('openEdition', { path: second, mode: 'edit' });
    expect(!refused.ok && refused.error.code).toBe('conflict');
    expect(!refused.ok && refused.error.message).toContain('proof');
    expect(!refused.ok && refused.error.reason).toEqual({ key: 'file.refused.locked', params: { name: 'second.galley', user: 'proof', host: os.hostname(), since: expect.any(String) } });
    expect(editions.session?.dir).toBe(first);
    expect(await readLock(first)).toMatchObject(me);
    const opened = value<{ readOnly: boolean }>(await call('openEdition', { path: second, mode: 'readOnly' }));
    expect(opened.readOnly).toBe(true);
    expect(await readLock(second)).toMatchObject(colleague);
  });

  it('saves, copies the folder and continues in the copy; the original keeps the saved state', async () => {
    value(await call('applyOps', { baseRevision: 0, ops: [{ type: 'moveFrame', pageId: 'page-1', frameId: 'frame-1', x: 77, y: 100 }] }));
    const answer = value<{ path: string }>(await call('saveAs', { folder: 'Galley', name: 'copy' }));
    const copy = path.join(documents, 'Galley', 'copy.galley');
    expect(answer.path).toBe(copy);
    expect((await loadEdition(first)).edition.pages[0]?.frames[0]?.x).toBe(77);
    expect((await loadEdition(copy)).edition).toEqual((await loadEdition(first)).edition);
    // The session's own files (lock, journal) were not copied: the copy's lock is the new session's.
    expect(await readLock(copy)).toMatchObject(me);
    expect(await readLock(first)).toBeNull();
    expect((await readdir(path.join(copy, 'history'))).filter((n) => n.startsWith('journal'))).toEqual(['journal.jsonl']);
    expect(JSON.parse((await readFile(path.join(copy, 'history', 'journal.jsonl'), 'utf8')).split('\n')[0] ?? '')).toMatchObject({ galleyJournal: 1 });

    value(await call('applyOps', { baseRevision: 0, ops: [{ type: 'moveFrame', pageId: 'page-1', frameId: 'frame-1', x: 88, y: 100 }] }));
    await editions.close();
    expect((await loadEdition(copy)).edition.pages[0]?.frames[0]?.x).toBe(88);
    expect((await loadEdition(first)).edition.pages[0]?.frames[0]?.x).toBe(77);
    await editions.open(first);
  });

  it('words New and Save As onto a full disk, or a folder Galley may not write, and keeps the open edition', async () => {
    const full = await call('newEdition', { folder: 'Galley', name: 'full-A01', format: { preset: 'broadsheet' }, meta: { paper: '今日市中', date: '2023-05-16' } });
    expect(!full.ok && full.error.reason).toEqual({ key: 'file.refused.writeDiskFull', params: { path: path.join(documents, 'Galley', 'full-A01.galley') } });
    expect(!full.ok && full.error.message).toContain('ENOSPC');
    const locked = await call('saveAs', { folder: 'Galley', name: 'locked-copy' });
    expect(!locked.ok && locked.error.reason).toEqual({ key: 'file.refused.writeNoPermission', params: { path: path.join(documents, 'Galley', 'locked-copy.galley') } });
    expect(editions.session?.dir).toBe(first);
    expect(await readLock(first)).toMatchObject(me);
  });

  it('refuses Save As onto a folder that is not empty', async () => {
    const taken = path.join(documents, 'Galley', 'taken.galley');
    await makeEdition(taken);
    const result = await call('saveAs', { folder: 'Galley', name: 'taken' });
    expect(!result.ok && result.error.message).toContain('not empty');
    expect(!result.ok && result.error.reason).toEqual({ key: 'file.refused.notEmpty', params: { path: taken } });
    expect(editions.session?.dir).toBe(first);
  });

  it('switches the same edition between read-only and editing', async () => {
    value(await call('openEdition', { path: first, mode: 'readOnly' }));
    expect(editions.session?.readOnly).toBe(true);
    expect(await readLock(first)).toBeNull();
    value(await call('openEdition', { path: first, mode: 'edit' }));
    expect(editions.session?.readOnly).toBe(false);
    expect(await readLock(first)).toMatchObject(me);
  });
});
