// writeOutputs.ts: puts an export's files in the out folder together. The store's atomic write
// (temp file, fsync, rename, fsync the folder) is done for the whole set in two steps: every
// file is first written in full to a temporary dot-file beside its target, and only when all of
// them are on disk are they renamed into place. So a failure while writing (disk full, a folder
// in the way) leaves the out folder as it was: no half-written PDF, no new PDF next to an old
// one of the same export, no temporary file.
import { randomBytes } from 'node:crypto';
import { lstat, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fsyncDir } from '../store/atomicWrite';
import { isErrno } from '../store/paths';
import { ExportError } from './exportPlan';

export interface OutputFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** The store's temporary-file name (atomicWrite.ts TEMP_FILE): `.name.<12 hex>.tmp`. */
function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

async function writeTemp(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Refuses a target that exists and is not a plain file (a folder, a symlink): it is not ours to replace. */
async function checkTarget(target: string): Promise<void> {
  try {
    const info = await lstat(target);
    if (!info.isFile()) throw new ExportError(`${target} exists and is not a plain file; move it away and export again (nothing was written)`);
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
}

export interface WriteHooks {
  /** Runs once every file is staged and before any is renamed; if it throws, nothing is renamed. */
  readonly beforeCommit?: () => Promise<void>;
  /** After each file is written to its temporary name (progress). */
  readonly onStaged?: (file: OutputFile) => void;
}

/**
 * Writes `files` as described above. A rename failing part-way (which takes a failing disk, not
 * a full one) leaves the files before it in place; the error says so.
 */
export async function writeOutputs(files: readonly OutputFile[], hooks: WriteHooks = {}): Promise<void> {
  const staged: Array<{ temp: string; target: string }> = [];
  const cleanUp = async (): Promise<void> => {
    await Promise.all(staged.map((s) => unlink(s.temp).catch(() => {})));
  };
  try {
    for (const file of files) await checkTarget(file.path);
    for (const file of files) {
      const temp = tempPathFor(file.path);
      staged.push({ temp, target: file.path });
      await writeTemp(temp, file.bytes);
      hooks.onStaged?.(file);
    }
    await hooks.beforeCommit?.();
  } catch (error) {
    await cleanUp();
    throw error;
  }
  let renamed = 0;
  try {
    for (const { temp, target } of staged) {
      await rename(temp, target);
      renamed++;
    }
  } catch (error) {
    staged.splice(0, renamed);
    await cleanUp();
    const why = error instanceof Error ? error.message : String(error);
    throw new ExportError(`moving the PDFs into place failed after ${renamed} of ${files.length}: ${why}`, { cause: error });
  }
  for (const folder of new Set(files.map((f) => dirname(f.path)))) await fsyncDir(folder);
}
