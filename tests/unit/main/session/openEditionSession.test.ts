import { spawn } from 'node:child_process';
import { readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { EditionLoadError, ServiceError } from '../../../../src/main/services/errors';
import { EditionLockedError, type OpenSessionOptions, openEditionSession } from '../../../../src/main/services/session';
import { acquireLock, createEdition, listSnapshots, loadEdition, readLock } from '../../../../src/main/services/store';
import { fileRefusal } from '../../../../src/shared/editions-api';
import type { Op } from '../../../../src/shared/model';
import { buildTestEdition, TINY_PNG } from '../../../fixtures/store/editions';
import { folderHash } from '../../../fixtures/store/folderHash';
import { manualTimers } from '../../../fixtures/store/manualTimers';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
afterAll(() => temp.cleanup());

const host = os.hostname();
const me = { user: 'layout', host, pid: process.pid };
const colleague = { user: 'proof', host, pid: process.ppid };
let clock = 0;
const now = (): Date => new Date(Date.UTC(2023, 4, 15, 8, 0, clock++));

let dir: string;
beforeEach(async () => {
  dir = path.join(await temp.make('galley-session-'), 'sess.galley');
  const { edition, assets } = buildTestEdition({ stories: 3, withImage: true });
  await createEdition(dir, edition, assets);
});

const move = (x: number, y = 100): Op => ({ type: 'moveFrame', pageId: 'page-1', frameId: 'frame-1', x, y });

function open(extra: OpenSessionOptions = {}) {
  const timers = manualTimers();
  const errors: unknown[] = [];
  const options: OpenSessionOptions = { owner: me, now, autosaveMs: 500, setTimer: timers.setTimer, clearTimer: timers.clearTimer, onAutosaveError: (e) => errors.push(e), ...extra };
  return { timers, errors, session: openEditionSession(dir, options) };
}

async function frameX(): Promise<number | undefined> {
  return (await loadEdition(dir)).edition.pages[0]?.frames[0]?.x;
}

async function codeOf(run: () => unknown): Promise<string | undefined> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ServiceError) return error.code;
    throw error;
  }
  return undefined;
}

describe('openEditionSession', () => {
  it('loads the edition and takes the lock', async () => {
    const session = await open().session;
    expect(session.name).toBe('sess.galley');
    expect([session.revision, session.savedRevision, session.readOnly, session.lockedBy]).toEqual([0, 0, false, null]);
    expect(session.edition.stories).toHaveLength(3);
    expect(await readLock(dir)).toMatchObject(me);
    await session.close();
    expect(await readLock(dir)).toBeNull();
  });

  it('refuses a live lock with an EditionLockedError naming the holder', async () => {
    await acquireLock(dir, colleague, { now });
    const error = await open().session.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditionLockedError);
    const locked = error as EditionLockedError;
    expect([locked.code, locked.stale]).toEqual(['read-only', false]);
    expect(locked.heldBy).toMatchObject(colleague);
    expect(locked.message).toContain('proof on');
    expect(locked.message).toContain('--read-only');
    expect(await readLock(dir)).toMatchObject(colleague);
  });

  it('opens read-only beside a live lock, says who holds it, and refuses edits', async () => {
    await acquireLock(dir, colleague, { now });
    const session = await open({ readOnly: true }).session;
    expect(session.readOnly).toBe(true);
    expect(session.lockedBy).toMatchObject(colleague);
    expect(await codeOf(() => session.applyOps(0, [move(10)]))).toBe('read-only');
    await session.save();
    await session.close();
    expect(await readLock(dir)).toMatchObject(colleague);
  });

  it('takes over a stale lock only when asked', async () => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await new Promise((resolve) => child.on('exit', resolve));
    const ghost = { user: 'layout', host, pid: child.pid ?? -1 };
    await acquireLock(dir, ghost, { now });
    const error = await open().session.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditionLockedError);
    expect((error as EditionLockedError).stale).toBe(true);
    expect((error as EditionLockedError).message).toContain('--take-over');
    const session = await open({ takeOverStaleLock: true }).session;
    expect(await readLock(dir)).toMatchObject(me);
    await session.close();
  });

  it('releases the lock again when the edition does not load, and writes nothing', async () => {
    await writeFile(path.join(dir, 'edition.json'), '{"schemaVersion": 3,');
    const before = await folderHash(path.dirname(dir));
    await expect(open().session).rejects.toBeInstanceOf(EditionLoadError);
    expect(await folderHash(path.dirname(dir))).toBe(before);
  });

  it('writes no lock into a folder that is not an edition', async () => {
    const plain = await temp.make();
    const before = await folderHash(plain);
    await expect(openEditionSession(plain, { owner: me, now })).rejects.toMatchObject({ file: 'edition.json', jsonPath: '$' });
    expect(await folderHash(plain)).toBe(before);
  });
});

describe('EditionSession.applyOps', () => {
  it('applies edits, bumps the revision and tells listeners', async () => {
    const { session } = open();
    const s = await session;
    const seen: number[] = [];
    s.onChange?.((change) => seen.push(change.revision));
    expect(s.applyOps(0, [move(11)])).toBe(1);
    expect(s.applyOps(1, [move(12), move(13)])).toBe(2);
    expect(s.edition.pages[0]?.frames[0]?.x).toBe(13);
    expect(seen).toEqual([1, 2]);
    await s.close();
  });

  it('refuses an edit made on an old revision and changes nothing', async () => {
    const s = await open().session;
    s.applyOps(0, [move(11)]);
    const before = s.edition;
    expect(await codeOf(() => s.applyOps(0, [move(99)]))).toBe('conflict');
    expect([s.edition, s.revision]).toEqual([before, 1]);
    await s.close();
  });

  it('turns an op that does not fit into invalid-request', async () => {
    const { session, timers } = open();
    const s = await session;
    const bad: Op = { type: 'moveFrame', pageId: 'page-1', frameId: 'frame-404', x: 0, y: 0 };
    expect(await codeOf(() => s.applyOps(0, [bad]))).toBe('invalid-request');
    expect(() => s.applyOps(0, [bad])).toThrow(/frame-404/u);
    expect([s.revision, timers.pending()]).toEqual([0, 0]);
    await s.close();
  });

  it('refuses an edit that would break a reference', async () => {
    const s = await open().session;
    const before = s.edition;
    let message = '';
    try {
      s.applyOps(0, [{ type: 'updateFrame', pageId: 'page-1', frameId: 'frame-1', patch: { storyId: 'story-404' } }]);
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid-request' });
      message = (error as Error).message;
    }
    expect(message).toContain('$.pages[0].frames[0].storyId');
    expect([s.edition, s.revision]).toEqual([before, 0]);
    await s.close();
  });
});

describe('EditionSession autosave and save', () => {
  it('debounces: a burst of edits leaves one timer, and it writes the latest state', async () => {
    const { session, timers } = open();
    const s = await session;
    s.applyOps(0, [move(21)]);
    s.applyOps(1, [move(22)]);
    s.applyOps(2, [move(23)]);
    expect(timers.delays).toEqual([500, 500, 500]);
    expect(timers.pending()).toBe(1);
    expect(await frameX()).not.toBe(23);
    timers.fire();
    await s.save(); // queued behind the autosave: resolves once it is done
    expect(await frameX()).toBe(23);
    expect([s.revision, s.savedRevision]).toEqual([3, 3]);
    expect(await listSnapshots(dir)).toHaveLength(1);
    await s.close();
  });

  it('save writes now, snapshots, and does nothing when all is saved', async () => {
    const { session, timers } = open();
    const s = await session;
    s.applyOps(0, [move(31)]);
    await s.save();
    expect(timers.pending()).toBe(0);
    expect(await frameX()).toBe(31);
    await s.save();
    const snapshots = await listSnapshots(dir);
    expect(snapshots.map((x) => x.revision)).toEqual([1]);
    expect(JSON.parse(await readFile(path.join(dir, snapshots[0]!.file), 'utf8')).pages[0].frames[0].x).toBe(31);
    await s.close();
  });

  it('keeps only historyKeep snapshots', async () => {
    const s = await open({ historyKeep: 3 }).session;
    for (let i = 0; i < 5; i++) {
      s.applyOps(i, [move(40 + i)]);
      await s.save();
    }
    expect((await listSnapshots(dir)).map((x) => x.revision)).toEqual([3, 4, 5]);
    await s.close();
  });

  it('keeps unsaved edits when an autosave fails, and saves them later', async () => {
    const { session, timers, errors } = open();
    const s = await session;
    s.applyOps(0, [move(51)]);
    const asset = path.join(dir, 'assets', 'photo-1.png');
    await rename(asset, `${asset}.away`);
    timers.fire();
    await expect(s.save()).rejects.toThrow(/photo-1\.png/u);
    expect(errors).toHaveLength(1);
    expect([s.revision, s.savedRevision]).toEqual([1, 0]);
    await rename(`${asset}.away`, asset);
    await s.save();
    expect(await frameX()).toBe(51);
    await s.close();
  });

  it('gives a save the disk refused (full) as a refusal the window words, naming the edition folder', async () => {
    const journal = path.join(dir, 'journal.jsonl');
    const full = Object.assign(new Error(`ENOSPC: no space left on device, write '${journal}'`), { code: 'ENOSPC', syscall: 'write', path: journal });
    const s = await open({ afterSave: () => Promise.reject(full) }).session;
    s.applyOps(0, [move(81)]);
    const error = await s.save().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: 'internal', reason: fileRefusal('diskFull', { path: dir }) });
    expect((error as Error).message).toContain('ENOSPC');
  });

  it('close flushes pending edits, stops the timer, releases the lock and refuses later edits', async () => {
    const { session, timers } = open();
    const s = await session;
    s.applyOps(0, [move(61)]);
    await s.close();
    expect(timers.pending()).toBe(0);
    expect(await frameX()).toBe(61);
    expect(await readLock(dir)).toBeNull();
    expect(await codeOf(() => s.applyOps(1, [move(62)]))).toBe('read-only');
    await s.close();
  });

  it('keeps the lock and the edits when close cannot save', async () => {
    const s = await open().session;
    s.applyOps(0, [move(71)]);
    await rm(path.join(dir, 'assets', 'photo-1.png'));
    await expect(s.close()).rejects.toThrow(ServiceError);
    expect(await readLock(dir)).toMatchObject(me);
    expect(s.applyOps(1, [move(72)])).toBe(2);
    await writeFile(path.join(dir, 'assets', 'photo-1.png'), TINY_PNG);
    await s.close();
    expect(await frameX()).toBe(72);
  });
});

describe('EditionSession.readAsset', () => {
  it('returns the bytes and mime type of an asset', async () => {
    const s = await open().session;
    const asset = await s.readAsset('asset-photo');
    expect(asset.mime).toBe('image/png');
    expect(Buffer.from(asset.bytes).equals(Buffer.from(TINY_PNG))).toBe(true);
    await s.close();
  });

  it('answers not-found for an unknown id and for a file that now leads outside the folder', async () => {
    const s = await open().session;
    expect(await codeOf(() => s.readAsset('nope'))).toBe('not-found');
    const outside = path.join(path.dirname(dir), 'secret.png');
    await writeFile(outside, 'secret');
    await rm(path.join(dir, 'assets', 'photo-1.png'));
    await symlink(outside, path.join(dir, 'assets', 'photo-1.png'));
    expect(await codeOf(() => s.readAsset('asset-photo'))).toBe('not-found');
    await s.close();
  });
});
