import { describe, expect, it } from 'vitest';
import { findMatches, replaceInParagraph, replaceOps, stepMatch } from '../../../../src/renderer/story-editor/findReplace';
import { applyOps, CharacterStyleIds, type Paragraph, paragraphText } from '../../../../src/shared/model';
import { paragraph, sampleEdition, story } from '../../shared/model/fixtures';

const styled: Paragraph = {
  id: 'p',
  style: 'p-zhengwen',
  runs: [
    { text: '区委召开', charStyle: null, marks: [] },
    { text: '全体会议', charStyle: CharacterStyleIds.bold, marks: ['m1'] },
    { text: '。会议', charStyle: null, marks: [] },
  ],
};

describe('findMatches', () => {
  it('finds every match in every story, in story and paragraph order', () => {
    const stories = [story('s1', 'a', [paragraph('p1', 'p-zhengwen', '会议会议'), paragraph('p2', 'p-zhengwen', '无')]), story('s2', 'b', [paragraph('p3', 'p-zhengwen', '开会议')])];
    expect(findMatches(stories, '会议', { matchCase: false })).toEqual([
      { storyId: 's1', paragraphId: 'p1', start: 0, end: 2 },
      { storyId: 's1', paragraphId: 'p1', start: 2, end: 4 },
      { storyId: 's2', paragraphId: 'p3', start: 1, end: 3 },
    ]);
  });

  it('matches across runs, takes the query literally and honours match case', () => {
    const stories = [story('s', 'x', [styled, paragraph('q', 'p-zhengwen', 'GDP (a.b) gdp')])];
    expect(findMatches(stories, '召开全体', { matchCase: true })).toEqual([{ storyId: 's', paragraphId: 'p', start: 2, end: 6 }]);
    expect(findMatches(stories, '(a.b)', { matchCase: true })).toHaveLength(1);
    expect(findMatches(stories, 'gdp', { matchCase: true })).toHaveLength(1);
    expect(findMatches(stories, 'gdp', { matchCase: false })).toHaveLength(2);
    expect(findMatches(stories, '', { matchCase: false })).toEqual([]);
  });
});

describe('replaceInParagraph', () => {
  it('gives the replacement the style and marks of the run the match starts in', () => {
    const out = replaceInParagraph(styled, 4, 6, '常委');
    expect(paragraphText(out)).toBe('区委召开常委会议。会议');
    expect(out.runs[1]).toEqual({ text: '常委会议', charStyle: CharacterStyleIds.bold, marks: ['m1'] });
  });

  it('removes text across runs and merges what is left', () => {
    const out = replaceInParagraph(styled, 2, 9, '');
    expect(out.runs).toEqual([{ text: '区委会议', charStyle: null, marks: [] }]);
  });
});

describe('replaceOps', () => {
  it('replaces all matches as one updateStory per story, which undoes in one step', () => {
    const edition = sampleEdition();
    const matches = findMatches(edition.stories, '区委', { matchCase: false });
    expect(matches.length).toBeGreaterThan(1);
    const ops = replaceOps(edition, matches, '县委');
    expect(ops.map((op) => op.type)).toEqual(['updateStory']);
    const { edition: after, inverse } = applyOps(edition, ops);
    expect(findMatches(after.stories, '区委', { matchCase: false })).toEqual([]);
    expect(findMatches(after.stories, '县委', { matchCase: false })).toHaveLength(matches.length);
    expect(applyOps(after, [inverse]).edition).toEqual(edition);
  });
});

describe('stepMatch', () => {
  it('steps forward and back with wrap-around, from no current match too', () => {
    expect(stepMatch(3, -1, true)).toBe(0);
    expect(stepMatch(3, -1, false)).toBe(2);
    expect(stepMatch(3, 2, true)).toBe(0);
    expect(stepMatch(3, 0, false)).toBe(2);
    expect(stepMatch(0, 0, true)).toBe(-1);
  });
});
