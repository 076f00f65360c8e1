import { describe, expect, it } from 'vitest';
import { describeFaces, FONT_ID_PATTERN, isFontId, makeFontId, parseFontId } from '../../../../../src/shared/layout/fonts';
import { FONT_FILES, fontBytes, sha256 } from '../../../../fixtures/fonts/fontFiles';

const HEX = 'ab'.repeat(32);

describe('font ids', () => {
  it('name the file hash and the face index', () => {
    const id = makeFontId(HEX, 2);
    expect(id).toBe(`sha256:${HEX}#2`);
    expect(parseFontId(id)).toEqual({ sha256: HEX, faceIndex: 2 });
  });

  it('refuse anything that is not exactly sha256:<64 lowercase hex>#<index>', () => {
    for (const bad of ['', `sha256:${HEX}`, `sha256:${HEX}#`, `sha256:${HEX}#01`, `sha256:${HEX.toUpperCase()}#0`, `sha256:${HEX}#0/../x`, `sha1:${HEX}#0`, `sha256:${HEX.slice(2)}#0`, `sha256:${HEX}#12345`, `/etc/fonts#0`]) {
      expect(isFontId(bad), bad).toBe(false);
      expect(parseFontId(bad), bad).toBeNull();
    }
    expect(() => makeFontId('xyz', 0)).toThrow(/SHA-256/);
    expect(() => makeFontId(HEX, -1)).toThrow(/face index/);
    expect(FONT_ID_PATTERN.test(`sha256:${HEX}#9999`)).toBe(true);
  });

  it('are content-based: the same bytes give the same id, other bytes another', () => {
    const bytes = fontBytes(FONT_FILES.latinRegular);
    const copy = new Uint8Array(bytes); // a different buffer with equal content
    const [a] = describeFaces(bytes, sha256(bytes));
    const [b] = describeFaces(copy, sha256(copy));
    expect(a?.id).toBe(b?.id);
    const other = fontBytes(FONT_FILES.latinBold);
    expect(describeFaces(other, sha256(other))[0]?.id).not.toBe(a?.id);
    copy[copy.length - 1] = (copy[copy.length - 1] ?? 0) ^ 1; // one bit changed in the last table
    expect(describeFaces(copy, sha256(copy))[0]?.id).not.toBe(a?.id);
  });
});
