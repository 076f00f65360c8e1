import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyEditionFolder } from '../../../../src/main/services/editions';
import { ServiceError } from '../../../../src/main/services/errors';
import { createEdition, loadEdition } from '../../../../src/main/services/store';
import { buildTestEdition } from '../../../fixtures/store/editions';
import { listFiles } from '../../../fixtures/store/folderHash';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
afterAll(() => temp.cleanup());

async function edition(): Promise<{ root: string; dir: string }> {
  const root = await temp.make('galley-copy-');
  const dir = path.join(root, 'a.galley');
  const { edition: e, assets } = buildTestEdition({ stories: 2, withImage: true });
  await createEdition(dir, e, assets);
  return { root, dir };
}

describe('copyEditionFolder', () => {
  it('copies every file of the edition but the session’s own (lock, journal, temp files)', async () => {
    const { root, dir } = await edition();
    await mkdir(path.join(dir, 'fonts'));
    await writeFile(path.join(dir, 'fonts', 'house.otf'), 'font bytes');
    await writeFile(path.join(dir, '.lock'), '{}');
    await writeFile(path.join(dir, 'history', 'journal.jsonl'), '{}\n');
    await writeFile(path.join(dir, 'history', 'journal-2023-05-15T08-00-00-000Z-declined.jsonl'), '{}\n');
    await writeFile(path.join(dir, '.edition.json.0123456789ab.tmp'), 'half');
    const copy = path.join(root, 'b.galley');
    await copyEditionFolder(dir, copy);
    const files = await listFiles(copy);
    expect(files).toContain('fonts/house.otf');
    expect(files.filter((f) => f.includes('journal') || f.endsWith('.tmp') || f === '.lock')).toEqual([]);
    expect((await loadEdition(copy)).edition).toEqual((await loadEdition(dir)).edition);
    // Nothing is left behind next to it.
    expect((await readdir(root)).sort()).toEqual(['a.galley', 'b.galley']);
  });

  it('refuses the edition itself, a target inside it, or one that exists and is not empty; an empty folder is used', async () => {
    const { root, dir } = await edition();
    await expect(copyEditionFolder(dir, path.join(dir, 'inner.galley'))).rejects.toMatchObject({ reason: { key: 'file.refused.insideSource', params: { target: path.join(dir, 'inner.galley'), source: dir } } });
    await expect(copyEditionFolder(dir, dir)).rejects.toBeInstanceOf(ServiceError);
    // Onto itself: said as the edition open now, not as a folder inside it.
    await expect(copyEditionFolder(dir, `${dir}/`)).rejects.toMatchObject({ reason: { key: 'file.refused.sameAsSource', params: { path: dir } } });
    await mkdir(path.join(root, 'full.galley'));
    await writeFile(path.join(root, 'full.galley', 'x'), '');
    await expect(copyEditionFolder(dir, path.join(root, 'full.galley'))).rejects.toThrow(/not empty/u);
    await mkdir(path.join(root, 'empty.galley'));
    await copyEditionFolder(dir, path.join(root, 'empty.galley'));
    expect((await loadEdition(path.join(root, 'empty.galley'))).edition.id).toBe((await loadEdition(dir)).edition.id);
  });
});
