// store.ts: helpers shared by the EditorStore specs.
import { vi } from 'vitest';
import type { Frame } from '../../../../src/shared/model';
import { currentEdition, type EditorState } from '../../../../src/renderer/state/editorState';
import { EditorStore } from '../../../../src/renderer/state/editorStore';
import type { FakeHost } from './fakeHost';

/**
 * Lets every answer the fake host has already given run through the store. The specs use fake
 * timers, and advancing them asynchronously yields to the real event loop, which drains the
 * promise chains without firing the store's save timer.
 */
export async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(0);
}

export async function loadedStore(host: FakeHost): Promise<EditorStore> {
  const store = new EditorStore(host);
  await store.load();
  return store;
}

/** A frame as the store currently shows it, wherever it sits (pages or masters). */
export function shownFrame(state: EditorState, frameId: string): Frame {
  const edition = currentEdition(state);
  if (!edition) throw new Error('nothing loaded');
  const frame = [...edition.pages, ...edition.masters].flatMap((p) => p.frames).find((f) => f.id === frameId);
  if (!frame) throw new Error(`no frame ${frameId}`);
  return frame;
}
