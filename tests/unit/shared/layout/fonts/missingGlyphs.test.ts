import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { type CompositeFont, createHarfBuzzShaper, findMissingGlyphs, missingInShapedRuns, shapeParagraph } from '../../../../../src/shared/layout/fonts';
import { loadFace } from '../../../../fixtures/fonts/fontFiles';

const where = { storyId: 'story-7', paragraphId: 'p-3' };
const song: CompositeFont = { cjk: loadFace('serifRegular'), latin: loadFace('latinRegular') };
const latinOnly: CompositeFont = { cjk: loadFace('latinRegular'), latin: loadFace('latinRegular') };

describe('findMissingGlyphs', () => {
  it('reports a Han character a Latin-only composite cannot draw, with story, paragraph and position', () => {
    expect(findMissingGlyphs('APP 国', latinOnly, where)).toEqual([
      { storyId: 'story-7', paragraphId: 'p-3', char: '国', codePoint: 0x56fd, offset: 4, fontId: latinOnly.cjk.id, family: 'Source Serif 4' },
    ]);
  });

  it('reports unassigned code points and characters neither face has, at their UTF-16 offsets', () => {
    const text = 'A\u0378中𠀀가';
    const missing = findMissingGlyphs(text, song, where);
    expect(missing.map((m) => [m.char, m.codePoint, m.offset])).toEqual([
      ['\u0378', 0x378, 1],
      ['𠀀', 0x20000, 3], // outside GB 18030's core set: Noto Serif SC has no glyph
      ['가', 0xac00, 5], // Hangul is not in the SC fonts
    ]);
    expect(text.slice(5, 6)).toBe('가');
  });

  it('reports nothing for text both faces cover, and ignores invisible controls and spaces', () => {
    expect(findMissingGlyphs('本报讯 5月12日,“国际护士节”市中云报APP第113个100%。', song, where)).toEqual([]);
    expect(findMissingGlyphs('A\u200bB\u00adC\u2009D\ufeff中', song, where)).toEqual([]);
  });
});

describe('missingInShapedRuns', () => {
  const shaper = createHarfBuzzShaper(hb);

  it('finds the .notdef glyphs a shaped paragraph holds, one entry per character', () => {
    const text = '国际APP';
    const runs = shapeParagraph(text, latinOnly, shaper);
    expect(runs.flatMap((r) => r.glyphs.glyphIds).filter((g) => g === 0)).toHaveLength(2);
    expect(missingInShapedRuns(text, runs, where).map((m) => [m.char, m.offset, m.family])).toEqual([
      ['国', 0, 'Source Serif 4'],
      ['际', 1, 'Source Serif 4'],
    ]);
  });

  it('agrees with findMissingGlyphs on mixed text', () => {
    const text = '第113个\u0378가 “OK”';
    const shaped = missingInShapedRuns(text, shapeParagraph(text, song, shaper), where);
    expect(shaped).toEqual(findMissingGlyphs(text, song, where));
    expect(shaped).toHaveLength(2);
  });
});
