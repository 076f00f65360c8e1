// Our Liang matcher over the `hyphen` package's en-us pattern data agrees with the package's
// own hyphenator, and the engine's defaults keep TeX's left/right minimums.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createLiangHyphenator, EN_US_PATTERNS, englishHyphenator } from '../../../../../src/shared/layout/inline';

const require = createRequire(import.meta.url);
const { hyphenateSync } = require('hyphen/en-us') as { hyphenateSync: (text: string, options: { hyphenChar: string }) => string };

const WORDS = ['international', 'hyphenation', 'typesetting', 'beautiful', 'composition', 'newspaper', 'development', 'performance', 'representatives', 'astonished', 'associate', 'philanthropic', 'daughters', 'department'];

/** Offsets of the hyphens the package inserts into `word`. */
function packagePoints(word: string): number[] {
  const parts = hyphenateSync(word, { hyphenChar: '|' }).split('|');
  const out: number[] = [];
  let at = 0;
  for (const part of parts.slice(0, -1)) out.push((at += part.length));
  return out;
}

describe('createLiangHyphenator', () => {
  it('finds the same points as the hyphen package for the same patterns (minimums 2/2)', () => {
    const ours = createLiangHyphenator(EN_US_PATTERNS, { leftMin: 2, rightMin: 2 });
    for (const word of WORDS) expect(ours(word), word).toEqual(packagePoints(word));
  });

  it('keeps 2 letters before and 3 after a hyphen by default, and leaves short words alone', () => {
    const h = englishHyphenator();
    expect(h('international')).toEqual([2, 5, 7]); // in-ter-na-tion-al without -al
    expect(h('hyphenation')).toEqual([2, 6]);
    expect(h('king')).toEqual([]);
    expect(h('Beautiful')).toEqual([4, 6]);
  });

  it('uses the exceptions that ship with the patterns, like TeX hyphenation lists', () => {
    expect(englishHyphenator()('associate')).toEqual([2, 5]);
    expect(createLiangHyphenator(EN_US_PATTERNS)('project')).toEqual([]);
  });
});
