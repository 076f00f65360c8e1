// editionDir.ts: turning an EDITION argument into a folder, and the errors of opening one into
// messages that name the file, the JSON path and the reason.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EditionLoadError } from '../services/errors';
import { EditionLockedError } from '../services/session';
import { CliFailure, editionLoadFailure } from './failure';
import type { Messages } from './messages';

/** The absolute path of an existing edition folder; a missing one fails naming the path. */
export async function existingEditionDir(cwd: string, arg: string, m: Messages): Promise<string> {
  const dir = resolve(cwd, arg);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(dir)).isDirectory();
  } catch {
    throw new CliFailure(m.noEdition(dir));
  }
  if (!isDirectory) throw new CliFailure(m.notAFolder(dir));
  return dir;
}

/** Runs `open` and rewrites load and lock errors as CliFailures for `dir`. */
export async function openingEdition<T>(dir: string, m: Messages, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    if (error instanceof EditionLoadError) throw editionLoadFailure(m, dir, error);
    if (error instanceof EditionLockedError) {
      const h = error.heldBy;
      throw new CliFailure(m.locked(dir, m.lockHolder(h.user, h.host, h.pid, h.since), error.stale), { cause: error });
    }
    throw error;
  }
}
