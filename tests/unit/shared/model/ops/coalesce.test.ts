import { describe, expect, it } from 'vitest';
import {
  commit,
  commitCoalescing,
  createHistory,
  type History,
  type Op,
  paragraphText,
  redo,
  undo,
} from '../../../../../src/shared/model';
import { deepFreeze, sampleEdition } from '../fixtures';

/** An edit of story-3's only paragraph to `text`, as the story editor sends it per keystroke. */
const typed = (text: string): Op => ({
  type: 'updateStory',
  storyId: 'story-3',
  patch: { paragraphs: [{ id: 'para-5', style: 'p-zhengwen', runs: [{ text, charStyle: null, marks: [] }] }] },
});

const textOf = (history: History): string => paragraphText(history.edition.stories[2]!.paragraphs[0]!);

function typeAll(history: History, texts: readonly string[], key: string): History {
  return texts.reduce((h, text) => commitCoalescing(h, typed(text), key).history, history);
}

describe('commitCoalescing', () => {
  it('joins edits with the same key into one step that undoes to before the burst', () => {
    const h0 = createHistory(deepFreeze(sampleEdition()));
    const h = typeAll(h0, ['备用稿件正文。甲', '备用稿件正文。甲乙', '备用稿件正文。甲乙丙'], 'story-3');
    expect(textOf(h)).toBe('备用稿件正文。甲乙丙');
    expect(h.past).toHaveLength(1);
    const back = undo(h);
    expect(textOf(back.history)).toBe('备用稿件正文。');
    expect(back.history.edition).toEqual(h0.edition);
    const again = redo(back.history);
    expect(textOf(again.history)).toBe('备用稿件正文。甲乙丙');
    expect(again.history.edition).toEqual(h.edition);
  });

  it('returns only the new edit as applied, since that is what changed the edition', () => {
    const h = commitCoalescing(createHistory(sampleEdition()), typed('甲'), 'k').history;
    expect(commitCoalescing(h, typed('甲乙'), 'k').applied).toEqual(typed('甲乙'));
  });

  it('starts a new step for another key, and after undo, redo or a plain commit', () => {
    const h0 = createHistory(sampleEdition());
    const twoKeys = commitCoalescing(commitCoalescing(h0, typed('甲'), 'a').history, typed('甲乙'), 'b').history;
    expect(twoKeys.past).toHaveLength(2);

    const undone = undo(commitCoalescing(commitCoalescing(h0, typed('甲'), 'a').history, typed('甲乙'), 'a').history).history;
    const afterUndo = commitCoalescing(undone, typed('丙'), 'a').history;
    expect(afterUndo.past).toHaveLength(1);
    expect(undo(afterUndo).history.edition).toEqual(h0.edition);

    const moved = commit(commitCoalescing(h0, typed('甲'), 'a').history, { type: 'moveFrame', pageId: 'page-1', frameId: 'frame-5', x: 10, y: 20 }).history;
    expect(commitCoalescing(moved, typed('甲乙'), 'a').history.past).toHaveLength(3);

    const redone = redo(undo(commitCoalescing(h0, typed('甲'), 'a').history).history).history;
    expect(commitCoalescing(redone, typed('甲乙'), 'a').history.past).toHaveLength(2);
  });

  it('joins edits of different kinds as a batch whose inverse undoes both in reverse order', () => {
    const h0 = createHistory(sampleEdition());
    const slug: Op = { type: 'updateStory', storyId: 'story-3', patch: { slug: '新稿' } };
    const move: Op = { type: 'moveFrame', pageId: 'page-1', frameId: 'frame-5', x: 10, y: 20 };
    const h = commitCoalescing(commitCoalescing(commitCoalescing(h0, typed('甲'), 'k').history, slug, 'k').history, move, 'k').history;
    expect(h.past).toHaveLength(1);
    expect(h.past[0]?.op.type).toBe('batch');
    expect(undo(h).history.edition).toEqual(h0.edition);
    expect(redo(undo(h).history).history.edition).toEqual(h.edition);
  });

  it('keeps the oldest value of each field a burst of story patches touched', () => {
    const h0 = createHistory(sampleEdition());
    const withSlug = commitCoalescing(h0, { type: 'updateStory', storyId: 'story-3', patch: { slug: '一' } }, 'k').history;
    const both = commitCoalescing(withSlug, { type: 'updateStory', storyId: 'story-3', patch: { slug: '二', status: 'final' } }, 'k').history;
    expect(both.past[0]?.inverse).toEqual({ type: 'updateStory', storyId: 'story-3', patch: { slug: '备用稿', status: 'draft' } });
    expect(undo(both).history.edition).toEqual(h0.edition);
  });
});
