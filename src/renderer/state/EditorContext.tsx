// EditorContext.tsx: hands the one EditorStore to components and re-renders them on change.
import { createContext, type ReactNode, use, useSyncExternalStore } from 'react';
import type { EditorState } from './editorState';
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

export function useEditorState(): EditorState {
  const store = useEditorStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}
