// readFont answers with the bytes its id names without hashing a 10–15 MB file on every call:
// while the file's signature is the one its hash was taken with, the bytes are trusted; any other
// signature means hashing again (fontService.test.ts covers the refusal of a changed file).
import type * as Crypto from 'node:crypto';
import { copyFile, mkdir, utimes } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FONT_FILES, fontBytes, sha256 } from '../../../fixtures/fonts/fontFiles';
import { tempDirs } from '../../../fixtures/store/tempDir';

// Every SHA-256 taken in this process, by the size of what was hashed.
const hashed = vi.hoisted(() => ({ bytes: [] as number[] }));
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof Crypto>();
  const createHash: typeof actual.createHash = (algorithm, options) => {
    const hash = actual.createHash(algorithm, options);
    const update = hash.update.bind(hash);
    hash.update = ((data: Uint8Array) => {
      if (algorithm === 'sha256') hashed.bytes.push(data.byteLength);
      return update(data);
    }) as typeof hash.update;
    return hash;
  };
  return { ...actual, createHash };
});

const { createFontService } = await import('../../../../src/main/services/fonts');

const temp = tempDirs();
afterAll(() => temp.cleanup());
beforeEach(() => {
  hashed.bytes = [];
});

const latin = fontBytes(FONT_FILES.latinRegular);
const latinId = `sha256:${sha256(latin)}#0`;

async function editionWithLatin(): Promise<{ dir: string; file: string }> {
  const dir = path.join(await temp.make('galley-readfont-'), 'paper.galley');
  await mkdir(path.join(dir, 'fonts'), { recursive: true });
  const file = path.join(dir, 'fonts', 'Latin.otf');
  await copyFile(FONT_FILES.latinRegular, file);
  return { dir, file };
}

describe('FontService.readFont', () => {
  it('serves a listed file without hashing it again while its signature is unchanged', async () => {
    const { dir } = await editionWithLatin();
    const service = createFontService({ projectRoot: await temp.make('no-project-'), systemDirs: [], cacheDir: null });
    await service.list({ editionDir: dir });
    expect(hashed.bytes).toEqual([latin.byteLength]); // the listing hashed it once
    hashed.bytes = [];
    for (let i = 0; i < 3; i++) expect(Buffer.from(await service.readFont(latinId, { editionDir: dir })).equals(latin)).toBe(true);
    expect(hashed.bytes).toEqual([]);
  });

  it('hashes a file whose signature changed, and serves it when it still holds the bytes of its id', async () => {
    const { dir, file } = await editionWithLatin();
    const service = createFontService({ projectRoot: await temp.make('no-project-'), systemDirs: [], cacheDir: null });
    await service.list({ editionDir: dir });
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    hashed.bytes = [];
    // The listing inside readFont sees the new signature and hashes the file again; the bytes
    // still hash to the id, so they are served, and trusted from then on.
    expect(Buffer.from(await service.readFont(latinId, { editionDir: dir })).equals(latin)).toBe(true);
    expect(hashed.bytes).toEqual([latin.byteLength]);
    hashed.bytes = [];
    expect(Buffer.from(await service.readFont(latinId, { editionDir: dir })).equals(latin)).toBe(true);
    expect(hashed.bytes).toEqual([]);
  });
});
