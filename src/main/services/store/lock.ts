// lock.ts: the lock file that says who has an edition open for writing, so two people (or two
// machines sharing a folder) do not overwrite each other. It is created with an exclusive
// create, so of two processes racing for it exactly one wins.
import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { type LockInfo, LockInfoSchema } from '../../../shared/host-api';
import { fsyncDir } from './atomicWrite';
import { parseJsonBytes } from './jsonText';
import { isErrno, LOCK_FILE, resolveInside } from './paths';

export interface LockOwner {
  readonly user: string;
  readonly host: string;
  readonly pid: number;
}

export type LockResult = { ok: true; lock: LockInfo } | { ok: false; heldBy: LockInfo; stale: boolean };

interface HeldLock {
  readonly info: LockInfo;
  /** The file's bytes, to tell later whether it is still the same lock. */
  readonly bytes: Uint8Array;
  /** False when the file is empty or garbled: its owner died while writing it. */
  readonly readable: boolean;
}

// Each round handles one lock that vanished or was replaced under us; more than a few rounds
// means several processes are fighting over the edition, and giving up is the right answer.
const ROUNDS = 4;

export async function acquireLock(
  dir: string,
  owner: LockOwner,
  options: { takeOverStale?: boolean; now: () => Date },
): Promise<LockResult> {
  let last: { heldBy: LockInfo; stale: boolean } | null = null;
  for (let round = 0; round < ROUNDS; round++) {
    const lock: LockInfo = { user: owner.user, host: owner.host, pid: owner.pid, since: options.now().toISOString() };
    if (await createLockFile(dir, lock)) return { ok: true, lock };
    const held = await readHeld(dir);
    if (held === null) continue; // released between our create and our read: try again
    const stale = isStale(held, owner);
    last = { heldBy: held.info, stale };
    if (!stale || options.takeOverStale !== true) return { ok: false, ...last };
    await moveAsideIfUnchanged(dir, held);
  }
  return { ok: false, ...(last ?? { heldBy: { user: 'unknown', host: 'unknown', pid: 0, since: '' }, stale: false }) };
}

/** Removes the lock only if it is ours; returns whether it did. */
export async function releaseLock(dir: string, owner: LockOwner): Promise<boolean> {
  const held = await readHeld(dir);
  if (held === null || !held.readable || !sameOwner(held.info, owner)) return false;
  try {
    await unlink(resolveInside(dir, LOCK_FILE));
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false;
    throw error;
  }
  return true;
}

/** Who holds the edition, or null. An unreadable lock file reads as an unknown owner. */
export async function readLock(dir: string): Promise<LockInfo | null> {
  return (await readHeld(dir))?.info ?? null;
}

/**
 * A lock is stale when it was taken on this host by a process that no longer runs. A lock from
 * another host is never stale: we cannot see its processes. A garbled lock file is stale, since
 * its writer died in the instant between creating and filling it.
 */
function isStale(held: HeldLock, owner: LockOwner): boolean {
  if (!held.readable) return true;
  if (held.info.host !== owner.host) return false;
  if (held.info.pid === owner.pid) return false;
  return !isProcessAlive(held.info.pid);
}

export function isProcessAlive(pid: number): boolean {
  // 0 and negative numbers address process groups in kill(2), not a process.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, which still means alive.
    return !isErrno(error, 'ESRCH');
  }
}

async function createLockFile(dir: string, lock: LockInfo): Promise<boolean> {
  let handle;
  try {
    handle = await open(resolveInside(dir, LOCK_FILE), 'wx');
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw error;
  }
  try {
    await handle.writeFile(`${JSON.stringify(lock, null, 2)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fsyncDir(dir);
  return true;
}

async function readHeld(dir: string): Promise<HeldLock | null> {
  const file = resolveInside(dir, LOCK_FILE);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
  const json = parseJsonBytes(bytes);
  const info = json.ok ? LockInfoSchema.safeParse(json.value) : null;
  if (info?.success) return { info: info.data, bytes, readable: true };
  const since = await stat(file).then((s) => s.mtime.toISOString(), () => '');
  return { info: { user: 'unknown', host: 'unknown', pid: 0, since }, bytes, readable: false };
}

/**
 * Takes a stale lock out of the way. Renaming (rather than deleting) lets us check afterwards
 * that what we moved is the stale lock we judged, and not a fresh lock another process wrote
 * in the meantime; if it is fresh, it goes back.
 */
async function moveAsideIfUnchanged(dir: string, held: HeldLock): Promise<void> {
  const lockFile = resolveInside(dir, LOCK_FILE);
  const aside = resolveInside(dir, `${LOCK_FILE}.${randomBytes(6).toString('hex')}.stale`);
  try {
    await rename(lockFile, aside);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    throw error;
  }
  const moved = await readFile(aside);
  if (Buffer.compare(moved, held.bytes) !== 0) {
    // link() fails if yet another lock appeared; then that one stands and this one is dropped.
    await link(aside, lockFile).catch(() => {});
  }
  await unlink(aside);
}

function sameOwner(lock: LockInfo, owner: LockOwner): boolean {
  return lock.user === owner.user && lock.host === owner.host && lock.pid === owner.pid;
}
