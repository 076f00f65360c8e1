import { describe, expect, it } from 'vitest';
import { changedPlace, keepUnchanged, sameParagraphs } from '../../../../src/renderer/story-editor/diffPlace';
import { paragraph } from '../../shared/model/fixtures';

const body = 'p-zhengwen';

describe('changedPlace', () => {
  it('puts the caret after text an undo brings back', () => {
    expect(changedPlace([paragraph('a', body, '会议。')], [paragraph('a', body, '会议召开。')])).toEqual({ paragraphId: 'a', offset: 4 });
  });

  it('puts the caret where text was taken out', () => {
    expect(changedPlace([paragraph('a', body, '会议召开。')], [paragraph('a', body, '会议。')])).toEqual({ paragraphId: 'a', offset: 2 });
  });

  it('goes to the end of a paragraph that is new at that place, and finds nothing when only objects differ', () => {
    const a = [paragraph('a', body, '一'), paragraph('b', body, '二')];
    expect(changedPlace(a, [paragraph('a', body, '一'), paragraph('c', body, '三'), paragraph('b', body, '二')])).toEqual({ paragraphId: 'c', offset: 1 });
    expect(changedPlace(a, structuredClone(a))).toBeNull();
    expect(sameParagraphs(a, structuredClone(a))).toBe(true);
    expect(sameParagraphs(a, [paragraph('a', 'p-zhuti', '一'), paragraph('b', body, '二')])).toBe(false);
  });

  it('lands on the last paragraph when paragraphs were removed at the end', () => {
    expect(changedPlace([paragraph('a', body, '一'), paragraph('b', body, '二')], [paragraph('a', body, '一')])).toEqual({ paragraphId: 'a', offset: 1 });
  });
});

describe('keepUnchanged', () => {
  it('keeps the objects of paragraphs an edit left alone, and only those', () => {
    const before = [paragraph('a', body, '一'), paragraph('b', body, '二'), paragraph('c', body, '三')];
    const next = [paragraph('a', body, '一'), paragraph('b', body, '二了'), paragraph('n', body, '新'), paragraph('c', 'p-zhuti', '三')];
    const kept = keepUnchanged(next, before);
    expect(kept[0]).toBe(before[0]);
    expect(kept.slice(1)).toEqual(next.slice(1));
    kept.slice(1).forEach((p, i) => expect(p).toBe(next[i + 1]));
  });
});
