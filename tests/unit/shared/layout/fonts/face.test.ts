import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { describeFace, FontFormatError, openFace, readTableDirectory } from '../../../../../src/shared/layout/fonts';
import { FONT_FILES, fontBytes, loadFace, sha256 } from '../../../../fixtures/fonts/fontFiles';

const cp = (ch: string): number => ch.codePointAt(0) ?? -1;

/** A copy of `bytes` with OS/2 fsType set to `fsType`. */
function withFsType(bytes: Uint8Array, fsType: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  const os2 = readTableDirectory(copy, 0).tables.get('OS/2');
  if (!os2) throw new Error('no OS/2 table');
  new DataView(copy.buffer).setUint16(os2.offset + 8, fsType);
  return copy;
}

describe('describeFace', () => {
  it('reads the names, weight and metrics of Noto Serif SC Regular', () => {
    const face = loadFace('serifRegular');
    expect(face).toMatchObject({
      faceIndex: 0,
      family: 'Noto Serif SC',
      style: 'Regular',
      postscriptName: 'NotoSerifSC-Regular',
      weight: 400,
      italic: false,
      unitsPerEm: 1000,
      numGlyphs: 30920, // stack-notes §5
      outlines: 'truetype',
    });
    expect(face.familyNames).toContain('Noto Serif SC');
  });

  it('tells the Bold file by its weight, and CFF outlines from TrueType', () => {
    expect(loadFace('serifBold')).toMatchObject({ family: 'Noto Serif SC', style: 'Bold', weight: 700, postscriptName: 'NotoSerifSC-Bold' });
    expect(loadFace('latinRegular')).toMatchObject({ family: 'Source Serif 4', weight: 400, outlines: 'cff', numGlyphs: 1464, postscriptName: 'SourceSerif4-Regular' });
    expect(loadFace('latinBold')).toMatchObject({ family: 'Source Serif 4', weight: 700, style: 'Bold' });
  });

  it.each(['serifRegular', 'serifBold', 'sansRegular', 'latinRegular'] as const)('gives %s the same ascender, descender and line gap as HarfBuzz', (key) => {
    const face = loadFace(key);
    const extents = new hb.Font(new hb.Face(new hb.Blob(face.bytes), 0)).hExtents();
    expect({ ascender: face.ascender, descender: face.descender, lineGap: face.lineGap }).toEqual(extents);
    expect(face.descender).toBeLessThan(0);
  });

  it('answers coverage from the cmap exactly as HarfBuzz maps code points', () => {
    for (const key of ['latinRegular', 'serifRegular'] as const) {
      const face = loadFace(key);
      const font = new hb.Font(new hb.Face(new hb.Blob(face.bytes), 0));
      const unicodes = new hb.Face(new hb.Blob(face.bytes), 0).collectUnicodes();
      expect(unicodes.length).toBeGreaterThan(900);
      for (let i = 0; i < unicodes.length; i += key === 'serifRegular' ? 7 : 1) {
        const u = unicodes[i] ?? 0;
        expect(face.glyphIndex(u), `U+${u.toString(16)}`).toBe(font.nominalGlyph(u));
      }
    }
  });

  it('knows which characters a face has', () => {
    const cjk = loadFace('serifRegular');
    const latin = loadFace('latinRegular');
    expect(cjk.hasGlyph(cp('国'))).toBe(true);
    expect(latin.hasGlyph(cp('国'))).toBe(false);
    expect(latin.hasGlyph(cp('A'))).toBe(true);
    expect(latin.hasGlyph(cp('ŋ'))).toBe(true);
    expect(cjk.hasGlyph(0x0378)).toBe(false); // unassigned
    expect(latin.hasGlyph(0x0378)).toBe(false);
  });

  it('reads the embedding licence from OS/2 fsType, least restrictive bit winning', () => {
    const bytes = fontBytes(FONT_FILES.latinRegular);
    expect(loadFace('latinRegular').embedding).toEqual({ fsType: 0, licence: 'installable', noSubsetting: false, bitmapOnly: false, embeddable: true });
    const cases: Array<[number, string, boolean]> = [
      [0x0002, 'restricted', false],
      [0x0004, 'preview-print', true],
      [0x0008, 'editable', true],
      [0x0006, 'preview-print', true], // restricted + preview: the less restrictive bit wins
      [0x0200, 'installable', false], // bitmap embedding only
    ];
    for (const [fsType, licence, embeddable] of cases) {
      const patched = withFsType(bytes, fsType);
      expect(describeFace(patched, sha256(patched)).embedding, `fsType ${fsType}`).toMatchObject({ fsType, licence, embeddable });
    }
    const noSubset = withFsType(bytes, 0x0100);
    expect(describeFace(noSubset, sha256(noSubset)).embedding.noSubsetting).toBe(true);
  });
});

describe('damaged and foreign files', () => {
  const bytes = fontBytes(FONT_FILES.latinRegular);
  const hash = '0'.repeat(64);

  it('refuses bytes that are not a font, saying what they look like', () => {
    expect(() => describeFace(new TextEncoder().encode('<html>not a font</html>'), hash)).toThrow(FontFormatError);
    expect(() => describeFace(new TextEncoder().encode('<html>not a font</html>'), hash)).toThrow(/not an OpenType or TrueType font/);
    expect(() => describeFace(new Uint8Array(4), hash)).toThrow(/too short/);
    const woff = new Uint8Array(bytes.slice(0, 64));
    woff.set([0x77, 0x4f, 0x46, 0x32], 0);
    expect(() => describeFace(woff, hash)).toThrow(/WOFF/);
  });

  it('refuses a truncated file by naming the table that is cut off', () => {
    expect(() => openFace(bytes.slice(0, 2000), hash)).toThrow(/table '.{4}' lies outside the file/);
    expect(() => openFace(bytes.slice(0, 20), hash)).toThrow(FontFormatError);
  });

  it('refuses a face index the file does not have', () => {
    expect(() => describeFace(bytes, hash, 1)).toThrow(/face index 1 does not exist \(the file has 1 face\)/);
  });
});
