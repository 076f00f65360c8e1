import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSampleEdition } from '../../../../src/main/services/sample';
import { articleContent, buildSearchIndex, HEADLINE_BONUS, normaliseForSearch, searchArticles, SNIPPET_RADIUS } from '../../../../src/shared/epaper';
import { counterIds } from '../../../../src/shared/model';

const SEED = readFileSync(new URL('../../../../resources/sample/seed-page.txt', import.meta.url), 'utf8');

/** The seed page's stories as articles (the search needs no layout). */
function seedArticles(): Array<{ id: string; text: string; headlines: Array<{ role: 'kicker' | 'main' | 'subhead'; text: string }> }> {
  const { edition } = buildSampleEdition({ newId: counterIds(), seedText: SEED });
  return edition.stories.flatMap((s) => {
    const content = articleContent(s);
    return content ? [{ id: s.id, text: content.text, headlines: [...content.headlines] }] : [];
  });
}

const ARTICLES = seedArticles();
const INDEX = buildSearchIndex(ARTICLES);
const idOf = (needle: string): string => ARTICLES.find((a) => a.text.includes(needle))?.id ?? '(none)';

describe('searchArticles', () => {
  it('finds 退役军人 in the one article about it, headline first', () => {
    const hits = searchArticles(INDEX, '退役军人');
    expect(hits.map((h) => h.id)).toEqual([idOf('区退役军人事务员培训班开班')]);
    expect(hits[0]?.score).toBeGreaterThan(HEADLINE_BONUS);
    expect(hits[0]?.snippet).toContain('退役军人');
  });

  it('finds 科技节 in the picture story only', () => {
    const expected = ARTICLES.filter((a) => a.text.includes('科技节')).map((a) => a.id);
    expect(expected).toHaveLength(1);
    expect(searchArticles(INDEX, '科技节').map((h) => h.id)).toEqual(expected);
  });

  it('finds a Latin word whatever its case or width, and shows it in context', () => {
    const id = idOf('关注 and 积极');
    for (const query of ['and', 'AND', 'ａｎｄ']) expect(searchArticles(INDEX, query).map((h) => h.id), query).toEqual([id]);
    const text = ARTICLES.find((a) => a.id === id)?.text ?? '';
    const at = text.indexOf('and');
    const expected = `…${Array.from(text.slice(0, at)).slice(-SNIPPET_RADIUS).join('')}and${Array.from(text.slice(at + 3)).slice(0, SNIPPET_RADIUS).join('')}…`;
    expect(searchArticles(INDEX, 'and')[0]?.snippet).toBe(expected.replace(/\s+/gu, ' '));
  });

  it('answers a one-character query with every article holding it, the most occurrences first', () => {
    const count = (text: string): number => text.split('宋').length - 1;
    const holding = ARTICLES.filter((a) => count(a.text) > 0);
    expect(holding.length).toBeGreaterThan(2);
    const hits = searchArticles(INDEX, '宋');
    expect(new Set(hits.map((h) => h.id))).toEqual(new Set(holding.map((a) => a.id)));
    for (const hit of hits) expect(hit.score).toBe(count(ARTICLES.find((a) => a.id === hit.id)?.text ?? ''));
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('takes the words of a query with spaces as all required, in any order', () => {
    expect(searchArticles(INDEX, '退役 培训').map((h) => h.id)).toEqual([idOf('区退役军人事务员培训班开班')]);
    expect(searchArticles(INDEX, ' and  关注 ').map((h) => h.id)).toEqual([idOf('关注 and 积极')]);
    expect(searchArticles(INDEX, '退役 燃气')).toEqual([]);
  });

  it('ranks headline hits before body hits', () => {
    const hits = searchArticles(INDEX, '会议召开');
    const inHeadline = ARTICLES.filter((a) => a.headlines.some((h) => h.text.includes('会议召开'))).map((a) => a.id);
    expect(inHeadline.length).toBeGreaterThan(0);
    expect(hits.slice(0, inHeadline.length).map((h) => h.id).sort()).toEqual([...inHeadline].sort());
  });

  it('finds nothing for words the edition does not hold, for punctuation alone and for an empty query', () => {
    expect(searchArticles(INDEX, '北京冬奥会')).toEqual([]);
    expect(searchArticles(INDEX, '，。“”')).toEqual([]);
    expect(searchArticles(INDEX, '   ')).toEqual([]);
  });

  it('confirms a whole word: articles holding its bigrams apart do not match', () => {
    const index = buildSearchIndex([
      { id: 'apart', text: '退役后回到军人服务站，老军人役军', headlines: [] },
      { id: 'whole', text: '退役军人', headlines: [] },
    ]);
    expect(searchArticles(index, '退役军人').map((h) => h.id)).toEqual(['whole']);
  });
});

describe('buildSearchIndex', () => {
  it('keeps per gram only ascending article indices, one entry per article, and writes the same bytes twice', () => {
    for (const list of Object.values(INDEX.grams)) expect(list.every((n, i) => i === 0 || n > (list[i - 1] ?? -1))).toBe(true);
    expect(INDEX.docs.map((d) => d.id)).toEqual(ARTICLES.map((a) => a.id));
    expect(JSON.stringify(buildSearchIndex(structuredClone(ARTICLES)))).toBe(JSON.stringify(INDEX));
  });

  it('indexes every character and every neighbouring pair of the normalised text, without spaces or punctuation', () => {
    const index = buildSearchIndex([{ id: 'a', text: '市中，APP 上线', headlines: [] }]);
    expect(Object.keys(index.grams).sort()).toEqual(['a', 'ap', 'p', 'pp', 'p上', '上', '上线', '中', '中a', '市', '市中', '线'].sort());
    expect(normaliseForSearch('Ｃａｆé，退役 军人').text).toBe('café退役军人');
  });
});
