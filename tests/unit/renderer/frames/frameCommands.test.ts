import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as commands from '../../../../src/renderer/frames/frameCommands';
import { frameKeyAction } from '../../../../src/renderer/frames/useFrameShortcuts';
import type { FrameEditing } from '../../../../src/renderer/frames/useFrameEditing';
import { currentEdition, undoAvailable } from '../../../../src/renderer/state/editorState';
import { applyOps, type Frame, mmToPt, roundPt } from '../../../../src/shared/model';
import { sampleEdition } from '../../shared/model/fixtures';
import { FakeHost } from '../support/fakeHost';
import { loadedStore, settle } from '../support/store';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function pageFrames(store: Awaited<ReturnType<typeof loadedStore>>, pageId: string): Frame[] {
  return currentEdition(store.getState())?.pages.find((p) => p.id === pageId)?.frames ?? [];
}

describe('frame commands through the store', () => {
  it('moves every movable selected frame in one host call and one undo step, leaving locked and master frames', async () => {
    const edition = applyOps(sampleEdition(), [{ type: 'updateFrame', pageId: 'page-1', frameId: 'frame-5', patch: { locked: true } }]).edition;
    const host = new FakeHost(edition);
    const store = await loadedStore(host);
    store.selectFrames(['frame-3', 'frame-4', 'frame-5', 'frame-1']);
    const sel = commands.selection(store);
    expect(sel?.frames.map((f) => f.id)).toEqual(['frame-3', 'frame-4', 'frame-5']);
    expect(sel?.movable.map((f) => f.id)).toEqual(['frame-3', 'frame-4']);
    commands.moveSelection(store, sel?.movable ?? [], 10, 0);
    await settle();
    expect(host.callsOf('applyOps')).toHaveLength(1);
    expect(pageFrames(store, 'page-1').map((f) => f.x)).toEqual([42.705, 420.705, 600]);
    store.undo();
    expect(pageFrames(store, 'page-1').map((f) => f.x)).toEqual([32.705, 410.705, 600]);
  });

  it('draws a frame on top of the page and selects it; deleting it is one more step', async () => {
    const store = await loadedStore(new FakeHost(sampleEdition()));
    const id = commands.createFrame(store, 'box', { x: 50, y: 60, width: 70, height: 80 });
    expect(pageFrames(store, 'page-1').at(-1)).toMatchObject({ id, kind: 'box', x: 50, width: 70 });
    expect(store.getState().selectedFrameIds).toEqual([id]);
    commands.deleteSelection(store);
    expect(pageFrames(store, 'page-1').some((f) => f.id === id)).toBe(false);
    store.undo();
    expect(pageFrames(store, 'page-1').some((f) => f.id === id)).toBe(true);
  });

  it('pastes on another page where the frames were, and on the same page a step down and right per paste', async () => {
    const store = await loadedStore(new FakeHost(sampleEdition()));
    store.select('frame-5');
    const clip = commands.copySelection(store);
    if (!clip) throw new Error('nothing copied');
    commands.pasteClip(store, clip, 0);
    commands.pasteClip(store, clip, 1);
    const step = mmToPt(commands.PASTE_OFFSET_MM);
    expect(pageFrames(store, 'page-1').slice(-2).map((f) => f.x)).toEqual([roundPt(600 + step), roundPt(600 + 2 * step)]);
    store.selectPage('page-2');
    commands.pasteClip(store, clip, 2);
    expect(pageFrames(store, 'page-2').at(-1)).toMatchObject({ kind: 'box', x: 600, y: 700 });
    expect(store.getState().selectedFrameIds).toEqual([pageFrames(store, 'page-2').at(-1)?.id]);
  });

  it('shows why a thread link was refused, and changes nothing', async () => {
    const store = await loadedStore(new FakeHost(sampleEdition()));
    const linked = commands.linkFrames(store, { pageId: 'page-2', frameId: 'frame-6' }, { pageId: 'page-2', frameId: 'frame-7' });
    expect(linked).toBe(false);
    expect(store.getState().notice).toEqual({ key: 'frames.thread.refused.otherStory', tone: 'error' });
    expect(undoAvailable(store.getState())).toBe(false);
  });

  it('groups the selection under a new group id and ungroups it', async () => {
    const store = await loadedStore(new FakeHost(sampleEdition()));
    store.selectFrames(['frame-4', 'frame-5']);
    commands.groupSelection(store);
    const [photo, box] = pageFrames(store, 'page-1').slice(1);
    expect(photo?.groupId).toMatch(/^group-/u);
    expect(box?.groupId).toBe(photo?.groupId);
    commands.ungroupSelection(store);
    expect(pageFrames(store, 'page-1').map((f) => f.groupId)).toEqual([null, null, null]);
  });
});

describe('frameKeyAction', () => {
  const calls: string[] = [];
  const editing = new Proxy({} as FrameEditing, {
    get: (_target, name: string) => (arg?: unknown) => calls.push(arg === undefined ? name : `${name}:${String(arg)}`),
  });
  const press = (key: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean; code: string }> = {}): string | null => {
    calls.length = 0;
    const action = frameKeyAction(editing, { key, code: mods.code ?? '', ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, shiftKey: !!mods.shift, altKey: !!mods.alt });
    action?.();
    return calls[0] ?? null;
  };

  it('maps the frame keys, with Ctrl or Cmd alike', () => {
    expect(press('t')).toBe('setTool:text');
    expect(press('F')).toBe('setTool:image');
    expect(press('l')).toBe('setTool:rule');
    expect(press('c', { ctrl: true })).toBe('copy');
    expect(press('v', { meta: true })).toBe('paste');
    expect(press('G', { ctrl: true, shift: true })).toBe('ungroup');
    expect(press('}', { ctrl: true, shift: true, code: 'BracketRight' })).toBe('stack:front');
    expect(press('[', { meta: true, code: 'BracketLeft' })).toBe('stack:backward');
    expect(press('L', { ctrl: true, shift: true })).toBe('lock:false');
    expect(press('Delete')).toBe('remove');
    expect(press('Escape')).toBe('escape');
  });

  it('leaves other keys alone: undo, arrows, Alt combinations', () => {
    expect(press('z', { ctrl: true })).toBeNull();
    expect(press('ArrowLeft')).toBeNull();
    expect(press('t', { alt: true })).toBeNull();
  });
});
