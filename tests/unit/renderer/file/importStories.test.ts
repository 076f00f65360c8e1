import { describe, expect, it } from 'vitest';
import { addStoryOps } from '../../../../src/renderer/file/importStories';
import { proposedCopy } from '../../../../src/renderer/file/proposedCopy';
import { applyOps, commit, counterIds, createHistory, emptyEdition, type Story, undo } from '../../../../src/shared/model';

const edition = (stories: Story[] = []) => ({ ...emptyEdition({ preset: 'broadsheet', newId: counterIds(), meta: { paper: 'p', date: '2023-05-15', issue: null, totalIssue: null, credits: { editor: '', designer: '', proofreader: '' } } }), stories });
const story = (id: string): Story => ({ id, slug: id, status: 'draft', credits: [], paragraphs: [{ id: `${id}-p`, style: 'body', runs: [{ text: '正文', charStyle: null, marks: [] }] }], importNotes: [] });

describe('addStoryOps', () => {
  it('appends the imported stories in order, and as one batch they undo in one step', () => {
    const before = edition([story('s1')]);
    const ops = addStoryOps(before, [story('s2'), story('s3')]);
    expect(ops.map((op) => op.type === 'addStory' && [op.index, op.story.id])).toEqual([
      [1, 's2'],
      [2, 's3'],
    ]);
    const after = applyOps(before, ops).edition;
    expect(after.stories.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    const { history } = commit(createHistory(before), { type: 'batch', ops });
    expect(undo(history).history.edition.stories.map((s) => s.id)).toEqual(['s1']);
  });

  it('refuses stories whose ids are already in the edition', () => {
    expect(() => addStoryOps(edition([story('s1')]), [story('s1')])).toThrow(/s1/u);
  });
});

describe('proposedCopy', () => {
  it('proposes a copy beside the open edition', () => {
    expect(proposedCopy('/home/u/Documents/Galley/今日市中.galley', '副本')).toEqual({ folder: '/home/u/Documents/Galley', name: '今日市中-副本.galley' });
    expect(proposedCopy('C:\\Users\\u\\a.galley', 'copy')).toEqual({ folder: 'C:\\Users\\u', name: 'a-copy.galley' });
  });
});
