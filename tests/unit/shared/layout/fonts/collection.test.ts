import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { describeFaces, faceCount, findFaceIndex, openFace } from '../../../../../src/shared/layout/fonts';
import { DEBIAN_SERIF_TTC, DEBIAN_TTC_SKIP, fontBytes, sha256 } from '../../../../fixtures/fonts/fontFiles';

describe.skipIf(DEBIAN_TTC_SKIP !== null)(`a TTC collection (${DEBIAN_SERIF_TTC})`, () => {
  // Loaded lazily so a machine without the file never reads it.
  const bytes = (): Uint8Array => fontBytes(DEBIAN_SERIF_TTC);

  it('lists its five faces, each with its own id: the file hash plus the face index', () => {
    const hash = sha256(bytes());
    const faces = describeFaces(bytes(), hash);
    expect(faceCount(bytes())).toBe(5);
    expect(faces.map((f) => f.postscriptName)).toEqual(['NotoSerifCJKjp-Regular', 'NotoSerifCJKkr-Regular', 'NotoSerifCJKsc-Regular', 'NotoSerifCJKtc-Regular', 'NotoSerifCJKhk-Regular']);
    expect(faces.map((f) => f.id)).toEqual([0, 1, 2, 3, 4].map((i) => `sha256:${hash}#${i}`));
    expect(new Set(faces.map((f) => f.id)).size).toBe(5);
    expect(faces.every((f) => f.outlines === 'cff' && f.unitsPerEm === 1000)).toBe(true);
  });

  it('picks the SC face by PostScript name, full name or family name, in any case', () => {
    expect(findFaceIndex(bytes(), 'NotoSerifCJKsc-Regular')).toBe(2);
    expect(findFaceIndex(bytes(), 'notoserifcjksc-regular')).toBe(2);
    expect(findFaceIndex(bytes(), 'Noto Serif CJK SC')).toBe(2);
    expect(findFaceIndex(bytes(), 'Noto Serif CJK TC')).toBe(3);
  });

  it('names the faces it has when the asked-for name is not among them', () => {
    expect(() => findFaceIndex(bytes(), 'Noto Serif CJK XX')).toThrow(/no face named "Noto Serif CJK XX"; the file has 0: NotoSerifCJKjp-Regular .*2: NotoSerifCJKsc-Regular/);
  });

  it('reads each face\'s own tables (offsets are from the start of the file) and maps as HarfBuzz does', () => {
    const hash = sha256(bytes());
    const sc = openFace(bytes(), hash, 2);
    const font = new hb.Font(new hb.Face(new hb.Blob(bytes()), 2));
    for (const ch of ['国', '际', '骨', '“', 'A', '。']) {
      const u = ch.codePointAt(0) ?? 0;
      expect(sc.glyphIndex(u), ch).toBe(font.nominalGlyph(u));
    }
    // The faces share outlines but map some characters to regional forms: 骨 differs between
    // the Japanese and the Simplified Chinese face.
    const jp = openFace(bytes(), hash, 0);
    expect(jp.glyphIndex(0x9aa8)).not.toBe(sc.glyphIndex(0x9aa8));
  });
});
