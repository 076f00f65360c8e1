import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentEdition, redoAvailable, saveStatus, undoAvailable } from '../../../../src/renderer/state/editorState';
import { EditorStore } from '../../../../src/renderer/state/editorStore';
import { sampleEdition, seededRandom } from '../../shared/model/fixtures';
import { FakeHost } from '../support/fakeHost';
import { loadedStore, settle, shownFrame } from '../support/store';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('EditorStore.load', () => {
  it('shows the host document at its revision, on its first page, with nothing to save', async () => {
    const host = new FakeHost(sampleEdition(), { revision: 7, name: '今日市中-0515' });
    const store = new EditorStore(host);
    expect(store.getState().status).toBe('loading');
    await store.load();
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.revision).toBe(7);
    expect(state.name).toBe('今日市中-0515');
    expect(state.pageId).toBe('page-1');
    expect(currentEdition(state)).toEqual(host.edition);
    expect(saveStatus(state)).toBe('saved');
    expect(undoAvailable(state)).toBe(false);
  });

  it('tells subscribers about each change until they unsubscribe', async () => {
    const store = new EditorStore(new FakeHost(sampleEdition()));
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    await store.load();
    const seen = listener.mock.calls.length;
    expect(seen).toBeGreaterThan(0);
    unsubscribe();
    store.select('frame-3');
    expect(listener).toHaveBeenCalledTimes(seen);
  });
});

describe('EditorStore.moveFrame', () => {
  it('shows the move at once and sends it as one applyOps on the loaded revision', async () => {
    const host = new FakeHost(sampleEdition(), { revision: 7 });
    const store = await loadedStore(host);
    const release = host.hold('applyOps');
    store.moveFrame('frame-3', 100, 200);
    expect(shownFrame(store.getState(), 'frame-3')).toMatchObject({ x: 100, y: 200 });
    expect(saveStatus(store.getState())).toBe('unsaved');
    await settle();
    expect(host.callsOf('applyOps')).toEqual([{ baseRevision: 7, ops: [{ type: 'moveFrame', pageId: 'page-1', frameId: 'frame-3', x: 100, y: 200 }] }]);
    expect(store.getState().pendingOps).toBe(1);
    release();
    await settle();
    expect(store.getState()).toMatchObject({ revision: 8, pendingOps: 0 });
  });

  it('sends one request at a time, each naming the revision the previous one produced', async () => {
    const host = new FakeHost(sampleEdition(), { revision: 3 });
    const store = await loadedStore(host);
    const release = host.hold('applyOps');
    store.moveFrame('frame-3', 100, 200);
    store.moveFrame('frame-5', 300, 400);
    await settle();
    expect(host.callsOf('applyOps')).toHaveLength(1);
    release();
    await settle();
    expect(host.callsOf('applyOps').map((r) => r.baseRevision)).toEqual([3, 4]);
    expect(host.callsOf('applyOps')[1]?.ops).toEqual([{ type: 'moveFrame', pageId: 'page-1', frameId: 'frame-5', x: 300, y: 400 }]);
    expect(store.getState().revision).toBe(5);
    expect(currentEdition(store.getState())).toEqual(host.edition);
  });

  it('sends nothing for a move to where the frame already is', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    const { x, y } = shownFrame(store.getState(), 'frame-3');
    store.moveFrame('frame-3', x, y);
    await settle();
    expect(host.callsOf('applyOps')).toEqual([]);
    expect(undoAvailable(store.getState())).toBe(false);
  });

  it('leaves locked frames, master furniture and frames of other pages where they are', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    store.moveFrame('frame-2', 10, 10); // the master's rule, locked
    store.moveFrame('frame-1', 10, 10); // the master's running head, not locked but not the page's own
    store.moveFrame('frame-6', 10, 10); // on page 2 while page 1 is shown
    store.moveFrame('frame-404', 10, 10);
    await settle();
    expect(host.callsOf('applyOps')).toEqual([]);
    expect(currentEdition(store.getState())).toEqual(host.edition);
  });

  it('sends nothing for a move the model refuses, and says why', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    store.moveFrame('frame-3', Number.NaN, 10);
    await settle();
    expect(host.callsOf('applyOps')).toEqual([]);
    expect(store.getState().notice).toMatchObject({ key: 'notice.opFailed', tone: 'error' });
    expect(String(store.getState().notice?.params?.['message'])).toContain('frame-3');
    expect(currentEdition(store.getState())).toEqual(host.edition);
  });
});

describe('EditorStore.undo and redo', () => {
  it('undo sends the inverse of the move, redo sends the move again', async () => {
    const host = new FakeHost(sampleEdition(), { revision: 1 });
    const store = await loadedStore(host);
    const before = shownFrame(store.getState(), 'frame-3');
    const move = { type: 'moveFrame', pageId: 'page-1', frameId: 'frame-3', x: 100, y: 200 };
    store.moveFrame('frame-3', 100, 200);
    store.undo();
    expect(shownFrame(store.getState(), 'frame-3')).toMatchObject({ x: before.x, y: before.y });
    expect(redoAvailable(store.getState())).toBe(true);
    store.redo();
    await settle();
    expect(host.callsOf('applyOps')).toEqual([
      { baseRevision: 1, ops: [move] },
      { baseRevision: 2, ops: [{ ...move, x: before.x, y: before.y }] },
      { baseRevision: 3, ops: [move] },
    ]);
    expect(store.getState().revision).toBe(4);
    expect(currentEdition(store.getState())).toEqual(host.edition);
  });

  it('does nothing, and sends nothing, with nothing to undo or redo', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    store.undo();
    store.redo();
    await settle();
    expect(host.callsOf('applyOps')).toEqual([]);
  });

  it('keeps the screen and the host identical through a long mix of moves, undos and redos', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    const random = seededRandom(20230515);
    for (let step = 0; step < 60; step++) {
      const roll = random();
      if (roll < 0.5) store.moveFrame(random() < 0.5 ? 'frame-3' : 'frame-5', Math.round(random() * 800), Math.round(random() * 1200));
      else if (roll < 0.8) store.undo();
      else store.redo();
      if (random() < 0.3) await settle();
    }
    await settle();
    expect(currentEdition(store.getState())).toEqual(host.edition);
    expect(store.getState()).toMatchObject({ revision: host.revision, pendingOps: 0, notice: null });
    expect(host.callsOf('applyOps').length).toBe(host.revision);
  });
});

describe('EditorStore.applyOps', () => {
  it('applies several ops as one undoable step and sends them as one batch', async () => {
    const host = new FakeHost(sampleEdition(), { revision: 3 });
    const store = await loadedStore(host);
    store.applyOps([
      { type: 'updatePage', pageId: 'page-1', patch: { section: '综合' } },
      { type: 'moveFrame', pageId: 'page-1', frameId: 'frame-3', x: 100, y: 200 },
    ]);
    await settle();
    expect(currentEdition(store.getState())?.pages[0]?.section).toBe('综合');
    expect(host.edition.pages[0]?.section).toBe('综合');
    store.undo();
    await settle();
    const undone = currentEdition(store.getState());
    expect(undone?.pages[0]?.section).toBe('要闻');
    expect(undone?.pages[0]?.frames.find((f) => f.id === 'frame-3')?.x).toBe(32.705);
    expect(undoAvailable(store.getState())).toBe(false);
  });

  it('shows an op that does not fit as a notice and changes nothing', async () => {
    const store = await loadedStore(new FakeHost(sampleEdition()));
    const before = currentEdition(store.getState());
    store.applyOps([{ type: 'movePage', pageId: 'page-1', index: 9 }]);
    expect(currentEdition(store.getState())).toBe(before);
    expect(store.getState().notice).toMatchObject({ key: 'notice.opFailed', tone: 'error' });
  });
});
