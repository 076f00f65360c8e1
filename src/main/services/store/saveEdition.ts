// saveEdition.ts: writes an edition over an existing edition folder so that, if the process is
// killed at any instant, the folder loads as the old edition or the new one (README.md, "Save
// protocol"):
//   1. validate; refuse to write anything that would not load again;
//   2. write each story file whose content is new under its content-addressed name (temp file,
//      fsync, rename), then fsync stories/: nothing the current edition.json names is touched;
//   3. replace edition.json atomically: this rename is the commit point;
//   4. delete story files and temp files nothing refers to any more.
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { fileRefusal } from '../../../shared/editions-api';
import type { Edition } from '../../../shared/model';
import { ServiceError } from '../errors';
import { fsyncDir, TEMP_FILE, writeFileAtomic } from './atomicWrite';
import { editionDocuments, StoryRefsSchema, validateForWrite } from './editionFiles';
import { parseJsonBytes } from './jsonText';
import { containedPath, EDITION_FILE, isErrno, resolveInside, STORIES_DIR } from './paths';

export interface SaveReport {
  /** Story files written by this save (relative paths). */
  readonly written: string[];
  /** Story files the previous edition.json already listed with the same content. */
  readonly kept: string[];
  /** Files removed afterwards: superseded story files and temp files of interrupted saves. */
  readonly removed: string[];
}

const STORY_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[0-9a-f]{8,64})?\.json$/u;

export async function saveEdition(dir: string, edition: Edition): Promise<SaveReport> {
  const valid = validateForWrite(edition);
  // Saving never creates the edition folder: a folder that vanished (an unmounted share, a
  // rename) must surface as an error rather than as a fresh folder somewhere else.
  const folder = await stat(dir).catch(() => null);
  if (!folder?.isDirectory()) throw new ServiceError('not-found', `cannot save: the edition folder ${dir} does not exist`, fileRefusal('folderMissing', { path: dir }));
  await checkAssetFiles(dir, valid);
  const docs = editionDocuments(valid);
  const previous = await currentStoryFiles(dir);

  const storiesDir = resolveInside(dir, STORIES_DIR);
  await mkdir(storiesDir, { recursive: true });
  const written: string[] = [];
  const kept: string[] = [];
  for (const story of docs.stories) {
    if (previous.has(story.file) && (await isContainedFile(dir, story.file))) {
      kept.push(story.file);
      continue;
    }
    await writeFileAtomic(resolveInside(dir, story.file), story.json, { syncDir: false });
    written.push(story.file);
  }
  if (written.length > 0) await fsyncDir(storiesDir);

  await writeFileAtomic(resolveInside(dir, EDITION_FILE), docs.editionJson);

  const removed = await removeUnreferenced(dir, new Set(docs.stories.map((s) => s.file)));
  return { written, kept, removed };
}

/**
 * Story files the edition.json on disk lists. Anything unreadable counts as "none": the save
 * then rewrites every story, which is always safe.
 */
async function currentStoryFiles(dir: string): Promise<Set<string>> {
  try {
    const parsed = parseJsonBytes(await readFile(resolveInside(dir, EDITION_FILE)));
    if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return new Set();
    const refs = StoryRefsSchema.safeParse((parsed.value as { stories?: unknown }).stories);
    return new Set(refs.success ? refs.data.map((r) => r.file) : []);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return new Set();
    throw error;
  }
}

/** An edition whose asset file is missing would not load again, so it is not written. */
export async function checkAssetFiles(dir: string, edition: Edition): Promise<void> {
  for (const [i, asset] of edition.assets.entries()) {
    const where = await containedPath(dir, asset.path);
    if (!where.ok) throw new ServiceError('invalid-request', `refusing to write the edition: ${asset.path} ($.assets[${i}].path): ${where.reason}`);
  }
}

async function removeUnreferenced(dir: string, keep: ReadonlySet<string>): Promise<string[]> {
  const removed: string[] = [];
  const sweep = async (folder: string, prefix: string, isOurs: (name: string) => boolean): Promise<void> => {
    for (const name of await readdir(resolveInside(dir, folder || '.')).catch(() => [] as string[])) {
      const relative = prefix + name;
      if (keep.has(relative) || !isOurs(name)) continue;
      try {
        await unlink(resolveInside(dir, relative));
        removed.push(relative);
      } catch (error) {
        if (!isErrno(error, 'ENOENT')) throw error;
      }
    }
  };
  // Only names the store itself makes are removed; a file someone else put there stays.
  await sweep(STORIES_DIR, `${STORIES_DIR}/`, (name) => STORY_FILE_NAME.test(name) || TEMP_FILE.test(name));
  await sweep('', '', (name) => TEMP_FILE.test(name));
  return removed;
}

async function isContainedFile(dir: string, relative: string): Promise<boolean> {
  const where = await containedPath(dir, relative);
  return where.ok && (await stat(where.real)).isFile();
}
