// atomicWrite.ts: the one way the store puts bytes on disk. A reader (or a crash) sees the old
// file or the new one, never a mix: write a temporary file in the same folder, fsync it, rename
// it over the target, then fsync the folder so the rename itself is durable.
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { isErrno } from './paths';

/** Temporary files are dot-files ending in `.tmp`, so loaders and cleanup can recognise them. */
export const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/u;

function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes and fsyncs a brand-new file; fails if something is already there. */
async function writeNewFile(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `target` atomically. With `syncDir: false` the caller promises to call fsyncDir on
 * the folder itself, which lets a batch of renames share one directory flush.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: { syncDir?: boolean } = {}): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await writeNewFile(temp, data);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
  if (options.syncDir !== false) await fsyncDir(path.dirname(target));
}

/**
 * Flushes a folder's entries (renames, creations, deletions) to disk. Windows cannot open a
 * folder for fsync and makes renames durable on its own, so those refusals are not errors.
 */
export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
  } catch (error) {
    if (isErrno(error, 'EISDIR') || isErrno(error, 'EPERM') || isErrno(error, 'EACCES')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!(isErrno(error, 'EINVAL') || isErrno(error, 'EPERM') || isErrno(error, 'EBADF'))) throw error;
  } finally {
    await handle.close();
  }
}
