import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentEdition, saveStatus } from '../../../../src/renderer/state/editorState';
import { EditorStore } from '../../../../src/renderer/state/editorStore';
import type { Op } from '../../../../src/shared/model';
import { sampleEdition } from '../../shared/model/fixtures';
import { FakeHost } from '../support/fakeHost';
import { settle } from '../support/store';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A beforeSend the test opens by hand: one gate per send, in the order the sends asked. */
function gatedSends(): { beforeSend: () => Promise<void>; open: () => void; waiting: () => number } {
  const gates: Array<() => void> = [];
  return {
    beforeSend: () => new Promise<void>((resolve) => gates.push(resolve)),
    open: () => gates.shift()?.(),
    waiting: () => gates.length,
  };
}

/** A keystroke's edit as the story editor makes it: the story's paragraphs, with a coalesce key. */
function typed(store: EditorStore, text: string): Op {
  const story = currentEdition(store.getState())!.stories[2]!;
  const op: Op = { type: 'updateStory', storyId: story.id, patch: { paragraphs: [{ ...story.paragraphs[0]!, runs: [{ text, charStyle: null, marks: [] }] }] } };
  store.applyOps([op], { coalesceKey: `${story.id}:1` });
  return op;
}

async function storeWith(host: FakeHost, beforeSend: () => Promise<void>): Promise<EditorStore> {
  const store = new EditorStore(host, { beforeSend });
  await store.load();
  return store;
}

describe('EditorStore sending typing after the paint', () => {
  it('shows a keystroke at once but sends it only when beforeSend lets it', async () => {
    const host = new FakeHost(sampleEdition(), { revision: 2 });
    const gate = gatedSends();
    const store = await storeWith(host, gate.beforeSend);
    const op = typed(store, '甲');
    expect(currentEdition(store.getState())!.stories[2]!.paragraphs[0]!.runs[0]!.text).toBe('甲');
    await settle();
    expect(host.callsOf('applyOps')).toEqual([]);
    expect(saveStatus(store.getState())).toBe('unsaved');
    gate.open();
    await settle();
    expect(host.callsOf('applyOps')).toEqual([{ baseRevision: 2, ops: [op] }]);
    expect(store.getState()).toMatchObject({ revision: 3, pendingOps: 0 });
  });

  it('sends an edit that is not typing at once', async () => {
    const host = new FakeHost(sampleEdition(), { revision: 2 });
    const gate = gatedSends();
    const store = await storeWith(host, gate.beforeSend);
    store.moveFrame('frame-3', 100, 200);
    await settle();
    expect(gate.waiting()).toBe(0);
    expect(host.callsOf('applyOps')).toEqual([{ baseRevision: 2, ops: [{ type: 'moveFrame', pageId: 'page-1', frameId: 'frame-3', x: 100, y: 200 }] }]);
  });

  it('keeps the order of edits made while a keystroke waits, each on the revision before it', async () => {
    const host = new FakeHost(sampleEdition(), { revision: 5 });
    const gate = gatedSends();
    const store = await storeWith(host, gate.beforeSend);
    const first = typed(store, '甲');
    store.moveFrame('frame-5', 300, 400);
    const second = typed(store, '甲乙');
    await settle();
    expect(host.callsOf('applyOps')).toEqual([]);
    for (let i = 0; i < 2; i++) {
      gate.open();
      await settle();
    }
    expect(host.callsOf('applyOps').map((r) => [r.baseRevision, r.ops[0]])).toEqual([
      [5, first],
      [6, { type: 'moveFrame', pageId: 'page-1', frameId: 'frame-5', x: 300, y: 400 }],
      [7, second],
    ]);
    expect(currentEdition(store.getState())).toEqual(host.edition);
  });

  it('saves only after every waiting keystroke has reached the host', async () => {
    const host = new FakeHost(sampleEdition());
    const gate = gatedSends();
    const store = await storeWith(host, gate.beforeSend);
    typed(store, '甲');
    const saved = store.save();
    await settle();
    expect(host.callsOf('save')).toHaveLength(0);
    gate.open();
    await saved;
    expect(host.calls.map((c) => c.method).filter((m) => m === 'applyOps' || m === 'save')).toEqual(['applyOps', 'save']);
    expect(host.savedRevision).toBe(1);
  });

  it('drops a waiting keystroke when the document is reloaded meanwhile (the host copy wins)', async () => {
    const host = new FakeHost(sampleEdition(), { revision: 1 });
    const gate = gatedSends();
    const store = await storeWith(host, gate.beforeSend);
    typed(store, '甲');
    await store.load();
    gate.open();
    await settle();
    expect(host.callsOf('applyOps')).toEqual([]);
    expect(currentEdition(store.getState())).toEqual(host.edition);
    expect(currentEdition(store.getState())!.stories[2]!.paragraphs[0]!.runs[0]!.text).not.toBe('甲');
  });

  it('says whether a keystroke waits for its paint, whatever else changes meanwhile, so readouts may follow it a frame late', async () => {
    const host = new FakeHost(sampleEdition());
    const sends = gatedSends();
    const paints = gatedSends();
    const store = new EditorStore(host, { beforeSend: sends.beforeSend, painted: paints.beforeSend });
    await store.load();
    expect(store.typingUnpainted()).toBe(false);
    typed(store, '甲');
    expect(store.typingUnpainted()).toBe(true);
    // The host's answer to the previous keystroke, or a selection, comes before the frame: the
    // keystroke is still unpainted.
    store.select('frame-3');
    await settle();
    sends.open();
    await settle();
    expect(store.getState().revision).toBe(1);
    expect(store.typingUnpainted()).toBe(true);
    paints.open();
    await settle();
    expect(store.typingUnpainted()).toBe(false);
    // Any other change is shown at once.
    store.select(null);
    expect(store.typingUnpainted()).toBe(false);
  });
});
