// seedPath.ts: finds files that ship with the project (resources/sample/seed-page.txt) from
// wherever the code runs: src/ through tsx, out/main/ from the electron-vite bundle, or a CLI
// bundle. It walks up from this module's own location to the folder whose package.json is named
// "galley", so it never depends on the current working directory.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The sample seed, relative to the project root. */
export const SAMPLE_SEED_PATH = 'resources/sample/seed-page.txt';

const PACKAGE_NAME = 'galley';

function isProjectRoot(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false; // an unreadable package.json belongs to nobody we know
  }
}

/** The project root above `from` (a file or folder path, or a file: URL); throws when there is none. */
export function findProjectRoot(from: string = import.meta.url): string {
  let dir = from.startsWith('file:') ? dirname(fileURLToPath(from)) : from;
  const { root } = parse(dir);
  for (;;) {
    if (isProjectRoot(dir)) return dir;
    if (dir === root) throw new Error(`cannot find the Galley project folder (a package.json named "${PACKAGE_NAME}") above ${from}`);
    dir = dirname(dir);
  }
}

/** Absolute path of resources/sample/seed-page.txt. */
export function sampleSeedPath(from?: string): string {
  return join(findProjectRoot(from), ...SAMPLE_SEED_PATH.split('/'));
}
