// The Chinese tailorings per level, beyond what the conformance vectors assert: prohibitions
// that hold after spaces too, quotes that stay Latin in Latin text, units no level splits.
import { describe, expect, it } from 'vitest';
import { analyzeBreaks, breakOpportunities, parseProhibitionLevel, type ProhibitionLevel } from '../../../../../src/shared/layout/inline';

const allowedAt = (text: string, level: ProhibitionLevel, j: number): boolean => breakOpportunities(text, level).includes(j);

describe('parseProhibitionLevel', () => {
  it('accepts the model names in any case, and GB for gb', () => {
    expect(parseProhibitionLevel('GB')).toBe('gb');
    expect(parseProhibitionLevel('Strict')).toBe('strict');
    expect(parseProhibitionLevel(' uax14 ')).toBe('uax14');
    expect(parseProhibitionLevel('normal')).toBeNull();
  });
});

describe('tailored levels (basic, GB, strict, loose)', () => {
  it.each(['basic', 'gb', 'strict', 'loose'] as const)('%s: a nonstarter or · ～ ／ may not start a line even after a space', (level) => {
    // UAX #14 allows these breaks (LB18 comes before LB21), so they test the tailoring's own prohibition.
    expect(allowedAt('文 ·字', level, 2)).toBe(false);
    expect(allowedAt('文 ～字', level, 2)).toBe(false);
    expect(allowedAt('文 ／字', level, 2)).toBe(false);
    // Even loose starts a line with 々 only right after a character, not after a space.
    expect(allowedAt('文 々字', level, 2)).toBe(false);
    expect(allowedAt('文 ·字', 'uax14', 2)).toBe(true);
  });

  it('keeps a Latin apostrophe and Latin quotes untailored, but treats quotes next to Chinese as brackets', () => {
    // don’t: no break at either side of ’ (UAX #14 LB19); in 说“hello”我, “ opens and ” closes.
    expect(breakOpportunities('don’t', 'gb')).toEqual([]);
    const text = '他说“hello”我';
    expect(allowedAt(text, 'gb', 2)).toBe(true); // 说|“
    expect(allowedAt(text, 'gb', 3)).toBe(false); // “|h
    expect(allowedAt(text, 'gb', 8)).toBe(false); // o|”
    expect(allowedAt(text, 'gb', 9)).toBe(true); // ”|我
    expect(allowedAt(text, 'uax14', 9)).toBe(false); // bare LB19a: o is not East Asian
  });

  it('lets a single — end a line but not start one, while —— may start one except at strict', () => {
    expect(breakOpportunities('北京—上海', 'gb')).toEqual([1, 3, 4]);
    expect(allowedAt('说——这', 'gb', 1)).toBe(true);
    expect(allowedAt('说——这', 'strict', 1)).toBe(false);
  });

  it('never splits —— or …… at any level, none included', () => {
    for (const level of ['none', 'basic', 'gb', 'strict', 'loose', 'uax14'] as const) {
      expect(allowedAt('说——这', level, 2)).toBe(false);
      expect(allowedAt('说……这', level, 2)).toBe(false);
      expect(allowedAt('说⋯⋯这', level, 2)).toBe(false);
    }
  });

  it('lets only the doubled ellipsis start a line at GB; a lone … waits for loose', () => {
    expect(allowedAt('文……字', 'gb', 1)).toBe(true);
    expect(allowedAt('文…字', 'gb', 1)).toBe(false);
    expect(allowedAt('文 …字', 'gb', 2)).toBe(false);
    expect(allowedAt('文…字', 'loose', 1)).toBe(true);
  });

  it('at loose, starts a line with ！ after Han but keeps ？！ together', () => {
    expect(breakOpportunities('文？！字', 'loose')).toEqual([1, 3]);
    expect(breakOpportunities('文？！字', 'gb')).toEqual([3]);
  });

  it('at loose, relaxes a full-width postfix after Han but never inside a number', () => {
    expect(allowedAt('文％', 'loose', 1)).toBe(true);
    expect(allowedAt('50％', 'loose', 2)).toBe(false);
    expect(allowedAt('25℃', 'loose', 2)).toBe(false);
  });

  it('forbids a break after a solidus at GB and above but not at basic', () => {
    expect(allowedAt('他／她', 'basic', 2)).toBe(true);
    expect(allowedAt('他／她', 'gb', 2)).toBe(false);
    expect(allowedAt('他/她', 'strict', 2)).toBe(false);
  });
});

describe('level none', () => {
  it('drops the line-start and line-end prohibitions next to Chinese text', () => {
    expect(breakOpportunities('中（注）。文', 'none')).toEqual([1, 2, 3, 4, 5]);
  });

  it('still keeps units, numbers and Latin words whole', () => {
    expect(breakOpportunities('文？！字', 'none')).toEqual([1, 3]);
    expect(breakOpportunities('3.5%', 'none')).toEqual([]);
    expect(breakOpportunities('Linux', 'none')).toEqual([]);
  });
});

describe('analyzeBreaks', () => {
  it('marks mandatory breaks apart from ordinary opportunities', () => {
    expect(analyzeBreaks('文\n字文', 'gb')).toEqual([
      { index: 2, mandatory: true },
      { index: 3, mandatory: false },
    ]);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(breakOpportunities('文𐫶字', 'loose')).toEqual([1, 2]);
    expect(breakOpportunities('𠀀𠀁', 'gb')).toEqual([1]);
  });
});
