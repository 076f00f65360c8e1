import { describe, expect, it, vi } from 'vitest';
import { subscribeAfterPaint } from '../../../../src/renderer/state/afterPaint';
import { createSelection } from '../../../../src/renderer/state/selection';
import { type EditorState, INITIAL_STATE } from '../../../../src/renderer/state/editorState';

const state = (patch: Partial<EditorState>): EditorState => ({ ...INITIAL_STATE, ...patch });
const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);

describe('createSelection', () => {
  it('hands back the value it gave last while the new one is equal, and the new one once it is not', () => {
    const selection = createSelection<string[]>();
    const select = (s: EditorState): string[] => [...s.selectedFrameIds];
    const first = selection(state({ selectedFrameIds: ['a'] }), select, sameIds);
    const again = selection(state({ selectedFrameIds: ['a'], revision: 3 }), select, sameIds);
    expect(again).toBe(first);
    const changed = selection(state({ selectedFrameIds: ['a', 'b'] }), select, sameIds);
    expect(changed).not.toBe(first);
    expect(changed).toEqual(['a', 'b']);
  });

  it('does not pick again for the same state and selector, but does for a new selector', () => {
    const selection = createSelection<number>();
    const shown = state({ revision: 4 });
    const select = vi.fn((s: EditorState) => s.revision);
    expect(selection(shown, select, Object.is)).toBe(4);
    expect(selection(shown, select, Object.is)).toBe(4);
    expect(select).toHaveBeenCalledTimes(1);
    expect(selection(shown, (s) => s.revision * 2, Object.is)).toBe(8);
  });
});

describe('subscribeAfterPaint', () => {
  /** A store of listeners, and a wait the test ends by hand. */
  function setup(defer: () => boolean) {
    const listeners = new Set<() => void>();
    const subscribe = (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    let paint = (): void => {};
    const wait = () => new Promise<void>((resolve) => (paint = resolve));
    const change = (): void => listeners.forEach((l) => l());
    return { subscribe: subscribeAfterPaint(subscribe, defer, wait), change, paint: async () => { paint(); await Promise.resolve(); await Promise.resolve(); } };
  }

  it('tells of deferred changes once, after the paint, however many came meanwhile', async () => {
    const { subscribe, change, paint } = setup(() => true);
    const listener = vi.fn();
    subscribe(listener);
    change();
    change();
    change();
    expect(listener).not.toHaveBeenCalled();
    await paint();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('tells of a change at once when it is not to be deferred', () => {
    const { subscribe, change } = setup(() => false);
    const listener = vi.fn();
    subscribe(listener);
    change();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('tells nothing after unsubscribing, even of a change that was waiting', async () => {
    const { subscribe, change, paint } = setup(() => true);
    const listener = vi.fn();
    const off = subscribe(listener);
    change();
    off();
    await paint();
    expect(listener).not.toHaveBeenCalled();
  });
});
