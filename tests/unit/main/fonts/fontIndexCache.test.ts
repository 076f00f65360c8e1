import { readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createFontService,
  defaultCacheDir,
  FONT_INDEX_FILE,
  type FontService,
  openFontIndex,
  signatureOf,
} from '../../../../src/main/services/fonts';
import { FONT_INDEX_MAX_ENTRIES } from '../../../../src/main/services/fonts/fontIndexCache';
import { FONT_FILES, fontBytes, sha256 } from '../../../fixtures/fonts/fontFiles';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
afterAll(() => temp.cleanup());

/** An edition with fonts/Latin.otf (a copy of Source Serif 4 Regular), a cache folder, and a service factory. */
async function setup(): Promise<{ dir: string; font: string; cacheDir: string; service: () => FontService }> {
  const root = await temp.make('galley-index-');
  const dir = path.join(root, 'paper.galley');
  await mkdir(path.join(dir, 'fonts'), { recursive: true });
  const font = path.join(dir, 'fonts', 'Latin.otf');
  await copyFile(FONT_FILES.latinRegular, font);
  const cacheDir = path.join(root, 'cache');
  const project = await temp.make('no-project-');
  return { dir, font, cacheDir, service: () => createFontService({ projectRoot: project, systemDirs: [], cacheDir }) };
}

const editionIds = async (service: FontService, dir: string): Promise<string[]> =>
  (await service.list({ editionDir: dir })).fonts.filter((f) => f.source === 'edition').map((f) => f.info.id);

interface IndexFileJson {
  format: number;
  entries: Array<{ path: string; signature: Record<string, number>; result: { sha256?: string; faces?: Array<{ id: string }>; error?: string } }>;
}

const readIndex = async (cacheDir: string): Promise<IndexFileJson> => JSON.parse(await readFile(path.join(cacheDir, FONT_INDEX_FILE), 'utf8')) as IndexFileJson;

describe('the font index', () => {
  it('is written after a listing, with each file\'s hash and faces under its signature', async () => {
    const { dir, font, cacheDir, service } = await setup();
    const ids = await editionIds(service(), dir);
    expect(ids).toEqual([`sha256:${sha256(fontBytes(FONT_FILES.latinRegular))}#0`]);
    const index = await readIndex(cacheDir);
    const entry = index.entries.find((e) => e.path === font);
    expect(entry?.signature).toEqual({ ...signatureOf(await stat(font)) });
    expect(entry?.result.sha256).toBe(sha256(fontBytes(FONT_FILES.latinRegular)));
    expect(entry?.result.faces?.map((f) => f.id)).toEqual(ids);
  });

  it('answers for a file whose signature is unchanged, without reading it (a planted hash is believed)', async () => {
    const { dir, font, cacheDir, service } = await setup();
    await editionIds(service(), dir);
    // Plant another hash under the file's real signature: only an index that is trusted (the
    // file not read) can make a new service report it.
    const index = await readIndex(cacheDir);
    const planted = 'ab'.repeat(32);
    const entry = index.entries.find((e) => e.path === font)!;
    entry.result = { sha256: planted, faces: entry.result.faces!.map((f) => ({ ...f, id: `sha256:${planted}#0` })) };
    await writeFile(path.join(cacheDir, FONT_INDEX_FILE), JSON.stringify(index));
    expect(await editionIds(service(), dir)).toEqual([`sha256:${planted}#0`]);
  });

  it('reads and hashes a file again once it changed, and after it was only touched', async () => {
    const { dir, font, service } = await setup();
    await editionIds(service(), dir);
    await copyFile(FONT_FILES.latinBold, font);
    expect(await editionIds(service(), dir)).toEqual([`sha256:${sha256(fontBytes(FONT_FILES.latinBold))}#0`]);
    const later = new Date(Date.now() + 60_000);
    await utimes(font, later, later);
    expect(await editionIds(service(), dir)).toEqual([`sha256:${sha256(fontBytes(FONT_FILES.latinBold))}#0`]);
  });

  it('ignores a damaged index or one of another format, and writes a good one', async () => {
    for (const junk of ['{ not json', JSON.stringify({ format: 999, entries: [] }), JSON.stringify({ format: 1, entries: [{ path: 'x', signature: {}, result: {} }] })]) {
      const { dir, cacheDir, service } = await setup();
      await mkdir(cacheDir, { recursive: true });
      await writeFile(path.join(cacheDir, FONT_INDEX_FILE), junk);
      expect(await editionIds(service(), dir)).toEqual([`sha256:${sha256(fontBytes(FONT_FILES.latinRegular))}#0`]);
      expect((await readIndex(cacheDir)).entries).toHaveLength(1);
    }
  });

  it('remembers why a file is not a usable font, and forgets it when the file changes', async () => {
    const { dir, cacheDir, service } = await setup();
    const broken = path.join(dir, 'fonts', 'broken.ttf');
    await writeFile(broken, 'this is not a font, just text with a .ttf name');
    const first = await service().list({ editionDir: dir });
    const reason = first.problems.find((p) => p.file === 'fonts/broken.ttf')?.reason;
    expect(reason).toMatch(/^is not a usable font: /);
    expect((await readIndex(cacheDir)).entries.find((e) => e.path === broken)?.result.error).toBe(reason);
    expect((await service().list({ editionDir: dir })).problems).toContainEqual({ file: 'fonts/broken.ttf', reason });
    await copyFile(FONT_FILES.latinBold, broken);
    const fixed = await service().list({ editionDir: dir });
    expect(fixed.problems.filter((p) => p.file === 'fonts/broken.ttf')).toEqual([]);
    expect(fixed.fonts.filter((f) => f.source === 'edition')).toHaveLength(2);
  });

  it('keeps only the newest entries past its bound', async () => {
    const file = path.join(await temp.make('galley-index-'), FONT_INDEX_FILE);
    const index = await openFontIndex(file);
    const signature = { size: 1, mtimeMs: 2, ctimeMs: 3, ino: 4, dev: 5 };
    for (let i = 0; i < FONT_INDEX_MAX_ENTRIES + 10; i++) index.remember(`/fonts/${i}.ttf`, signature, { error: `bad ${i}` });
    await index.save();
    const again = await openFontIndex(file);
    expect(again.lookup('/fonts/9.ttf', signature)).toBeUndefined();
    expect(again.lookup('/fonts/10.ttf', signature)).toEqual({ error: 'bad 10' });
    expect(again.lookup('/fonts/10.ttf', { ...signature, ctimeMs: 4 })).toBeUndefined();
    expect(JSON.parse(readFileSync(file, 'utf8')).entries).toHaveLength(FONT_INDEX_MAX_ENTRIES);
  });

  it('lives in the per-user cache folder of each platform, or GALLEY_CACHE_DIR', () => {
    expect(defaultCacheDir('linux', {}, '/home/ed')).toBe('/home/ed/.cache/galley');
    expect(defaultCacheDir('linux', { XDG_CACHE_HOME: '/c' }, '/home/ed')).toBe('/c/galley');
    expect(defaultCacheDir('darwin', {}, '/Users/ed')).toBe('/Users/ed/Library/Caches/Galley');
    expect(defaultCacheDir('win32', { LOCALAPPDATA: 'C:\\Users\\ed\\AppData\\Local' }, 'C:\\Users\\ed')).toMatch(/Local.Galley.Cache$/);
    expect(defaultCacheDir('linux', { GALLEY_CACHE_DIR: '/tmp/g' }, '/home/ed')).toBe('/tmp/g');
  });
});
