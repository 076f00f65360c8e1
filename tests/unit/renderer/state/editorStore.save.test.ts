import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileRefusal } from '../../../../src/shared/editions-api';
import { saveStatus } from '../../../../src/renderer/state/editorState';
import { EditorStore } from '../../../../src/renderer/state/editorStore';
import { sampleEdition } from '../../shared/model/fixtures';
import { FakeHost } from '../support/fakeHost';
import { loadedStore, settle } from '../support/store';

/** The store's autosave delay after the last confirmed edit (editorStore.ts). */
const DEBOUNCE_MS = 800;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('EditorStore autosave', () => {
  it('saves once, a debounce after the edit is confirmed, and then shows saved', async () => {
    const host = new FakeHost(sampleEdition(), { revision: 4 });
    const store = await loadedStore(host);
    store.moveFrame('frame-3', 100, 200);
    await settle();
    expect(saveStatus(store.getState())).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(host.callsOf('save')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(host.callsOf('save')).toHaveLength(1);
    expect(store.getState()).toMatchObject({ revision: 5, savedRevision: 5 });
    expect(saveStatus(store.getState())).toBe('saved');
    await vi.advanceTimersByTimeAsync(10 * DEBOUNCE_MS);
    expect(host.callsOf('save')).toHaveLength(1);
  });

  it('costs one save for a burst of edits', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    for (let i = 1; i <= 5; i++) {
      store.moveFrame('frame-3', 100 + i, 200);
      await vi.advanceTimersByTimeAsync(DEBOUNCE_MS / 2);
    }
    expect(host.callsOf('save')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(host.callsOf('save')).toHaveLength(1);
    expect(host.savedRevision).toBe(5);
  });

  it('shows saving while the host writes', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    store.moveFrame('frame-3', 100, 200);
    await settle();
    const release = host.hold('save');
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(saveStatus(store.getState())).toBe('saving');
    release();
    await settle();
    expect(saveStatus(store.getState())).toBe('saved');
  });

  it('shows a failed save with the reason, and clears it when a later save succeeds', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    host.failNext('save', 'internal', 'save: edition.json: disk full');
    store.moveFrame('frame-3', 100, 200);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(saveStatus(store.getState())).toBe('failed');
    expect(store.getState().notice).toEqual({ key: 'notice.saveFailed', params: { message: 'edition.json: disk full' }, tone: 'error' });
    await store.save();
    expect(saveStatus(store.getState())).toBe('saved');
  });

  it('says a vanished edition folder in the window language, from the host’s reason', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    host.failNext('save', 'not-found', 'save: cannot save: the edition folder /mnt/share/A01.galley does not exist', fileRefusal('folderMissing', { path: '/mnt/share/A01.galley' }));
    store.moveFrame('frame-3', 100, 200);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(saveStatus(store.getState())).toBe('failed');
    expect(store.getState().notice).toEqual({ key: 'file.refused.folderMissing', params: { path: '/mnt/share/A01.galley' }, tone: 'error' });
  });

  it('does not save after a reload cancelled the pending autosave', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    store.moveFrame('frame-3', 100, 200);
    await settle();
    await store.load();
    await vi.advanceTimersByTimeAsync(10 * DEBOUNCE_MS);
    expect(host.callsOf('save')).toHaveLength(0);
  });
});

describe('EditorStore.save', () => {
  it('waits for the edits in flight, then saves', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    const release = host.hold('applyOps');
    store.moveFrame('frame-3', 100, 200);
    const saved = store.save();
    await settle();
    expect(host.calls.map((c) => c.method)).toEqual(['getDocument', 'applyOps']);
    release();
    await saved;
    expect(host.calls.map((c) => c.method)).toEqual(['getDocument', 'applyOps', 'save']);
    expect(host.savedRevision).toBe(1);
    expect(saveStatus(store.getState())).toBe('saved');
  });

  it('takes the place of an autosave already scheduled', async () => {
    const host = new FakeHost(sampleEdition());
    const store = await loadedStore(host);
    store.moveFrame('frame-3', 100, 200);
    await settle();
    await store.save();
    await vi.advanceTimersByTimeAsync(10 * DEBOUNCE_MS);
    expect(host.callsOf('save')).toHaveLength(1);
  });

  it('is refused before the document has loaded', async () => {
    const host = new FakeHost(sampleEdition());
    await new EditorStore(host).save();
    expect(host.calls).toEqual([]);
  });
});
