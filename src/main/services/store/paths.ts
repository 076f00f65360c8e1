// paths.ts: where things live inside an edition folder, and the checks that keep every path
// the store follows inside that folder (no `..`, no absolute paths, no symlinks pointing out).
import { realpath } from 'node:fs/promises';
import path from 'node:path';

export const EDITION_FILE = 'edition.json';
export const STORIES_DIR = 'stories';
export const ASSETS_DIR = 'assets';
export const PROOF_DIR = 'proof';
export const HISTORY_DIR = 'history';
export const LOCK_FILE = '.lock';

/** Every folder a fresh edition gets, so the layout is recognisable before anything is in it. */
export const EDITION_DIRS = [STORIES_DIR, ASSETS_DIR, PROOF_DIR, HISTORY_DIR] as const;

// An id that is usable as a file name on every desktop OS: no separators, no dots (so it cannot
// be `..` and the content hash after it parses unambiguously), and not a Windows device name.
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/u;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/iu;

export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id) && !WINDOWS_DEVICE.test(id);
}

/**
 * The file names a story file may have, as listed in edition.json: directly inside stories/,
 * a safe id, an optional dotted content hash, `.json`.
 */
const STORY_FILE = /^stories\/([A-Za-z0-9][A-Za-z0-9_-]{0,127})(\.[0-9a-f]{8,64})?\.json$/u;

export function isSafeStoryFile(file: string): boolean {
  const match = STORY_FILE.exec(file);
  return match !== null && match[1] !== undefined && isSafeId(match[1]);
}

/** The content-addressed name the store writes a story under: stories/<id>.<hash>.json. */
export function storyFileName(storyId: string, hash: string): string {
  return `${STORIES_DIR}/${storyId}.${hash}.json`;
}

/** Turns a relative path from a document (always `/`-separated) into an absolute path in `dir`. */
export function resolveInside(dir: string, relative: string): string {
  return path.join(dir, ...relative.split('/'));
}

export type Containment = { ok: true; real: string } | { ok: false; reason: string };

/**
 * Checks that `relative` names something inside `dir` once every symlink is resolved. The
 * lexical checks come first so that `../x` is refused even when it happens to exist.
 */
export async function containedPath(dir: string, relative: string): Promise<Containment> {
  if (relative.includes('\0')) return { ok: false, reason: 'the path contains a NUL character' };
  if (path.isAbsolute(relative) || path.win32.isAbsolute(relative) || relative.includes('\\')) {
    return { ok: false, reason: 'the path must be relative to the edition folder, with / separators' };
  }
  if (relative.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    return { ok: false, reason: 'the path must not contain "..", "." or empty parts' };
  }
  const root = await realpath(dir);
  let real: string;
  try {
    real = await realpath(resolveInside(dir, relative));
  } catch (error) {
    if (isErrno(error, 'ENOENT') || isErrno(error, 'ENOTDIR')) return { ok: false, reason: 'the file is missing' };
    if (isErrno(error, 'ELOOP')) return { ok: false, reason: 'the path is a symlink loop' };
    throw error;
  }
  if (!isWithin(root, real)) return { ok: false, reason: `resolves to ${real}, outside the edition folder` };
  return { ok: true, real };
}

export function isWithin(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

export function isErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
