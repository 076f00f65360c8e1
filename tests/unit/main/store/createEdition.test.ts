import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../../src/main/services/errors';
import { createEdition, loadEdition } from '../../../../src/main/services/store';
import { buildTestEdition, TINY_PNG } from '../../../fixtures/store/editions';
import { folderHash, listFiles } from '../../../fixtures/store/folderHash';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
afterAll(() => temp.cleanup());

describe('createEdition', () => {
  it('writes the layout with assets and leaves no temp folder behind', async () => {
    const root = await temp.make();
    const dir = path.join(root, 'new.galley');
    const { edition, assets } = buildTestEdition({ stories: 2, withImage: true });
    await createEdition(dir, edition, assets);
    expect(await readdir(root)).toEqual(['new.galley']);
    const files = await listFiles(dir);
    expect(files.filter((f) => !f.startsWith('stories/'))).toEqual(['assets/photo-1.png', 'edition.json']);
    expect(files.filter((f) => f.startsWith('stories/'))).toHaveLength(2);
    expect((await readdir(dir)).sort()).toEqual(['assets', 'edition.json', 'history', 'proof', 'stories']);
    expect((await loadEdition(dir)).edition).toEqual(edition);
  });

  it('creates missing parent folders', async () => {
    const dir = path.join(await temp.make(), 'a', 'b', 'deep.galley');
    const { edition } = buildTestEdition({ stories: 1 });
    await createEdition(dir, edition, []);
    expect((await loadEdition(dir)).edition).toEqual(edition);
  });

  it('uses an existing empty folder', async () => {
    const dir = path.join(await temp.make(), 'empty.galley');
    await mkdir(dir);
    const { edition } = buildTestEdition({ stories: 1 });
    await createEdition(dir, edition, []);
    expect((await loadEdition(dir)).edition).toEqual(edition);
  });

  it('refuses an existing folder that is not empty and leaves it alone', async () => {
    const root = await temp.make();
    const dir = path.join(root, 'busy.galley');
    await mkdir(dir);
    await writeFile(path.join(dir, 'keep.txt'), 'mine');
    const before = await folderHash(root);
    const error = await createEdition(dir, buildTestEdition().edition, []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).message).toContain('already exists and is not empty');
    expect((error as ServiceError).reason).toEqual({ key: 'file.refused.notEmpty', params: { path: dir } });
    expect(await folderHash(root)).toBe(before);
  });

  it('validates before writing anything', async () => {
    const root = await temp.make();
    const { edition } = buildTestEdition({ stories: 1 });
    const broken = { ...edition, stories: edition.stories.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => ({ ...p, style: 'p-missing' })) })) };
    await expect(createEdition(path.join(root, 'x.galley'), broken, [])).rejects.toThrow(/\$\.stories\[0\]\.paragraphs\[0\]\.style/u);
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses an edition whose asset bytes were not given', async () => {
    const root = await temp.make();
    const { edition } = buildTestEdition({ withImage: true });
    await expect(createEdition(path.join(root, 'x.galley'), edition, [])).rejects.toThrow(/\$\.assets\[0\]\.path: no bytes were given for assets\/photo-1\.png/u);
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses asset files outside assets/', async () => {
    const root = await temp.make();
    const { edition } = buildTestEdition();
    await expect(createEdition(path.join(root, 'x.galley'), edition, [{ path: 'assets/../../evil.png', bytes: TINY_PNG }])).rejects.toThrow(ServiceError);
    await expect(createEdition(path.join(root, 'x.galley'), edition, [{ path: '/tmp/evil.png', bytes: TINY_PNG }])).rejects.toThrow(ServiceError);
    expect(await readdir(root)).toEqual([]);
  });
});
