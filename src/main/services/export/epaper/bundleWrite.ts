// bundleWrite.ts: puts a whole bundle folder in place at once. Every file is written (and
// flushed) into a hidden sibling folder first; only when all are on disk is the old bundle
// renamed away, the new one renamed in, and the old one deleted. A failure before the swap
// deletes the staged folder and leaves the old bundle as it was; a failure in the swap puts the
// old bundle back. Readers (a web server, a browser) see the old bundle or the new one, never a
// mix, except during two renames in the same folder.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fsyncDir } from '../../store/atomicWrite';
import { isErrno } from '../../store/paths';
import { ExportError } from '../exportPlan';

export interface BundleFile {
  /** Bundle-relative, `/`-separated. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface StagedBundle {
  /** The hidden folder the files were written to. */
  readonly stageDir: string;
  /** Swaps the staged folder in for `outDir` (whatever was there goes). */
  commit(): Promise<void>;
  /** Deletes the staged folder (after a failure). */
  discard(): Promise<void>;
}

/** Files written at once: enough to keep the disk busy, few enough not to exhaust file handles. */
const PARALLEL_WRITES = 8;

/** `.name.<12 hex>.<kind>` beside `outDir` (dot-files: web servers and file managers hide them). */
export function siblingPath(outDir: string, kind: 'stage' | 'old' | 'tmp'): string {
  return join(dirname(outDir), `.${basename(outDir)}.${randomBytes(6).toString('hex')}.${kind}`);
}

/** Writes a new file (never over an existing one) and flushes it to disk. */
export async function writeFlushed(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes every file under a new hidden sibling of `outDir`; `onWritten` after each (progress). */
export async function stageBundle(outDir: string, files: readonly BundleFile[], onWritten?: (file: BundleFile) => void): Promise<StagedBundle> {
  await mkdir(dirname(outDir), { recursive: true });
  const stageDir = siblingPath(outDir, 'stage');
  await mkdir(stageDir);
  const discard = (): Promise<void> => rm(stageDir, { recursive: true, force: true });
  try {
    const folders = [...new Set(files.map((f) => dirname(join(stageDir, f.path))))].sort();
    for (const folder of folders) await mkdir(folder, { recursive: true });
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let file = files[next++]; file !== undefined; file = files[next++]) {
        await writeFlushed(join(stageDir, file.path), file.bytes);
        onWritten?.(file);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_WRITES, files.length) }, worker));
    for (const folder of folders.reverse()) await fsyncDir(folder);
  } catch (error) {
    await discard();
    throw error;
  }
  return { stageDir, discard, commit: () => swapIn(stageDir, outDir) };
}

async function swapIn(stageDir: string, outDir: string): Promise<void> {
  const old = siblingPath(outDir, 'old');
  let movedAway = false;
  try {
    await rename(outDir, old);
    movedAway = true;
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
  try {
    await rename(stageDir, outDir);
  } catch (error) {
    if (movedAway) await rename(old, outDir).catch(() => {});
    const why = error instanceof Error ? error.message : String(error);
    throw new ExportError(`moving the new bundle into ${outDir} failed${movedAway ? '; the earlier bundle was put back' : ''}: ${why}`, { cause: error });
  }
  await fsyncDir(dirname(outDir));
  // The new bundle is in place; the old one is only garbage now, so failing to delete it is not
  // the export's failure (a hidden .old folder is left behind).
  if (movedAway) await rm(old, { recursive: true, force: true }).catch(() => {});
}
