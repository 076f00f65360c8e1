import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentEdition, type EditorState } from '../../../../src/renderer/state/editorState';
import { COALESCE_PAUSE_MS } from '../../../../src/renderer/state/editorStore';
import { type Op, paragraphText } from '../../../../src/shared/model';
import { sampleEdition } from '../../shared/model/fixtures';
import { FakeHost } from '../support/fakeHost';
import { loadedStore, settle } from '../support/store';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const typed = (text: string): Op => ({
  type: 'updateStory',
  storyId: 'story-3',
  patch: { paragraphs: [{ id: 'para-5', style: 'p-zhengwen', runs: [{ text, charStyle: null, marks: [] }] }] },
});

const shownText = (state: EditorState): string => paragraphText(currentEdition(state)!.stories[2]!.paragraphs[0]!);

describe('EditorStore.applyOps with a coalesce key', () => {
  it('undoes a burst of typing in one step, and the host follows every keystroke and the undo', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    for (const text of ['甲', '甲乙', '甲乙丙']) {
      store.applyOps([typed(text)], { coalesceKey: 'story-3' });
      vi.advanceTimersByTime(200);
    }
    await settle();
    expect(host.callsOf('applyOps')).toHaveLength(3);
    expect(store.getState().history?.past).toHaveLength(1);
    store.undo();
    expect(shownText(store.getState())).toBe('备用稿件正文。');
    await settle();
    expect(paragraphText(host.edition.stories[2]!.paragraphs[0]!)).toBe('备用稿件正文。');
    store.redo();
    expect(shownText(store.getState())).toBe('甲乙丙');
  });

  it('starts a new step after a pause longer than the coalescing window', async () => {
    const store = await loadedStore(new FakeHost(sampleEdition()));
    store.applyOps([typed('甲')], { coalesceKey: 'story-3' });
    vi.advanceTimersByTime(COALESCE_PAUSE_MS + 1);
    store.applyOps([typed('甲乙')], { coalesceKey: 'story-3' });
    store.applyOps([typed('甲乙丙')], { coalesceKey: 'story-3' });
    expect(store.getState().history?.past).toHaveLength(2);
    store.undo();
    expect(shownText(store.getState())).toBe('甲');
  });

  it('starts a new step when the key changes (a paragraph break, a style, a selection jump)', async () => {
    const store = await loadedStore(new FakeHost(sampleEdition()));
    store.applyOps([typed('甲')], { coalesceKey: 'story-3:1' });
    store.applyOps([typed('甲乙')], { coalesceKey: 'story-3:2' });
    expect(store.getState().history?.past).toHaveLength(2);
  });

  it('does not join an edit made without a key, nor one after it', async () => {
    const store = await loadedStore(new FakeHost(sampleEdition()));
    store.applyOps([typed('甲')], { coalesceKey: 'story-3' });
    store.moveFrame('frame-5', 10, 20);
    store.applyOps([typed('甲乙')], { coalesceKey: 'story-3' });
    expect(store.getState().history?.past).toHaveLength(3);
    store.undo();
    expect(shownText(store.getState())).toBe('甲');
  });
});
