// THE quote rule (fonts/quotes.ts): the face (itemize), the break class (the tailored levels)
// and the width (punctuation marks, the em model) must give every quote the same answer.
import { describe, expect, it } from 'vitest';
import { type CompositeFont, itemize, resolveQuotes } from '../../../../../src/shared/layout/fonts';
import { classifyBoundaries, classifyMarks, codePoints, referenceAdvanceEm } from '../../../../../src/shared/layout/inline';
import { loadFace } from '../../../../fixtures/fonts/fontFiles';

const song: CompositeFont = { cjk: loadFace('serifRegular'), latin: loadFace('latinRegular') };
const QUOTES = new Set(['“', '”', '‘', '’']);

/** For each quote of `text`, in order: [face slot, GB break class, mark kind, reference em]. */
function quoteView(text: string): Array<[string, string, string | null, number]> {
  const cps = codePoints(text);
  const runs = itemize(text, song);
  const { units } = classifyBoundaries(cps, 'gb');
  const marks = classifyMarks(cps);
  const out: Array<[string, string, string | null, number]> = [];
  let offset = 0;
  cps.forEach((cp, i) => {
    const ch = String.fromCodePoint(cp);
    if (QUOTES.has(ch)) {
      const slot = runs.find((r) => r.start <= offset && offset < r.end)?.slot ?? '?';
      let k = 0;
      while ((units.start[k + 1] ?? Infinity) <= i) k++;
      out.push([slot, units.cls[k] ?? '?', marks[i]?.kind ?? null, referenceAdvanceEm(cps, i, 0.5, 1 / 3)]);
    }
    offset += ch.length;
  });
  return out;
}

const CHINESE_OPEN = ['cjk', 'OP', 'opening', 1] as const;
const CHINESE_CLOSE = ['cjk', 'CL', 'closing', 1] as const;
const LATIN = ['latin', 'QU', null, 0.5] as const;

describe('the quote rule', () => {
  it.each([
    ['他说“OK”。', [CHINESE_OPEN, CHINESE_CLOSE]], // Chinese text quoting Latin
    ['“OK”，他说。', [CHINESE_OPEN, CHINESE_CLOSE]], // …at the start of the paragraph
    ['He said “中国”.', [LATIN, LATIN]], // Latin text quoting Chinese
    ['“中国” means China.', [LATIN, LATIN]], // …at the start of the paragraph
  ])('%s: face, break class and width agree, decided by the text outside the quotes', (text, expected) => {
    expect(quoteView(text)).toEqual(expected);
  });

  it('sets the seed’s quotations in Chinese text as Chinese quotes', () => {
    // Verbatim from the sample (its commas are ASCII).
    const text = '为庆祝第113个“国际护士节”,关心关爱护士群体。王金国“五老”工作室';
    expect(quoteView(text)).toEqual([CHINESE_OPEN, CHINESE_CLOSE, CHINESE_OPEN, CHINESE_CLOSE]);
  });

  it('keeps apostrophes Latin and nests pairs, each decided by its own outside', () => {
    expect(resolveQuotes(codePoints('it’s')).map((r) => r?.context ?? null)).toEqual([null, null, 'latin', null]);
    // The inner ‘中文’ stands in an English sentence; the outer pair in a Chinese one.
    const roles = resolveQuotes(codePoints('他说“He said ‘中文’ twice”。'));
    expect(roles.filter((r) => r !== null).map((r) => `${r.side}:${r.context}`)).toEqual(['opening:cjk', 'opening:latin', 'closing:latin', 'closing:cjk']);
  });

  it('falls back to the default context when no strong character decides', () => {
    expect(resolveQuotes(codePoints('“……”')).map((r) => r?.context ?? null)).toEqual(['cjk', null, null, 'cjk']);
    expect(resolveQuotes(codePoints('“……”'), { defaultContext: 'latin' })[0]?.context).toBe('latin');
  });
});
