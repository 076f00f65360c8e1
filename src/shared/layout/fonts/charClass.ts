// charClass.ts: what each character asks of a composite font (CJK face + Latin face).
//
//   cjk        Han, kana, hangul, bopomofo, CJK punctuation and symbols, full-width forms
//   latin      letters and digits of Latin, Greek, Cyrillic and other non-CJK scripts
//   opening    “ ‘           } East-Asian-Width Ambiguous marks whose face depends on the
//   closing    ” ’           } context (typesetting-cjk.md §3): itemize.ts decides
//   ambiguous  — … · □ ① …   }
//   neutral    spaces, ASCII and Latin-1 punctuation and symbols, other common characters:
//              they belong to the Latin repertoire and take the Latin face
//   attach     combining marks, variation selectors, ZWJ/ZWNJ: always the face of the base
//
// The tables are ranges, not the Unicode Script property: the question is which face draws a
// character well, not what script it is. Fallback to the other face when the chosen one lacks
// the glyph happens in itemize.ts.

export type CharClass = 'cjk' | 'latin' | 'opening' | 'closing' | 'ambiguous' | 'neutral' | 'attach';

/** The script HarfBuzz is told for a run; 'Zyyy' lets it guess (Common). */
export type ShapingScript = 'Hani' | 'Latn' | 'Grek' | 'Cyrl' | 'Zyyy';

type Range = readonly [first: number, last: number, cls: CharClass];

// Sorted, non-overlapping. Anything not listed is 'neutral'.
const RANGES: readonly Range[] = [
  [0x0030, 0x0039, 'latin'],
  [0x0041, 0x005a, 'latin'],
  [0x0061, 0x007a, 'latin'],
  [0x00aa, 0x00aa, 'latin'],
  [0x00b5, 0x00b5, 'latin'],
  [0x00b7, 0x00b7, 'ambiguous'], // · 间隔号
  [0x00ba, 0x00ba, 'latin'],
  [0x00c0, 0x00d6, 'latin'],
  [0x00d8, 0x00f6, 'latin'],
  [0x00f8, 0x02af, 'latin'], // Latin-1 letters, Extended-A/B, IPA
  [0x02b0, 0x02ff, 'latin'], // spacing modifier letters
  [0x0300, 0x036f, 'attach'],
  [0x0370, 0x03ff, 'latin'], // Greek
  [0x0400, 0x052f, 'latin'], // Cyrillic
  [0x0530, 0x10ff, 'latin'], // Armenian … Georgian: not CJK, so the Latin slot (with fallback)
  [0x1100, 0x11ff, 'cjk'], // Hangul Jamo
  [0x1200, 0x1aaf, 'latin'],
  [0x1ab0, 0x1aff, 'attach'],
  [0x1d00, 0x1dbf, 'latin'],
  [0x1dc0, 0x1dff, 'attach'],
  [0x1e00, 0x1fff, 'latin'], // Latin Extended Additional, Greek Extended
  [0x200c, 0x200d, 'attach'], // ZWNJ, ZWJ
  [0x2013, 0x2015, 'ambiguous'], // – — ―
  [0x2018, 0x2018, 'opening'],
  [0x2019, 0x2019, 'closing'],
  [0x201c, 0x201c, 'opening'],
  [0x201d, 0x201d, 'closing'],
  [0x2025, 0x2027, 'ambiguous'], // ‥ … ‧
  [0x203b, 0x203b, 'ambiguous'], // ※
  [0x20d0, 0x20ff, 'attach'],
  [0x2160, 0x217f, 'ambiguous'], // Ⅰ Ⅱ Ⅲ
  [0x22ef, 0x22ef, 'ambiguous'], // ⋯ (the centred ellipsis some Chinese text uses)
  [0x2460, 0x24ff, 'ambiguous'], // ① ⑴ ⒈
  [0x2500, 0x257f, 'ambiguous'], // box drawing
  [0x25a0, 0x25ff, 'ambiguous'], // □ ■ ○ ● △ (□ opens bylines: □特约通讯员)
  [0x2605, 0x2606, 'ambiguous'], // ★ ☆
  [0x2c60, 0x2c7f, 'latin'],
  [0x2de0, 0x2dff, 'attach'],
  [0x2e3a, 0x2e3b, 'ambiguous'], // ⸺ ⸻
  [0x2e80, 0x2fdf, 'cjk'], // radicals, Kangxi
  [0x2ff0, 0x3029, 'cjk'], // IDC, CJK symbols and punctuation (U+3000 、。〈〉《》「」【】〔〕〖〗〜…)
  [0x302a, 0x302f, 'attach'], // ideographic tone marks
  [0x3030, 0x3098, 'cjk'],
  [0x3099, 0x309a, 'attach'], // combining kana voicing marks
  [0x309b, 0x4dbf, 'cjk'], // kana, bopomofo, hangul compat, kanbun, strokes, enclosed, compat, Ext A
  [0x4dc0, 0x4dff, 'cjk'], // Yijing hexagrams: drawn by CJK fonts
  [0x4e00, 0x9fff, 'cjk'],
  [0xa000, 0xa4cf, 'cjk'], // Yi
  [0xa720, 0xa7ff, 'latin'],
  [0xa960, 0xa97f, 'cjk'],
  [0xab30, 0xab6f, 'latin'],
  [0xac00, 0xd7ff, 'cjk'], // Hangul
  [0xf900, 0xfaff, 'cjk'], // compatibility ideographs
  [0xfb00, 0xfb06, 'latin'], // ﬀ ﬁ ﬂ
  [0xfe00, 0xfe0f, 'attach'], // variation selectors
  [0xfe10, 0xfe1f, 'cjk'], // vertical forms
  [0xfe20, 0xfe2f, 'attach'],
  [0xfe30, 0xfe6f, 'cjk'], // CJK compatibility forms, small forms
  [0xff00, 0xffef, 'cjk'], // full-width forms (，：（）％０-９), half-width katakana
  [0x16fe0, 0x16fff, 'cjk'],
  [0x1b000, 0x1b16f, 'cjk'],
  [0x1f200, 0x1f2ff, 'cjk'], // enclosed ideographic supplement
  [0x20000, 0x3ffff, 'cjk'], // Ext B and later, compatibility supplement
  [0xe0100, 0xe01ef, 'attach'], // variation selectors supplement
];

function find(cp: number): Range | undefined {
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = RANGES[mid];
    if (!r) return undefined;
    if (cp < r[0]) hi = mid - 1;
    else if (cp > r[1]) lo = mid + 1;
    else return r;
  }
  return undefined;
}

export function charClass(cp: number): CharClass {
  if (cp < 0x80) {
    // ASCII fast path: letters and digits are Latin, the rest (space, punctuation) neutral.
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'latin' : 'neutral';
  }
  return find(cp)?.[2] ?? 'neutral';
}

/** The shaping script of a strong character; neutral ones answer 'Zyyy' and join their run. */
export function shapingScript(cp: number, cls: CharClass): ShapingScript {
  if (cls === 'cjk') return 'Hani';
  if (cls !== 'latin') return 'Zyyy';
  if (cp < 0x0370 || (cp >= 0x1d00 && cp <= 0x1eff) || (cp >= 0x2c60 && cp <= 0x2c7f) || cp >= 0xa720) return 'Latn';
  if (cp < 0x0400 || (cp >= 0x1f00 && cp <= 0x1fff)) return 'Grek';
  if (cp < 0x0530) return 'Cyrl';
  return 'Zyyy'; // Armenian, Hebrew, Arabic, Indic…: HarfBuzz guesses from the run's text
}

/**
 * Characters no face needs a glyph for: controls, and default-ignorables that HarfBuzz hides
 * (ZWSP, joiners, directional marks, word joiner, BOM, soft hyphen, variation selectors, tags).
 */
export function isIgnorable(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0x00ad ||
    cp === 0x034f ||
    (cp >= 0x180b && cp <= 0x180f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

/** Space separators: HarfBuzz draws them with the face's space glyph when the face lacks them. */
export function isSpaceSeparator(cp: number): boolean {
  return cp === 0x20 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}
