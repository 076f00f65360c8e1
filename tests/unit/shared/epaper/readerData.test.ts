import { describe, expect, it } from 'vitest';
import { collectArticles, EPAPER_FORMAT_VERSION, pageBanner, readerData, SUMMARY_CHARS } from '../../../../src/shared/epaper';
import { article, edition, editionLayout, page, textFrame } from './fixtures';

describe('pageBanner', () => {
  it('writes the 版次 and the section as Chinese e-papers do', () => {
    expect(pageBanner({ label: 'A01', section: '要闻' }, 0)).toBe('A01版：要闻');
    expect(pageBanner({ label: '3', section: '综合' }, 2)).toBe('03版：综合');
    expect(pageBanner({ label: 'B4', section: '' }, 11)).toBe('B04版');
    expect(pageBanner({ label: '第5版', section: '副刊' }, 4)).toBe('第5版：副刊');
    expect(pageBanner({ label: '封面', section: ' 专题 ' }, 0)).toBe('01版：专题');
  });
});

describe('readerData', () => {
  it('copies the edition record without its build stamp and lists each article with its page link and summary', () => {
    const long = '本报讯 '.concat('为开展退役军人事务员新职业建设'.repeat(8));
    const ed = edition(
      [page('p1', 1, [textFrame('f1', { x: 40, y: 100, width: 100, height: 100 }, 'a'), textFrame('f2', { x: 200, y: 100, width: 100, height: 100 }, 'b')])],
      [article('a', '头条', [long, '第二段']), article('b', '短讯', ['短。'])],
    );
    const articles = collectArticles(ed, editionLayout([]), ['p1']);
    const record = { formatVersion: EPAPER_FORMAT_VERSION, paper: '今日市中', date: '2023-05-15', issue: 12, totalIssue: null, pdf: 'pdf/edition.pdf', pages: [] };
    const data = readerData(record, articles);
    expect({ ...data, articles: [] }).toEqual({ ...record, articles: [] });
    expect(data.articles).toEqual([
      { id: 'a', headline: '头条', byline: '□记者 李森', pageIds: ['p1'], href: 'articles/a.html', summary: `${Array.from(long).slice(0, SUMMARY_CHARS).join('')}…` },
      { id: 'b', headline: '短讯', byline: '□记者 李森', pageIds: ['p1'], href: 'articles/b.html', summary: '短。' },
    ]);
    expect('generatedAt' in data).toBe(false);
  });
});
