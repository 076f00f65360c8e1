import { describe, expect, it } from 'vitest';
import { chineseDate, chineseNumber, chineseWeekday, fillTemplate, newPage } from '../../../../src/shared/model';
import { META } from './fixtures';

describe('chineseNumber', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [12, '十二'],
    [19, '十九'],
    [20, '二十'],
    [24, '二十四'],
    [99, '九十九'],
  ])('writes %i as %s', (n, zh) => {
    expect(chineseNumber(n)).toBe(zh);
  });

  it('falls back to figures where it has no rule', () => {
    expect(chineseNumber(100)).toBe('100');
    expect(chineseNumber(-1)).toBe('-1');
    expect(chineseNumber(1.5)).toBe('1.5');
  });
});

describe('chineseDate', () => {
  it('writes an ISO date without leading zeros', () => {
    expect(chineseDate('2023-05-15')).toBe('2023年5月15日');
    expect(chineseDate('2024-12-01')).toBe('2024年12月1日');
  });
});

describe('fillTemplate', () => {
  const page = newPage({ id: 'page-12', number: 12, label: 'A12', section: '要闻', masterId: null });

  it('fills a running head from the edition and the page', () => {
    expect(fillTemplate('{paper}  {date}  第{pageNumberZh}版  {section}', META, page)).toBe('今日市中  2023年5月15日  第十二版  要闻');
  });

  it('fills every documented field', () => {
    const out = fillTemplate('{pageNumber}|{pageLabel}|{issue}|{editor}|{designer}|{proofreader}', META, page);
    expect(out).toBe('12|A12|1024|张三|李四|王五');
  });

  it('follows the page it is drawn on', () => {
    const other = { ...page, number: 3, section: '综合' };
    expect(fillTemplate('第{pageNumberZh}版 {section}', META, other)).toBe('第三版 综合');
  });

  it('leaves an empty issue blank and unknown fields as written', () => {
    expect(fillTemplate('第{issue}期 {weather}', { ...META, issue: null }, page)).toBe('第期 {weather}');
  });
});

describe('chineseWeekday', () => {
  it('names the calendar day of the date, in any time zone', () => {
    expect(['2023-05-14', '2023-05-15', '2023-05-20', '2024-02-29'].map(chineseWeekday)).toEqual(['星期日', '星期一', '星期六', '星期四']);
  });
});
