import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { EditionLoadError } from '../../../../src/main/services/errors';
import { createEdition, loadEdition } from '../../../../src/main/services/store';
import { CURRENT_SCHEMA_VERSION } from '../../../../src/shared/model';
import { buildTestEdition } from '../../../fixtures/store/editions';
import { folderHash } from '../../../fixtures/store/folderHash';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
afterAll(() => temp.cleanup());

let root: string;
let dir: string;
beforeEach(async () => {
  root = await temp.make();
  dir = path.join(root, 'test.galley');
  const { edition, assets } = buildTestEdition({ stories: 3, withImage: true });
  await createEdition(dir, edition, assets);
});

async function readJson(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Record<string, unknown>;
}
async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(path.join(dir, file), JSON.stringify(value, null, 2));
}
async function storyFile(index: number): Promise<string> {
  const refs = (await readJson('edition.json')).stories as Array<{ file: string }>;
  const ref = refs[index];
  if (!ref) throw new Error(`no story ${index}`);
  return ref.file;
}

/** Loads, expects an EditionLoadError, and checks the folder was not touched. */
async function expectLoadError(folder = dir): Promise<EditionLoadError> {
  const before = await folderHash(root);
  const error = await loadEdition(folder).then(
    () => null,
    (e: unknown) => e,
  );
  expect(await folderHash(root)).toBe(before);
  expect(error).toBeInstanceOf(EditionLoadError);
  return error as EditionLoadError;
}

describe('loadEdition', () => {
  it('gives back exactly the edition that createEdition wrote', async () => {
    const { edition } = buildTestEdition({ stories: 3, withImage: true });
    const loaded = await loadEdition(dir);
    expect(loaded.edition).toEqual(edition);
    expect(loaded.migrationsApplied).toEqual([]);
  });

  it('keeps stories out of edition.json and one story per file under stories/', async () => {
    const json = await readJson('edition.json');
    const refs = json.stories as Array<{ id: string; file: string }>;
    expect(refs.map((r) => r.id)).toEqual(['story-1', 'story-2', 'story-3']);
    for (const ref of refs) {
      expect(ref.file).toMatch(new RegExp(`^stories/${ref.id}\\.[0-9a-f]{16}\\.json$`, 'u'));
      expect((await readJson(ref.file)).id).toBe(ref.id);
    }
    expect((await readdir(dir)).sort()).toEqual(['assets', 'edition.json', 'history', 'proof', 'stories']);
  });

  it('writes nothing when it succeeds', async () => {
    const before = await folderHash(root);
    await loadEdition(dir);
    expect(await folderHash(root)).toBe(before);
  });

  it('gives the line and column of a JSON syntax error in edition.json', async () => {
    const text = await readFile(path.join(dir, 'edition.json'), 'utf8');
    // Drop the comma after "schemaVersion": 3 → the error is at the start of line 3.
    await writeFile(path.join(dir, 'edition.json'), text.replace(/("schemaVersion": \d+),/u, '$1'));
    const error = await expectLoadError();
    expect(error.file).toBe('edition.json');
    expect(error.jsonPath).toBe('$');
    expect(error.reason.startsWith('malformed JSON at line 3, column 3: expected "," or "}", found "\\""')).toBe(true);
  });

  it('names the story file that holds malformed JSON', async () => {
    const file = await storyFile(1);
    await writeFile(path.join(dir, file), '{\n  "id": "story-2",\n  "slug": 稿件\n}');
    const error = await expectLoadError();
    expect([error.file, error.jsonPath]).toEqual([file, '$']);
    expect(error.reason).toContain('line 3, column 11');
  });

  it('reports a truncated file at its end', async () => {
    const file = await storyFile(0);
    const text = await readFile(path.join(dir, file), 'utf8');
    await writeFile(path.join(dir, file), text.slice(0, 100));
    const error = await expectLoadError();
    expect(error.file).toBe(file);
    expect(error.reason).toMatch(/line \d+, column \d+: .*found the end of the file/u);
  });

  it('refuses bytes that are not UTF-8, with their offset', async () => {
    const file = await storyFile(0);
    await writeFile(path.join(dir, file), Buffer.concat([Buffer.from('{"id": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]));
    const error = await expectLoadError();
    expect(error.file).toBe(file);
    expect(error.reason).toBe('not valid UTF-8 text (byte offset 8)');
  });

  it('points a schema violation in a story at the story file and the path inside it', async () => {
    const file = await storyFile(2);
    const story = await readJson(file);
    const paragraphs = story.paragraphs as Array<Record<string, unknown>>;
    paragraphs[2] = { ...paragraphs[2], style: 'p-nonexistent' };
    await writeJson(file, story);
    const error = await expectLoadError();
    expect([error.file, error.jsonPath]).toEqual([file, '$.paragraphs[2].style']);
    expect(error.reason).toContain('p-nonexistent');
  });

  it('points a shape violation in a story at the story file', async () => {
    const file = await storyFile(0);
    const story = await readJson(file);
    (story.paragraphs as Array<Record<string, unknown>>)[1] = { id: 'para-x', style: 'p-zhengwen', runs: 'text' };
    await writeJson(file, story);
    const error = await expectLoadError();
    expect([error.file, error.jsonPath]).toEqual([file, '$.paragraphs[1].runs']);
  });

  it('points a schema violation outside the stories at edition.json', async () => {
    const json = await readJson('edition.json');
    const pages = json.pages as Array<{ frames: Array<Record<string, unknown>> }>;
    pages[0]!.frames[1]!.width = 'wide';
    await writeJson('edition.json', json);
    const error = await expectLoadError();
    expect([error.file, error.jsonPath]).toEqual(['edition.json', '$.pages[0].frames[1].width']);
  });

  it('refuses a story file whose id differs from the list', async () => {
    const file = await storyFile(1);
    await writeJson(file, { ...(await readJson(file)), id: 'story-9' });
    const error = await expectLoadError();
    expect([error.file, error.jsonPath]).toEqual([file, '$.id']);
    expect(error.reason).toContain('story-2');
  });

  it('names the missing asset file and where edition.json refers to it', async () => {
    await rm(path.join(dir, 'assets', 'photo-1.png'));
    const error = await expectLoadError();
    expect([error.file, error.jsonPath]).toEqual(['assets/photo-1.png', '$.assets[0].path']);
    expect(error.reason).toMatch(/missing/u);
  });

  it('names a missing story file and where edition.json lists it', async () => {
    const file = await storyFile(1);
    await rm(path.join(dir, file));
    const error = await expectLoadError();
    expect([error.file, error.jsonPath]).toEqual([file, '$']);
    expect(error.reason).toBe('the file is missing (listed in edition.json $.stories[1].file)');
  });

  it('refuses a schemaVersion newer than the app knows', async () => {
    // A newer format might have changed anything else too; the version is what must be named.
    await writeJson('edition.json', { ...(await readJson('edition.json')), schemaVersion: CURRENT_SCHEMA_VERSION + 1, stories: 'new format' });
    const error = await expectLoadError();
    expect([error.file, error.jsonPath]).toEqual(['edition.json', '$.schemaVersion']);
    expect(error.reason).toContain('newer than this Galley understands');
  });

  it('migrates an older edition in memory and leaves the files as they were', async () => {
    const json = await readJson('edition.json');
    const { sizeNames: _dropped, ...format } = json.format as Record<string, unknown>;
    await writeJson('edition.json', { ...json, schemaVersion: 1, format });
    const before = await folderHash(root);
    const loaded = await loadEdition(dir);
    expect(loaded.migrationsApplied).toHaveLength(CURRENT_SCHEMA_VERSION - 1); // 1→2, 2→3, …
    expect(loaded.edition.format.sizeNames.length).toBeGreaterThan(0);
    expect(await folderHash(root)).toBe(before);
  });

  it.each([
    ['a parent path', '../outside.json'],
    ['a path inside stories/ that climbs out', 'stories/../../outside.json'],
    ['an absolute path', '/etc/passwd'],
    ['a file outside stories/', 'edition.json'],
    ['a Windows path', 'stories\\story-1.json'],
    ['a name that is not a safe id', 'stories/a b.json'],
  ])('refuses a story file given as %s', async (_what, file) => {
    const json = await readJson('edition.json');
    (json.stories as Array<{ file: string }>)[0]!.file = file;
    await writeJson('edition.json', json);
    const error = await expectLoadError();
    expect([error.file, error.jsonPath]).toEqual(['edition.json', '$.stories[0].file']);
    expect(error.reason).toContain('not an allowed story file name');
  });

  it('refuses an asset path that climbs out of the folder', async () => {
    const json = await readJson('edition.json');
    (json.assets as Array<{ path: string }>)[0]!.path = 'assets/../../secret.png';
    await writeJson('edition.json', json);
    const error = await expectLoadError();
    expect([error.file, error.jsonPath]).toEqual(['edition.json', '$.assets[0].path']);
  });

  it('refuses a story file that is a symlink to a file outside the folder', async () => {
    const file = await storyFile(0);
    const outside = path.join(root, 'outside.json');
    await writeFile(outside, await readFile(path.join(dir, file)));
    await rm(path.join(dir, file));
    await symlink(outside, path.join(dir, file));
    const error = await expectLoadError();
    expect([error.file, error.jsonPath]).toEqual([file, '$']);
    expect(error.reason).toContain('outside the edition folder');
  });

  it('refuses a stories/ folder that is a symlink out of the edition', async () => {
    const elsewhere = path.join(root, 'elsewhere');
    await mkdir(elsewhere);
    for (const name of await readdir(path.join(dir, 'stories'))) {
      await writeFile(path.join(elsewhere, name), await readFile(path.join(dir, 'stories', name)));
    }
    await rm(path.join(dir, 'stories'), { recursive: true });
    await symlink(elsewhere, path.join(dir, 'stories'));
    const error = await expectLoadError();
    expect(error.file).toBe(await storyFile(0));
    expect(error.reason).toContain('outside the edition folder');
  });

  it('refuses an asset that is a symlink to a file outside the folder', async () => {
    const outside = path.join(root, 'secret.png');
    await writeFile(outside, 'not yours');
    await rm(path.join(dir, 'assets', 'photo-1.png'));
    await symlink(outside, path.join(dir, 'assets', 'photo-1.png'));
    const error = await expectLoadError();
    expect([error.file, error.jsonPath]).toEqual(['assets/photo-1.png', '$.assets[0].path']);
    expect(error.reason).toContain('outside the edition folder');
  });

  it('accepts a symlink that stays inside the folder', async () => {
    await writeFile(path.join(dir, 'assets', 'real.png'), 'png');
    await rm(path.join(dir, 'assets', 'photo-1.png'));
    await symlink('real.png', path.join(dir, 'assets', 'photo-1.png'));
    await expect(loadEdition(dir)).resolves.toBeDefined();
  });

  it('says so when the folder does not exist', async () => {
    const missing = path.join(root, 'nope.galley');
    const error = await expectLoadError(missing);
    expect([error.file, error.jsonPath]).toEqual([missing, '$']);
    expect(error.reason).toBe('the edition folder does not exist');
  });

  it('says so when the folder has no edition.json', async () => {
    const empty = path.join(root, 'empty.galley');
    await mkdir(empty);
    const error = await expectLoadError(empty);
    expect([error.file, error.jsonPath]).toEqual(['edition.json', '$']);
    expect(error.reason).toContain('not a Galley edition');
  });

  it('refuses an edition.json that is not an object', async () => {
    await writeFile(path.join(dir, 'edition.json'), '[1, 2]');
    const error = await expectLoadError();
    expect([error.file, error.jsonPath, error.reason]).toEqual(['edition.json', '$', 'must be a JSON object']);
  });
});
