import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentEdition, isEditable, saveStatus, undoAvailable } from '../../../../src/renderer/state/editorState';
import { EditorStore } from '../../../../src/renderer/state/editorStore';
import { sampleEdition } from '../../shared/model/fixtures';
import { FakeHost } from '../support/fakeHost';
import { loadedStore, settle, shownFrame } from '../support/store';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('EditorStore when the host answers conflict', () => {
  it('reloads the host copy, drops the local edit and tells the user', async () => {
    const host = new FakeHost(sampleEdition(), { revision: 5 });
    const store = await loadedStore(host);
    const original = shownFrame(store.getState(), 'frame-3');
    host.editElsewhere({ type: 'moveFrame', pageId: 'page-1', frameId: 'frame-5', x: 50, y: 60 });
    store.moveFrame('frame-3', 100, 200);
    await settle();
    const state = store.getState();
    expect(host.callsOf('getDocument')).toHaveLength(2);
    expect(state.notice).toEqual({ key: 'notice.conflict', tone: 'error' });
    expect(currentEdition(state)).toEqual(host.edition);
    expect(shownFrame(state, 'frame-3')).toMatchObject({ x: original.x, y: original.y });
    expect(shownFrame(state, 'frame-5')).toMatchObject({ x: 50, y: 60 });
    expect(state).toMatchObject({ status: 'ready', reloading: false, revision: 6, pendingOps: 0 });
    expect(undoAvailable(state)).toBe(false);
    expect(saveStatus(state)).toBe('saved');
  });

  it('never sends the edits queued behind the refused one, and bases the next edit on the reloaded revision', async () => {
    const host = new FakeHost(sampleEdition(), { revision: 5 });
    const store = await loadedStore(host);
    host.editElsewhere({ type: 'moveFrame', pageId: 'page-1', frameId: 'frame-5', x: 50, y: 60 });
    store.moveFrame('frame-3', 100, 200);
    store.moveFrame('frame-3', 110, 210);
    store.undo();
    await settle();
    expect(host.callsOf('applyOps')).toHaveLength(1);
    store.moveFrame('frame-3', 120, 220);
    await settle();
    expect(host.callsOf('applyOps').map((r) => r.baseRevision)).toEqual([5, 6]);
    expect(store.getState().revision).toBe(7);
    expect(currentEdition(store.getState())).toEqual(host.edition);
  });

  it('refuses edits while the reload is on its way', async () => {
    const host = new FakeHost(sampleEdition(), { revision: 5 });
    const store = await loadedStore(host);
    host.editElsewhere({ type: 'moveFrame', pageId: 'page-1', frameId: 'frame-5', x: 50, y: 60 });
    const release = host.hold('getDocument');
    store.moveFrame('frame-3', 100, 200);
    await settle();
    expect(store.getState().reloading).toBe(true);
    expect(isEditable(store.getState())).toBe(false);
    store.moveFrame('frame-3', 300, 300);
    store.undo();
    release();
    await settle();
    expect(host.callsOf('applyOps')).toHaveLength(1);
    expect(isEditable(store.getState())).toBe(true);
    expect(currentEdition(store.getState())).toEqual(host.edition);
  });
});

describe('EditorStore when the host refuses an edit', () => {
  it('rolls back to the host copy on invalid-request and shows the reason', async () => {
    const host = new FakeHost(sampleEdition(), { revision: 2 });
    const store = await loadedStore(host);
    const original = shownFrame(store.getState(), 'frame-5');
    host.failNext('applyOps', 'invalid-request', 'applyOps: the edit would break the edition: pages[0].frames[2].x: too far');
    store.moveFrame('frame-5', 9000, 200);
    await settle();
    const state = store.getState();
    expect(state.notice).toEqual({
      key: 'notice.rejected',
      params: { message: 'the edit would break the edition: pages[0].frames[2].x: too far' },
      tone: 'error',
    });
    expect(shownFrame(state, 'frame-5')).toMatchObject({ x: original.x, y: original.y });
    expect(state).toMatchObject({ revision: 2, pendingOps: 0, status: 'ready' });
    expect(host.callsOf('getDocument')).toHaveLength(2);
  });

  it('reloads into read-only when the host has become read-only', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    host.readOnly = true;
    store.moveFrame('frame-3', 100, 200);
    await settle();
    expect(store.getState()).toMatchObject({ readOnly: true, notice: { key: 'notice.rejected' } });
    expect(isEditable(store.getState())).toBe(false);
  });

  it('keeps the last page on screen, not editable, with the reason when the reload fails', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    host.failNext('applyOps', 'conflict');
    host.failNext('getDocument', 'transport', 'getDocument: Failed to fetch');
    store.moveFrame('frame-3', 100, 200);
    await settle();
    const state = store.getState();
    // A lost connection is said as one, with what to do.
    const lost = { key: 'app.loadFailed.connection', params: { message: 'Failed to fetch' }, tone: 'error' };
    expect(state).toMatchObject({ status: 'error', reloading: false, loadError: lost });
    expect(state.notice).toEqual(lost);
    expect(currentEdition(state)).not.toBeNull();
    expect(isEditable(state)).toBe(false);
    await store.load();
    expect(store.getState()).toMatchObject({ status: 'ready', loadError: null });
    expect(isEditable(store.getState())).toBe(true);
  });

  it('says what to do when the first load cannot reach Galley or its token is stale', async () => {
    const host = new FakeHost(sampleEdition());
    host.failNext('getDocument', 'unauthorized', 'getDocument: unauthorized');
    const store = new EditorStore(host);
    await store.load();
    expect(store.getState()).toMatchObject({ status: 'error', loadError: { key: 'app.loadFailed.token', tone: 'error' }, history: null });
  });

  it('reports a first load that fails without inventing a page', async () => {
    const host = new FakeHost(sampleEdition());
    host.failNext('getDocument', 'internal', 'getDocument: edition.json: pages[0].id: required');
    const store = new EditorStore(host);
    await store.load();
    expect(store.getState()).toMatchObject({ status: 'error', loadError: { key: 'app.loadFailed', params: { message: 'edition.json: pages[0].id: required' } }, history: null, notice: null });
  });

  it('ignores answers that arrive after it was disposed', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    const release = host.hold('applyOps');
    store.moveFrame('frame-3', 100, 200);
    await settle();
    store.dispose();
    const before = store.getState();
    release();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(store.getState()).toBe(before);
    expect(host.callsOf('save')).toEqual([]);
  });
});
