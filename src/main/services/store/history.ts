// history.ts: recovery snapshots in history/. Each is the whole assembled edition in one file,
// named by time and revision (history/2023-05-15T08-30-00-000Z-r00000012.json), so a person can
// pick one by name and open it without the rest of the folder. Only the newest `keep` stay.
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import type { Edition } from '../../../shared/model';
import { parseEdition } from '../../../shared/model';
import { EditionLoadError } from '../errors';
import { writeFileAtomic } from './atomicWrite';
import { toJsonText } from './editionFiles';
import { parseJsonBytes } from './jsonText';
import { HISTORY_DIR, isErrno, resolveInside } from './paths';

export const DEFAULT_HISTORY_KEEP = 20;

export interface SnapshotInfo {
  /** Relative path, e.g. history/2023-05-15T08-30-00-000Z-r00000012.json. */
  readonly file: string;
  readonly time: string;
  readonly revision: number;
}

// ':' is not allowed in Windows file names, hence the dashes in the time.
const SNAPSHOT = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-r(\d{8,})(?:-(\d+))?\.json$/u;

function stamp(time: Date): string {
  return time.toISOString().replace(/[:.]/gu, '-');
}

/**
 * Writes a snapshot of `edition` (already saved or about to be) and prunes the oldest beyond
 * `keep`. Returns the snapshot's relative path.
 */
export async function writeSnapshot(dir: string, edition: Edition, options: { time: Date; revision: number; keep?: number }): Promise<string> {
  const keep = options.keep ?? DEFAULT_HISTORY_KEEP;
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError(`history keep must be a positive integer, not ${keep}`);
  const folder = resolveInside(dir, HISTORY_DIR);
  await mkdir(folder, { recursive: true });
  const existing = new Set(await readdir(folder));
  const base = `${stamp(options.time)}-r${String(options.revision).padStart(8, '0')}`;
  // The same time and revision twice (a frozen test clock, a save with nothing new) gets a
  // counter rather than overwriting the earlier snapshot.
  let name = `${base}.json`;
  for (let n = 2; existing.has(name); n++) name = `${base}-${n}.json`;
  await writeFileAtomic(resolveInside(folder, name), toJsonText(edition));
  await pruneSnapshots(dir, keep);
  return `${HISTORY_DIR}/${name}`;
}

/** Snapshots oldest first. Files in history/ that the store did not name are ignored. */
export async function listSnapshots(dir: string): Promise<SnapshotInfo[]> {
  let names: string[];
  try {
    names = await readdir(resolveInside(dir, HISTORY_DIR));
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return [];
    throw error;
  }
  const found = names.flatMap((name) => {
    const m = SNAPSHOT.exec(name);
    if (!m || m[1] === undefined || m[2] === undefined) return [];
    return [{ name, time: m[1], revision: Number(m[2]), counter: m[3] === undefined ? 1 : Number(m[3]) }];
  });
  found.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.revision - b.revision || a.counter - b.counter));
  return found.map(({ name, time, revision }) => ({ file: `${HISTORY_DIR}/${name}`, time, revision }));
}

export async function pruneSnapshots(dir: string, keep: number): Promise<string[]> {
  const all = await listSnapshots(dir);
  const doomed = all.slice(0, Math.max(0, all.length - keep));
  for (const s of doomed) {
    await unlink(resolveInside(dir, s.file)).catch((error: unknown) => {
      if (!isErrno(error, 'ENOENT')) throw error;
    });
  }
  return doomed.map((s) => s.file);
}

/** Reads one snapshot back as an Edition (for recovery), with the same checks as a load. */
export async function readSnapshot(dir: string, file: string): Promise<Edition> {
  if (!SNAPSHOT.test(file.slice(HISTORY_DIR.length + 1)) || !file.startsWith(`${HISTORY_DIR}/`)) {
    throw new EditionLoadError(file, '$', 'is not a snapshot in history/');
  }
  const parsed = parseJsonBytes(await readFile(resolveInside(dir, file)));
  if (!parsed.ok) throw new EditionLoadError(file, '$', parsed.reason);
  const result = parseEdition(parsed.value);
  if (!result.ok) {
    const first = result.issues[0];
    throw new EditionLoadError(file, first?.path ?? '$', first?.reason ?? 'invalid');
  }
  return result.edition;
}
