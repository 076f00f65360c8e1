// copyEditionFolder.ts: Save As copies the whole edition folder (edition.json, stories, assets,
// fonts, proof, history) to a new place, complete or not at all: the copy is made in a hidden
// sibling folder, fsynced, and renamed into place, as createEdition does. What belongs to the
// running session stays behind: the lock, the edit journal and half-written temp files.
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, open, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileRefusal } from '../../../shared/editions-api';
import { ServiceError } from '../errors';
import { fsyncDir, TEMP_FILE } from '../store/atomicWrite';
import { isErrno, isWithin, LOCK_FILE } from '../store/paths';

/** Files that describe the session rather than the edition (relative, `/`-separated). */
function staysBehind(relative: string, name: string): boolean {
  if (relative === LOCK_FILE || name.startsWith(`${LOCK_FILE}.`)) return true;
  if (TEMP_FILE.test(name)) return true;
  return /^history\/journal(-.*)?\.jsonl$/u.test(relative);
}

export async function copyEditionFolder(from: string, to: string): Promise<void> {
  const target = path.resolve(to);
  const source = path.resolve(from);
  if (target === source) {
    throw new ServiceError('invalid-request', `${target} is the edition being copied; choose another name`, fileRefusal('sameAsSource', { path: target }));
  }
  if (isWithin(source, target)) {
    throw new ServiceError('invalid-request', `${target} is inside the edition being copied (${source}); choose a folder outside it`, fileRefusal('insideSource', { target, source }));
  }
  const existed = await emptyFolderOrNothing(target);
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const temp = path.join(parent, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await copyTree(source, temp, '');
    if (existed) await rmdir(target);
    await rename(temp, target);
    await fsyncDir(parent);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

async function copyTree(from: string, to: string, prefix: string): Promise<void> {
  await mkdir(to);
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const relative = prefix + entry.name;
    if (staysBehind(relative, entry.name)) continue;
    const source = path.join(from, entry.name);
    const dest = path.join(to, entry.name);
    if (entry.isDirectory()) await copyTree(source, dest, `${relative}/`);
    // Symlinks are not followed: an edition's files are its own (the store refuses links out).
    else if (entry.isFile()) await copyFile(source, dest);
  }
  await fsyncFiles(to);
}

/** copyFile does not fsync; the folder's files are flushed before the rename commits the copy. */
async function fsyncFiles(folder: string): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const handle = await open(path.join(folder, entry.name), 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
  await fsyncDir(folder);
}

/** True for an empty folder (replaced), false for nothing there; refuses anything else. */
async function emptyFolderOrNothing(target: string): Promise<boolean> {
  try {
    const info = await stat(target);
    if (!info.isDirectory()) throw new ServiceError('invalid-request', `${target} already exists and is not a folder`, fileRefusal('notAFolder', { path: target }));
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false;
    throw error;
  }
  if ((await readdir(target)).length > 0) throw new ServiceError('invalid-request', `${target} already exists and is not empty; choose a new name`, fileRefusal('notEmpty', { path: target }));
  return true;
}
