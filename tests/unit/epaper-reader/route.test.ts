import { describe, expect, it } from 'vitest';
import { articleHash, pageHash, parseHash, searchHash } from '../../../src/epaper-reader/route';

describe('parseHash', () => {
  it('reads a page deep link by label', () => {
    expect(parseHash('#page=A01')).toEqual({ kind: 'page', page: 'A01' });
  });

  it('reads an article deep link, with or without the #', () => {
    expect(parseHash('#article=story-7')).toEqual({ kind: 'article', id: 'story-7' });
    expect(parseHash('article=story-7')).toEqual({ kind: 'article', id: 'story-7' });
  });

  it('decodes percent-escaped Chinese, as browsers hand the hash over', () => {
    expect(parseHash(searchHash('退役军人'))).toEqual({ kind: 'search', query: '退役军人' });
    expect(parseHash('#page=%E7%AC%AC1%E7%89%88')).toEqual({ kind: 'page', page: '第1版' });
  });

  it('round-trips what pageHash and articleHash write, odd characters included', () => {
    for (const label of ['A01', '第 2 版', 'a&b=c#d']) expect(parseHash(pageHash(label))).toEqual({ kind: 'page', page: label });
    expect(parseHash(articleHash('id with space/slash'))).toEqual({ kind: 'article', id: 'id with space/slash' });
  });

  it('answers none for empty, unknown and malformed links rather than throwing', () => {
    for (const hash of ['', '#', '#page=', '#main', '#zoom=2', '#page=%E7%AC', '#=A01']) expect(parseHash(hash)).toEqual({ kind: 'none' });
  });
});
