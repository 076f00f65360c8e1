import { describe, expect, it } from 'vitest';
import { FontSubsetError, subsetFont } from '../../../../src/main/services/export/pdf';
import { readAdvances } from '../../../../src/main/services/export/pdf/fontTables';
import { readTableDirectory, requireTable } from '../../../../src/shared/layout/fonts';
import { FONT_FILES, fontBytes } from '../../../fixtures/fonts/fontFiles';

const glyphCount = (font: Uint8Array): number => requireTable(font, readTableDirectory(font, 0), 'maxp').u16(4);

describe('subsetFont, one hb-subset instance for many subsets', () => {
  it('gives the same bytes for a subset whatever was subset before it in the instance', async () => {
    const serif = fontBytes(FONT_FILES.serifRegular);
    const sans = fontBytes(FONT_FILES.sansRegular);
    const latin = fontBytes(FONT_FILES.latinRegular);
    const gids = Array.from({ length: 400 }, (_, i) => 2000 + i * 11);
    const first = await subsetFont(serif, 0, gids, 'Noto Serif SC');
    // Other fonts in between (each replaces the font held in the heap), then the same font again.
    const sansSubset = await subsetFont(sans, 0, gids, 'Noto Sans SC');
    await subsetFont(latin, 0, [36, 37, 38], 'Source Serif 4');
    const again = await subsetFont(serif, 0, gids, 'Noto Serif SC');
    const sameFontTwice = await subsetFont(serif, 0, gids, 'Noto Serif SC');
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(sameFontTwice).equals(Buffer.from(first))).toBe(true);
    expect(glyphCount(first)).toBe(gids.length + 1); // + .notdef
    expect(glyphCount(sansSubset)).toBe(gids.length + 1);
    // Compacted in ascending order of the original ids: glyph k of the subset is gids[k - 1].
    const original = readAdvances(serif, 0);
    const kept = readAdvances(first, 0);
    gids.forEach((gid, k) => expect(kept(k + 1), `glyph ${gid}`).toBe(original(gid)));
  });

  it('goes on working after a font it could not subset', async () => {
    const junk = new Uint8Array(4096).fill(7);
    await expect(subsetFont(junk, 0, [1, 2], 'Junk')).rejects.toThrow(FontSubsetError);
    const latin = fontBytes(FONT_FILES.latinRegular);
    expect(glyphCount(await subsetFont(latin, 0, [36, 37], 'Source Serif 4'))).toBe(3);
  });
});
