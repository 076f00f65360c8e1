import { describe, expect, it } from 'vitest';
import { matchRanges } from '../../../src/epaper-reader/highlight';

const marked = (text: string, query: string): string[] => matchRanges(text, query).map(([s, e]) => text.slice(s, e));

describe('matchRanges', () => {
  it('finds every occurrence of a Chinese word', () => {
    expect(marked('区退役军人事务员培训班开班，退役军人服务', '退役军人')).toEqual(['退役军人', '退役军人']);
  });

  it('marks what the search matched across punctuation and spaces it ignores', () => {
    // The search normalisation drops the quotation marks, so “退役”军人 is a hit for 退役军人.
    expect(marked('登录“退役”军人平台', '退役军人')).toEqual(['退役”军人']);
  });

  it('marks each term of a query with spaces, merging overlaps', () => {
    expect(marked('线上培训+线下授课', '培训 授课')).toEqual(['培训', '授课']);
    expect(marked('事务员培训', '务员 员培')).toEqual(['务员培']);
  });

  it('ignores Latin case and full width', () => {
    expect(marked('市中云报APP', 'ａｐｐ')).toEqual(['APP']);
  });

  it('answers nothing for an empty query or no hit', () => {
    expect(matchRanges('退役军人', '  ')).toEqual([]);
    expect(matchRanges('退役军人', '医院')).toEqual([]);
  });
});
