import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock, isProcessAlive, readLock, releaseLock } from '../../../../src/main/services/store';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
afterAll(() => temp.cleanup());

const host = os.hostname();
const now = (): Date => new Date('2023-05-15T08:00:00.000Z');
const me = { user: 'layout', host, pid: process.pid };
// Our parent (the vitest runner) is alive and is not us.
const colleague = { user: 'proof', host, pid: process.ppid };

/** A pid that certainly belonged to a process on this host and no longer does. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  const pid = child.pid;
  await new Promise((resolve) => child.on('exit', resolve));
  if (pid === undefined || isProcessAlive(pid)) throw new Error('could not get a dead pid');
  return pid;
}

describe('acquireLock', () => {
  it('takes a free lock and records user, host, pid and time', async () => {
    const dir = await temp.make();
    expect(await acquireLock(dir, me, { now })).toEqual({ ok: true, lock: { ...me, since: '2023-05-15T08:00:00.000Z' } });
    expect(JSON.parse(await readFile(path.join(dir, '.lock'), 'utf8'))).toEqual({ ...me, since: '2023-05-15T08:00:00.000Z' });
  });

  it('tells a second owner who holds it, and that the lock is live', async () => {
    const dir = await temp.make();
    await acquireLock(dir, colleague, { now });
    const result = await acquireLock(dir, me, { now, takeOverStale: true });
    expect(result).toEqual({ ok: false, heldBy: { ...colleague, since: '2023-05-15T08:00:00.000Z' }, stale: false });
  });

  it('does not hand the lock to the same process twice', async () => {
    const dir = await temp.make();
    await acquireLock(dir, me, { now });
    expect(await acquireLock(dir, me, { now, takeOverStale: true })).toMatchObject({ ok: false, stale: false });
  });

  it('sees a lock of a dead process on this host as stale, and takes it over only when asked', async () => {
    const dir = await temp.make();
    const ghost = { user: 'layout', host, pid: await deadPid() };
    await acquireLock(dir, ghost, { now });
    expect(await acquireLock(dir, me, { now })).toEqual({ ok: false, heldBy: { ...ghost, since: now().toISOString() }, stale: true });
    expect(await readLock(dir)).toMatchObject(ghost);
    const later = (): Date => new Date('2023-05-15T09:00:00.000Z');
    expect(await acquireLock(dir, me, { now: later, takeOverStale: true })).toEqual({ ok: true, lock: { ...me, since: later().toISOString() } });
    expect(await readLock(dir)).toEqual({ ...me, since: later().toISOString() });
  });

  it('never sees a lock from another host as stale, even with a pid that is dead here', async () => {
    const dir = await temp.make();
    const remote = { user: 'night', host: `${host}-other`, pid: await deadPid() };
    await acquireLock(dir, remote, { now });
    expect(await acquireLock(dir, me, { now, takeOverStale: true })).toMatchObject({ ok: false, stale: false, heldBy: remote });
    expect(await readLock(dir)).toMatchObject(remote);
  });

  it('treats an empty lock file (its writer died while creating it) as stale', async () => {
    const dir = await temp.make();
    await writeFile(path.join(dir, '.lock'), '');
    const held = await acquireLock(dir, me, { now });
    expect(held).toMatchObject({ ok: false, stale: true, heldBy: { user: 'unknown', host: 'unknown', pid: 0 } });
    expect(await acquireLock(dir, me, { now, takeOverStale: true })).toMatchObject({ ok: true });
  });

  it('lets exactly one of many racing owners win', async () => {
    const dir = await temp.make();
    const owners = Array.from({ length: 12 }, (_, i) => ({ user: `u${i}`, host: `racer-${i}`, pid: 1000 + i }));
    const results = await Promise.all(owners.map((o) => acquireLock(dir, o, { now })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const winner = owners[results.findIndex((r) => r.ok)];
    expect(await readLock(dir)).toMatchObject(winner ?? {});
  });
});

describe('releaseLock', () => {
  it('removes only our own lock', async () => {
    const dir = await temp.make();
    await acquireLock(dir, colleague, { now });
    expect(await releaseLock(dir, me)).toBe(false);
    expect(await readLock(dir)).toMatchObject(colleague);
    expect(await releaseLock(dir, colleague)).toBe(true);
    expect(await readLock(dir)).toBeNull();
    expect(await releaseLock(dir, colleague)).toBe(false);
  });
});
