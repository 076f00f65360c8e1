// Glyph outlines for the screen painter, from the shaper's own hb_font, and matchFace, the rule
// the catalog and the renderer's font fetching share.
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { createFontCatalog, createHarfBuzzShaper, matchFace } from '../../../../../src/shared/layout/fonts';
import { loadFace } from '../../../../fixtures/fonts/fontFiles';

describe('HarfBuzzShaper.glyphPath', () => {
  const shaper = createHarfBuzzShaper(hb);
  const serif = loadFace('serifRegular');

  it('gives the outline of a shaped glyph as SVG path data in font units, y up', () => {
    const text = '国';
    const gid = shaper.shape({ text, start: 0, end: 1, face: serif, script: 'Hani', language: 'zh-Hans' }).glyphIds[0]!;
    const d = shaper.glyphPath(serif, gid);
    expect(d).toMatch(/^M/);
    const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    // Inside the em box: 0…1000 wide, and mostly above the baseline (y up).
    expect(Math.min(...numbers)).toBeGreaterThan(-200);
    expect(Math.max(...numbers)).toBeLessThan(1000);
  });

  it('gives an empty path for a space', () => {
    const gid = shaper.shape({ text: ' ', start: 0, end: 1, face: serif, script: 'Latn', language: 'en' }).glyphIds[0]!;
    expect(shaper.glyphPath(serif, gid)).toBe('');
  });
});

describe('matchFace', () => {
  const faces = [
    { id: 'a', family: 'Noto Serif SC', familyNames: ['Noto Serif SC', '思源宋体'], weight: 400, italic: false },
    { id: 'b', family: 'Noto Serif SC', familyNames: ['Noto Serif SC'], weight: 700, italic: false },
    { id: 'c', family: 'Noto Serif SC', familyNames: ['Noto Serif SC'], weight: 400, italic: false },
  ];

  it('matches by any family name and nearest weight, earliest first on a tie, as the catalog does', () => {
    expect(matchFace(faces, '思源宋体', 400)?.id).toBe('a');
    expect(matchFace(faces, 'noto serif sc', 700)?.id).toBe('b');
    expect(matchFace(faces, 'Noto Serif SC', 400)?.id).toBe('a');
    expect(matchFace(faces, 'Kaiti', 400)).toBeUndefined();
    const serif = loadFace('serifRegular');
    expect(createFontCatalog([serif]).match('Noto Serif SC', 700)?.id).toBe(matchFace([serif], 'Noto Serif SC', 700)?.id);
  });
});
