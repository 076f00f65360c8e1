// loadEdition.ts: an edition folder → a validated Edition, or an EditionLoadError naming the
// file, the JSON path inside it and the reason. Loading only reads: it never repairs, migrates
// on disk or cleans up, so a failed load leaves the folder exactly as it was.
//
// 1. edition.json: readable, UTF-8, JSON, an object, a schemaVersion this build knows.
// 2. its `stories` list: each a safe file name inside stories/, resolving inside the folder.
// 3. each story file: UTF-8 JSON whose id matches the list.
// 4. the assembled edition through parseEdition (migrate → schema → references); an issue in
//    $.stories[i] is reported against that story's own file.
// 5. each asset file: present, a regular file, resolving inside the folder.
import { readFile, stat } from 'node:fs/promises';
import { CURRENT_SCHEMA_VERSION, type Edition, parseEdition } from '../../../shared/model';
import { EditionLoadError } from '../errors';
import { type StoryRef, StoryRefsSchema } from './editionFiles';
import { parseJsonBytes } from './jsonText';
import { containedPath, EDITION_FILE, isErrno, isSafeStoryFile, resolveInside } from './paths';

export interface LoadedEdition {
  readonly edition: Edition;
  /** Descriptions of the migrations applied in memory (the files are not rewritten). */
  readonly migrationsApplied: string[];
}

// A story file can vanish between reading edition.json and reading the story when another
// process saves at that moment (it deletes the files the old edition.json listed). Then the
// load starts again from the new edition.json; a few rounds are plenty.
const ATTEMPTS = 3;

class StoryVanished extends Error {
  constructor(
    readonly editionBytes: Uint8Array,
    readonly error: EditionLoadError,
  ) {
    super(error.message);
  }
}

export async function loadEdition(dir: string): Promise<LoadedEdition> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await loadOnce(dir);
    } catch (error) {
      if (!(error instanceof StoryVanished)) throw error;
      const now = await readFile(resolveInside(dir, EDITION_FILE)).catch(() => null);
      if (attempt >= ATTEMPTS || now === null || Buffer.compare(now, error.editionBytes) === 0) throw error.error;
    }
  }
}

async function loadOnce(dir: string): Promise<LoadedEdition> {
  await checkFolder(dir);
  const editionBytes = await readContained(dir, EDITION_FILE, (reason) =>
    reason === 'the file is missing' ? `the file is missing, so ${dir} is not a Galley edition` : reason,
  );
  const raw = parseJsonOrThrow(EDITION_FILE, editionBytes);
  if (!isRecord(raw)) throw new EditionLoadError(EDITION_FILE, '$', 'must be a JSON object');
  checkVersion(raw.schemaVersion);
  const refs = parseRefs(raw.stories);

  const stories: unknown[] = [];
  for (const [i, ref] of refs.entries()) {
    const listed = `listed in ${EDITION_FILE} $.stories[${i}].file`;
    let bytes: Uint8Array;
    try {
      bytes = await readContained(dir, ref.file, (reason) => `${reason} (${listed})`);
    } catch (error) {
      if (error instanceof EditionLoadError && error.reason.startsWith('the file is missing')) throw new StoryVanished(editionBytes, error);
      throw error;
    }
    const story = parseJsonOrThrow(ref.file, bytes);
    if (isRecord(story) && typeof story.id === 'string' && story.id !== ref.id) {
      throw new EditionLoadError(ref.file, '$.id', `is "${story.id}" but ${EDITION_FILE} $.stories[${i}].id says "${ref.id}"`);
    }
    stories.push(story);
  }

  const parsed = parseEdition({ ...raw, stories });
  if (!parsed.ok) {
    const first = parsed.issues[0] ?? { path: '$', reason: 'invalid' };
    const { file, jsonPath } = fileOfIssue(first.path, refs);
    throw new EditionLoadError(file, jsonPath, first.reason);
  }
  await checkAssets(dir, parsed.edition);
  return { edition: parsed.edition, migrationsApplied: parsed.migrationsApplied };
}

async function checkFolder(dir: string): Promise<void> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new EditionLoadError(dir, '$', 'is not a folder; an edition is a folder such as name.galley/');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) throw new EditionLoadError(dir, '$', 'the edition folder does not exist');
    throw error;
  }
}

/** Reads a file named relative to the edition folder, refusing anything that leads outside it. */
async function readContained(dir: string, file: string, explain: (reason: string) => string): Promise<Uint8Array> {
  const where = await containedPath(dir, file);
  if (!where.ok) throw new EditionLoadError(file, '$', explain(where.reason));
  try {
    return await readFile(where.real);
  } catch (error) {
    if (isErrno(error, 'EISDIR')) throw new EditionLoadError(file, '$', explain('is a folder, not a file'));
    if (isErrno(error, 'EACCES') || isErrno(error, 'EPERM')) throw new EditionLoadError(file, '$', explain('permission denied'));
    throw error;
  }
}

function parseJsonOrThrow(file: string, bytes: Uint8Array): unknown {
  const result = parseJsonBytes(bytes);
  if (!result.ok) throw new EditionLoadError(file, '$', result.reason);
  return result.value;
}

function checkVersion(version: unknown): void {
  // Checked before the stories list, because a newer format may have changed that list too and
  // "update Galley" is then the only useful advice.
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
    throw new EditionLoadError(
      EDITION_FILE,
      '$.schemaVersion',
      `version ${version} is newer than this Galley understands (${CURRENT_SCHEMA_VERSION}); update Galley to open it`,
    );
  }
}

function parseRefs(value: unknown): StoryRef[] {
  const parsed = StoryRefsSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const at = (first?.path ?? []).map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
    throw new EditionLoadError(EDITION_FILE, `$.stories${at}`, `${first?.message ?? 'invalid'} (expected a list of { id, file })`);
  }
  parsed.data.forEach((ref, i) => {
    if (!isSafeStoryFile(ref.file)) {
      throw new EditionLoadError(
        EDITION_FILE,
        `$.stories[${i}].file`,
        `"${ref.file}" is not an allowed story file name: it must be stories/<id>.json with an id of letters, digits, "-" and "_"`,
      );
    }
  });
  return parsed.data;
}

/** Issues in $.stories[i]… belong to the story's own file; everything else to edition.json. */
function fileOfIssue(path: string, refs: readonly StoryRef[]): { file: string; jsonPath: string } {
  const match = /^\$\.stories\[(\d+)\](.*)$/u.exec(path);
  const ref = match ? refs[Number(match[1])] : undefined;
  if (match && ref) return { file: ref.file, jsonPath: `$${match[2] ?? ''}` };
  return { file: EDITION_FILE, jsonPath: path };
}

async function checkAssets(dir: string, edition: Edition): Promise<void> {
  for (const [i, asset] of edition.assets.entries()) {
    const jsonPath = `$.assets[${i}].path`;
    const where = await containedPath(dir, asset.path);
    const context = `(asset "${asset.id}", ${EDITION_FILE} ${jsonPath})`;
    if (!where.ok) throw new EditionLoadError(asset.path, jsonPath, `${where.reason} ${context}`);
    const info = await stat(where.real);
    if (!info.isFile()) throw new EditionLoadError(asset.path, jsonPath, `is not a regular file ${context}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
