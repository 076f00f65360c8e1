// EditorContext.tsx: hands the one EditorStore to components and re-renders them on change.
// A keystroke changes the store's state, so a component reading the whole state renders again
// for every character typed anywhere; useEditorSelector re-renders only when the part it reads
// changed (issue 5 §6). Event handlers still read store.getState() when they run.
import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useReducer, useRef, useSyncExternalStore } from 'react';
import { afterPaint, subscribeAfterPaint } from './afterPaint';
import type { EditorState } from './editorState';
import { createSelection } from './selection';
import type { EditorStore } from './editorStore';

const StoreContext = createContext<EditorStore | null>(null);

export function EditorProvider({ store, children }: { store: EditorStore; children: ReactNode }): ReactNode {
  return <StoreContext value={store}>{children}</StoreContext>;
}

export function useEditorStore(): EditorStore {
  const store = use(StoreContext);
  if (!store) throw new Error('useEditorStore must be used inside <EditorProvider>');
  return store;
}

/** The whole state: renders again on every change. Prefer useEditorSelector. */
export function useEditorState(): EditorState {
  const store = useEditorStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}

/**
 * The part of the state `select` picks, re-rendering only when it changed by `isEqual` (the
 * previous value is returned while equal, so it can key memos and memoised children).
 * `select` may be an inline function; it is applied to each new state (and again when it
 * changes itself, as one closing over props does).
 */
export function useEditorSelector<T>(select: (state: EditorState) => T, isEqual: (a: T, b: T) => boolean = Object.is): T {
  const store = useEditorStore();
  const selection = useMemo(() => createSelection<T>(), []);
  const latest = useRef({ select, isEqual });
  latest.current = { select, isEqual };
  const snapshot = useCallback((): T => selection(store.getState(), latest.current.select, latest.current.isEqual), [store, selection]);
  return useSyncExternalStore(store.subscribe, snapshot);
}

/**
 * useEditorSelector for readouts (a count, a length, a timing): after a keystroke's edit the
 * component is told of the change only once the frame showing it has been painted, so typing
 * paints the page first and the readout in the next frame; after any other change at once.
 * Never for what an event handler acts on: handlers read the store.
 */
export function useEditorReadout<T>(select: (state: EditorState) => T, isEqual: (a: T, b: T) => boolean = Object.is): T {
  const store = useEditorStore();
  const subscribe = useMemo(() => subscribeAfterPaint(store.subscribe, store.typingUnpainted), [store]);
  const selection = useMemo(() => createSelection<T>(), []);
  const latest = useRef({ select, isEqual });
  latest.current = { select, isEqual };
  const snapshot = useCallback((): T => selection(store.getState(), latest.current.select, latest.current.isEqual), [store, selection]);
  return useSyncExternalStore(subscribe, snapshot);
}

/**
 * `value` for a readout: when it changed with a keystroke's edit it shows after the frame that
 * render paints (the latest value, if several came meanwhile); otherwise at once. A ref, not
 * state, holds what is shown, so a value shown at once costs no second render.
 */
export function useValueAfterPaint<T>(value: T): T {
  const store = useEditorStore();
  const shown = useRef(value);
  const latest = useRef(value);
  latest.current = value;
  const [, showLatest] = useReducer((n: number) => n + 1, 0);
  const waiting = useRef(false);
  const mounted = useRef(true);
  if (!Object.is(shown.current, value) && !store.typingUnpainted()) shown.current = value;
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    if (Object.is(shown.current, value) || waiting.current) return;
    waiting.current = true;
    void afterPaint().then(() => {
      waiting.current = false;
      if (!mounted.current) return;
      shown.current = latest.current;
      showLatest();
    });
  }, [value]);
  return shown.current;
}
