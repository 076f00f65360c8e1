import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../../src/main/services/errors';
import { createEdition, loadEdition, saveEdition } from '../../../../src/main/services/store';
import type { Edition } from '../../../../src/shared/model';
import { buildTestEdition } from '../../../fixtures/store/editions';
import { folderHash, listFiles } from '../../../fixtures/store/folderHash';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
afterAll(() => temp.cleanup());

let dir: string;
let original: Edition;
beforeEach(async () => {
  dir = path.join(await temp.make(), 'save.galley');
  const built = buildTestEdition({ stories: 4, withImage: true });
  original = built.edition;
  await createEdition(dir, built.edition, built.assets);
});

function withSlug(edition: Edition, index: number, slug: string): Edition {
  return { ...edition, stories: edition.stories.map((s, i) => (i === index ? { ...s, slug } : s)) };
}

describe('saveEdition', () => {
  it('saves changes that loadEdition then returns', async () => {
    const changed = { ...withSlug(original, 1, '改过的'), meta: { ...original.meta, paper: '新报名' } };
    await saveEdition(dir, changed);
    expect((await loadEdition(dir)).edition).toEqual(changed);
  });

  it('rewrites only the story files whose content changed and removes the superseded ones', async () => {
    const storiesBefore = await readdir(path.join(dir, 'stories'));
    const mtimes = new Map(await Promise.all(storiesBefore.map(async (n) => [n, (await stat(path.join(dir, 'stories', n))).mtimeMs] as const)));
    const report = await saveEdition(dir, withSlug(original, 2, '只改这一篇'));
    expect(report.written).toHaveLength(1);
    expect(report.written[0]).toMatch(/^stories\/story-3\.[0-9a-f]{16}\.json$/u);
    expect(report.kept).toHaveLength(3);
    expect(report.removed).toHaveLength(1);
    expect(report.removed[0]).toMatch(/^stories\/story-3\./u);
    const storiesAfter = await readdir(path.join(dir, 'stories'));
    expect(storiesAfter).toHaveLength(4);
    for (const name of storiesAfter.filter((n) => !n.startsWith('story-3.'))) {
      expect((await stat(path.join(dir, 'stories', name))).mtimeMs).toBe(mtimes.get(name));
    }
  });

  it('writes no story file when nothing in the stories changed', async () => {
    const report = await saveEdition(dir, { ...original, meta: { ...original.meta, issue: 7 } });
    expect(report.written).toEqual([]);
    expect(report.kept).toHaveLength(4);
  });

  it('rewrites a kept story file that has gone missing instead of trusting edition.json', async () => {
    const [first] = (await readdir(path.join(dir, 'stories'))).sort();
    await rm(path.join(dir, 'stories', first!));
    const report = await saveEdition(dir, original);
    expect(report.written).toEqual([`stories/${first}`]);
    expect((await loadEdition(dir)).edition).toEqual(original);
  });

  it('refuses an invalid edition and writes nothing', async () => {
    const before = await folderHash(dir);
    const broken: Edition = { ...original, pages: original.pages.map((p) => ({ ...p, masterId: 'no-such-master' })) };
    const error = await saveEdition(dir, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('invalid-request');
    expect((error as ServiceError).message).toContain('$.pages[0].masterId');
    expect(await folderHash(dir)).toBe(before);
  });

  it('refuses a story id that cannot be a file name', async () => {
    const before = await folderHash(dir);
    const renamed = { ...original, stories: original.stories.map((s, i) => (i === 0 ? { ...s, id: '../evil' } : s)) };
    const pages = renamed.pages.map((p) => ({ ...p, frames: p.frames.map((f) => (f.kind === 'text' && f.storyId === 'story-1' ? { ...f, storyId: '../evil' } : f)) }));
    await expect(saveEdition(dir, { ...renamed, pages })).rejects.toThrow(/\$\.stories\[0\]\.id "\.\.\/evil" cannot name a file/u);
    expect(await folderHash(dir)).toBe(before);
  });

  it('refuses an edition whose asset file is missing, since it would not load again', async () => {
    await rm(path.join(dir, 'assets', 'photo-1.png'));
    const before = await folderHash(dir);
    await expect(saveEdition(dir, original)).rejects.toThrow(/assets\/photo-1\.png \(\$\.assets\[0\]\.path\): the file is missing/u);
    expect(await folderHash(dir)).toBe(before);
  });

  it('does not create a folder that has gone away', async () => {
    const gone = path.join(path.dirname(dir), 'gone.galley');
    await expect(saveEdition(gone, buildTestEdition({ stories: 1 }).edition)).rejects.toMatchObject({ code: 'not-found' });
    await expect(stat(gone)).rejects.toThrow();
  });

  it('cleans up orphan story files and temp files left by an interrupted save', async () => {
    await writeFile(path.join(dir, 'stories', 'story-1.0123456789abcdef.json'), '{"half": ');
    await writeFile(path.join(dir, 'stories', '.story-2.aaaabbbbcccc.json.0123456789ab.tmp'), 'partial');
    await writeFile(path.join(dir, '.edition.json.0123456789ab.tmp'), 'partial');
    await writeFile(path.join(dir, 'stories', 'notes.txt'), 'somebody else’s file');
    const report = await saveEdition(dir, original);
    expect(report.removed.sort()).toEqual(
      ['.edition.json.0123456789ab.tmp', 'stories/.story-2.aaaabbbbcccc.json.0123456789ab.tmp', 'stories/story-1.0123456789abcdef.json'].sort(),
    );
    const files = await listFiles(dir);
    expect(files).toContain('stories/notes.txt');
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves edition.json as pretty JSON whose stories list names the story files', async () => {
    await saveEdition(dir, original);
    const text = await readFile(path.join(dir, 'edition.json'), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    const json = JSON.parse(text) as { stories: Array<{ id: string; file: string }>; pages: unknown };
    expect(json.stories.map((s) => s.id)).toEqual(original.stories.map((s) => s.id));
    expect(text).not.toContain('paragraphs');
  });
});
