import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canMove, currentPage, isEditable, redoAvailable, selectedFrame, undoAvailable } from '../../../../src/renderer/state/editorState';
import type { LockInfo } from '../../../../src/shared/host-api';
import { sampleEdition } from '../../shared/model/fixtures';
import { FakeHost } from '../support/fakeHost';
import { loadedStore, settle } from '../support/store';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const LOCK: LockInfo = { user: 'zhang', host: 'desk-3', pid: 4242, since: '2023-05-15T08:00:00.000Z' };

describe('EditorStore on a read-only edition', () => {
  it('shows who holds the lock and sends no edit, undo, redo or save', async () => {
    const host = new FakeHost(sampleEdition(), { readOnly: true, lockedBy: LOCK });
    const store = await loadedStore(host);
    expect(store.getState()).toMatchObject({ status: 'ready', readOnly: true, lockedBy: LOCK });
    expect(isEditable(store.getState())).toBe(false);
    const before = store.getState().history;
    store.moveFrame('frame-3', 100, 200);
    store.undo();
    store.redo();
    await store.save();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(host.calls.map((c) => c.method)).toEqual(['getDocument']);
    expect(store.getState().history).toBe(before);
    expect(undoAvailable(store.getState())).toBe(false);
    expect(redoAvailable(store.getState())).toBe(false);
  });

  it('still lets the reader select frames and turn pages', async () => {
    const store = await loadedStore(new FakeHost(sampleEdition(), { readOnly: true }));
    store.selectPage('page-2');
    store.select('frame-7');
    const placed = selectedFrame(store.getState());
    expect(placed?.frame.id).toBe('frame-7');
    expect(placed && canMove(store.getState(), placed)).toBe(false);
  });
});

describe('EditorStore selection and pages', () => {
  it('selects a frame of the shown page, or a master item shown on it', async () => {
    const store = await loadedStore(new FakeHost(sampleEdition()));
    store.select('frame-5');
    expect(selectedFrame(store.getState())).toMatchObject({ frame: { id: 'frame-5' }, fromMaster: false });
    store.select('frame-1');
    const master = selectedFrame(store.getState());
    expect(master).toMatchObject({ frame: { id: 'frame-1' }, fromMaster: true });
    expect(master && canMove(store.getState(), master)).toBe(false);
    store.select(null);
    expect(selectedFrame(store.getState())).toBeNull();
  });

  it('turning the page clears the selection, and moves then act on the new page', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    store.select('frame-3');
    store.selectPage('page-2');
    expect(currentPage(store.getState())?.id).toBe('page-2');
    expect(store.getState().selectedFrameId).toBeNull();
    store.moveFrame('frame-3', 100, 200); // page 1's frame: no longer shown
    store.moveFrame('frame-7', 400, 300);
    await settle();
    expect(host.callsOf('applyOps').map((r) => r.ops)).toEqual([[{ type: 'moveFrame', pageId: 'page-2', frameId: 'frame-7', x: 400, y: 300 }]]);
  });

  it('keeps the page and the selection through a reload when both still exist', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    store.selectPage('page-2');
    store.select('frame-7');
    await store.load();
    expect(store.getState()).toMatchObject({ pageId: 'page-2', selectedFrameId: 'frame-7' });
  });

  it('keeps a selected master item through a reload', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    store.select('frame-1');
    await store.load();
    expect(selectedFrame(store.getState())).toMatchObject({ frame: { id: 'frame-1' }, fromMaster: true });
  });

  it('falls back to the first page, with nothing selected, when the shown page is gone after a reload', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    store.selectPage('page-2');
    store.select('frame-7');
    host.editElsewhere({ type: 'removePage', pageId: 'page-2' });
    await store.load();
    expect(store.getState()).toMatchObject({ pageId: 'page-1', selectedFrameId: null });
  });

  it('drops the selection when the frame is gone after a reload', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    store.select('frame-5');
    host.editElsewhere({ type: 'removeFrame', pageId: 'page-1', frameId: 'frame-5' });
    await store.load();
    expect(store.getState().selectedFrameId).toBeNull();
  });

  it('dismisses the notice on request', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    host.failNext('applyOps', 'conflict');
    store.moveFrame('frame-3', 100, 200);
    await settle();
    expect(store.getState().notice).not.toBeNull();
    store.dismissNotice();
    expect(store.getState().notice).toBeNull();
  });
});
