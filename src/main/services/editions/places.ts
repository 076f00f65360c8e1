// places.ts: where editions may be created, opened and copied to when the window names a path,
// and where the app keeps its own small files. The window is untrusted (design.md), and in a
// browser anything holding the token speaks for it, so a path it sends is accepted only inside
// the user's documents folder, or when it is an edition this machine already opened (the recent
// list, which only main writes). Paths main picks itself (Electron's dialogs, the command line)
// do not go through here.
import { mkdir, realpath } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileRefusal } from '../../../shared/editions-api';
import { ServiceError } from '../errors';

export const EDITION_SUFFIX = '.galley';

/**
 * The documents folder: $XDG_DOCUMENTS_DIR when set, else ~/Documents (the folder Electron's
 * app.getPath('documents') names on every desktop OS).
 */
export function defaultDocumentsDir(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  const xdg = env.XDG_DOCUMENTS_DIR;
  return xdg && path.isAbsolute(xdg) ? xdg : path.join(home, 'Documents');
}

/**
 * Galley's own settings folder: $GALLEY_CONFIG_DIR (tests point it at a temp folder), else the
 * platform's per-user config folder.
 */
export function defaultConfigDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  const own = env.GALLEY_CONFIG_DIR;
  if (own && path.isAbsolute(own)) return own;
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Galley');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Galley');
  const xdg = env.XDG_CONFIG_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.config'), 'galley');
}

/** `name` with `.galley` at the end (the folder is recognisable as an edition by its name). */
export function editionFolderName(name: string): string {
  const trimmed = name.trim();
  return trimmed.toLowerCase().endsWith(EDITION_SUFFIX) ? trimmed : `${trimmed}${EDITION_SUFFIX}`;
}

/** The absolute path the window means: `folder` is absolute, or relative to the documents folder. */
export function resolveFromDocuments(documentsDir: string, folder: string, name?: string): string {
  const base = path.isAbsolute(folder) ? folder : path.join(documentsDir, folder);
  return path.resolve(name === undefined ? base : path.join(base, editionFolderName(name)));
}

/**
 * Refuses `target` unless it lies inside `documentsDir` (symlinks resolved as far as the path
 * exists) or is one of `alsoAllowed`. The message says which folder is allowed and why.
 */
export async function checkPlace(target: string, documentsDir: string, alsoAllowed: readonly string[] = []): Promise<void> {
  const wanted = path.resolve(target);
  const realWanted = await realpathOfExisting(wanted);
  for (const allowed of alsoAllowed) {
    const resolved = path.resolve(allowed);
    if (resolved === wanted || (await realpathOfExisting(resolved)) === realWanted) return;
  }
  await mkdir(documentsDir, { recursive: true }).catch(() => {});
  const root = await realpathOfExisting(path.resolve(documentsDir));
  if (isInside(root, realWanted)) return;
  throw new ServiceError(
    'invalid-request',
    `${wanted} is outside the documents folder ${documentsDir}: from this window Galley creates, opens and copies editions only there (or reopens one from the recent list), so a page that got hold of the window cannot reach the rest of the disk`,
    fileRefusal('outsideDocuments', { path: wanted, documents: documentsDir }),
  );
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** The real path of the longest existing ancestor, with the rest of the path appended. */
async function realpathOfExisting(target: string): Promise<string> {
  const rest: string[] = [];
  let at = target;
  for (;;) {
    try {
      return path.join(await realpath(at), ...rest.reverse());
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return target;
      rest.push(path.basename(at));
      at = parent;
    }
  }
}
