// EditorContext.tsx: hands the one EditorStore to components and re-renders them on change.
// Side panels may instead see a deferred copy of the state (DeferredEditorState): a keystroke
// then repaints the page and the story editor first, and the panels (properties, pages, photo,
// status) catch up in a background render, off the keystroke → page path (README, Performance).
import { createContext, memo, type ReactNode, use, useSyncExternalStore } from 'react';
import type { EditorState } from './editorState';
import type { EditorStore } from './editorStore';

const StoreContext = createContext<EditorStore | null>(null);
const DeferredContext = createContext<EditorState | null>(null);

export function EditorProvider({ store, children }: { store: EditorStore; children: ReactNode }): ReactNode {
  return <StoreContext value={store}>{children}</StoreContext>;
}

export function useEditorStore(): EditorStore {
  const store = use(StoreContext);
  if (!store) throw new Error('useEditorStore must be used inside <EditorProvider>');
  return store;
}

const noSubscription = (): (() => void) => () => {};

/** The store's state, or inside DeferredEditorState the deferred state it was given. */
export function useEditorState(): EditorState {
  const store = useEditorStore();
  const deferred = use(DeferredContext);
  return useSyncExternalStore(deferred ? noSubscription : store.subscribe, deferred ? () => deferred : store.getState);
}

/**
 * Renders `children` with `state` (from useDeferredValue) as their editor state. Memoised: give
 * it memoised children, so an urgent render that does not change `state` does not reach them.
 */
export const DeferredEditorState = memo(function DeferredEditorState({ state, children }: { state: EditorState; children: ReactNode }): ReactNode {
  return <DeferredContext value={state}>{children}</DeferredContext>;
});
