// hyphenPatterns.ts: the TeX hyphenation patterns the engine ships, from the `hyphen` package's
// pattern DATA modules (plain arrays; its hyphenator is not used, see liang.ts). US English is
// the default for Latin text in Chinese newspapers.
import enUs from 'hyphen/patterns/en-us.js';
import type { HyphenationHook } from './hyphenation';
import { createLiangHyphenator, type HyphenPatternData } from './liang';

// The trie's node shapes are not expressible in the declaration; liang.ts reads them defensively.
export const EN_US_PATTERNS = enUs as HyphenPatternData;

let english: HyphenationHook | null = null;

/** US English hyphenation (hyphen@1.14.1 patterns from CTAN hyph-en-us), made once and memoized. */
export function englishHyphenator(): HyphenationHook {
  english ??= createLiangHyphenator(EN_US_PATTERNS);
  return english;
}
