import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentEdition, selectedFrame, selectedFrames } from '../../../../src/renderer/state/editorState';
import { applyOps } from '../../../../src/shared/model';
import { sampleEdition } from '../../shared/model/fixtures';
import { FakeHost } from '../support/fakeHost';
import { loadedStore, settle } from '../support/store';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** The sample with frame-4 (photo) and frame-5 (box) grouped on page 1. */
function grouped() {
  return applyOps(sampleEdition(), [
    { type: 'updateFrame', pageId: 'page-1', frameId: 'frame-4', patch: { groupId: 'g1' } },
    { type: 'updateFrame', pageId: 'page-1', frameId: 'frame-5', patch: { groupId: 'g1' } },
  ]).edition;
}

describe('EditorStore multiple selection', () => {
  it('adds with toggle, removes with a second toggle, and keeps the last clicked frame primary', async () => {
    const store = await loadedStore(new FakeHost(sampleEdition()));
    store.select('frame-3');
    store.select('frame-5', 'toggle');
    expect(store.getState()).toMatchObject({ selectedFrameIds: ['frame-3', 'frame-5'], selectedFrameId: 'frame-5' });
    expect(selectedFrames(store.getState()).map((p) => p.frame.id)).toEqual(['frame-3', 'frame-5']);
    store.select('frame-5', 'toggle');
    expect(store.getState()).toMatchObject({ selectedFrameIds: ['frame-3'], selectedFrameId: 'frame-3' });
    store.select('frame-4');
    expect(store.getState()).toMatchObject({ selectedFrameIds: ['frame-4'], selectedFrameId: 'frame-4' });
    store.select(null);
    expect(store.getState()).toMatchObject({ selectedFrameIds: [], selectedFrameId: null });
  });

  it('selects a whole group from one of its frames, and toggles it out as a whole', async () => {
    const store = await loadedStore(new FakeHost(grouped()));
    store.select('frame-5');
    expect(store.getState()).toMatchObject({ selectedFrameIds: ['frame-5', 'frame-4'], selectedFrameId: 'frame-5' });
    store.select('frame-3', 'toggle');
    store.select('frame-4', 'toggle');
    expect(store.getState().selectedFrameIds).toEqual(['frame-3']);
  });

  it('selects several frames at once, adding to the selection on request', async () => {
    const store = await loadedStore(new FakeHost(grouped()));
    store.selectFrames(['frame-3']);
    store.selectFrames(['frame-4'], 'add');
    expect(store.getState().selectedFrameIds).toEqual(['frame-3', 'frame-4', 'frame-5']);
    expect(selectedFrame(store.getState())?.frame.id).toBe('frame-4');
  });

  it('keeps the frames still shown through a reload and drops the rest', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    store.selectFrames(['frame-3', 'frame-5', 'frame-1']);
    host.editElsewhere({ type: 'removeFrame', pageId: 'page-1', frameId: 'frame-3' });
    await store.load();
    expect(store.getState()).toMatchObject({ selectedFrameIds: ['frame-5', 'frame-1'], selectedFrameId: 'frame-5' });
    await settle();
    expect(currentEdition(store.getState())?.pages[0]?.frames.map((f) => f.id)).toEqual(['frame-4', 'frame-5']);
  });

  it('clears the whole selection when the page changes', async () => {
    const store = await loadedStore(new FakeHost(sampleEdition()));
    store.selectFrames(['frame-3', 'frame-4']);
    store.selectPage('page-2');
    expect(store.getState()).toMatchObject({ selectedFrameIds: [], selectedFrameId: null });
  });
});
