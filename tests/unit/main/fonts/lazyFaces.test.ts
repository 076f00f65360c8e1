import { copyFile, mkdir, utimes } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../../src/main/services/errors';
import { createFontService, FontFileError, lazyFace } from '../../../../src/main/services/fonts';
import { describeFace } from '../../../../src/shared/layout/fonts';
import { FONT_FILES, fontBytes, loadFace, sha256 } from '../../../fixtures/fonts/fontFiles';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
afterAll(() => temp.cleanup());

async function editionWithLatin(): Promise<{ dir: string; font: string }> {
  const dir = path.join(await temp.make('galley-lazy-'), 'paper.galley');
  await mkdir(path.join(dir, 'fonts'), { recursive: true });
  const font = path.join(dir, 'fonts', 'Latin.otf');
  await copyFile(FONT_FILES.latinRegular, font);
  return { dir, font };
}

const service = async () => createFontService({ projectRoot: await temp.make('no-project-'), systemDirs: [], cacheDir: null });

describe('openFaces', () => {
  it('reads a face\'s file when its glyphs are first asked for, not when it is opened', async () => {
    const { dir, font } = await editionWithLatin();
    const fonts = await service();
    const { fonts: listed } = await fonts.list({ editionDir: dir });
    const [face] = await fonts.openFaces(listed.filter((f) => f.source === 'edition'));
    // Replaced after opening: a face read at open time would not notice; a lazy one must refuse it.
    await copyFile(FONT_FILES.latinBold, font);
    expect(face?.family).toBe('Source Serif 4');
    const error = (() => {
      try {
        return face?.glyphIndex(0x41);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).message).toBe('the font file fonts/Latin.otf changed since it was listed; list the fonts again');
  });

  it('accepts a file that was only touched, after hashing it, and gives the same glyphs as a face read eagerly', async () => {
    const { dir, font } = await editionWithLatin();
    const fonts = await service();
    const { fonts: listed } = await fonts.list({ editionDir: dir });
    const [face] = await fonts.openFaces(listed.filter((f) => f.source === 'edition'));
    const later = new Date(Date.now() + 60_000);
    await utimes(font, later, later);
    const eager = loadFace('latinRegular');
    for (const cp of [0x41, 0x66, 0x2014, 0x4e2d]) expect(face?.glyphIndex(cp)).toBe(eager.glyphIndex(cp));
    expect(Buffer.from(face!.bytes).equals(Buffer.from(eager.bytes))).toBe(true);
  });

  it('gives the same face object for the same id, and reads its file once', async () => {
    const { dir } = await editionWithLatin();
    const fonts = await service();
    const entries = (await fonts.list({ editionDir: dir })).fonts.filter((f) => f.source === 'edition');
    const [a] = await fonts.openFaces(entries);
    const [b] = await fonts.openFaces(entries);
    expect(a).toBe(b);
    expect(a?.bytes).toBe(b?.bytes);
  });
});

describe('lazyFace', () => {
  it('names the file when its cmap does not parse, on first use', () => {
    const bytes = fontBytes(FONT_FILES.latinRegular);
    const info = describeFace(bytes, sha256(bytes), 0);
    const broken = new Uint8Array(bytes.byteLength); // right length, no tables: the cmap read fails
    const face = lazyFace(info, () => broken, 'fonts/Broken.otf');
    expect(face.postscriptName).toBe('SourceSerif4-Regular');
    expect(() => face.hasGlyph(0x41)).toThrow(FontFileError);
    expect(() => face.hasGlyph(0x41)).toThrow(/^fonts\/Broken\.otf: is not a usable font: /);
  });
});
