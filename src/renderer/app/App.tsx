// App.tsx: wires the host to the document store, the language and the asset cache.
import { type ReactNode, useEffect, useMemo } from 'react';
import { AssetProvider } from '../canvas';
import type { Host } from '../host';
import { I18nProvider } from '../i18n';
import { EditorProvider, EditorStore } from '../state';
import { Workspace } from './Workspace';

export function App({ host }: { host: Host }): ReactNode {
  const store = useMemo(() => new EditorStore(host), [host]);
  useEffect(() => {
    void store.load();
    return () => store.dispose();
  }, [store]);
  return (
    <I18nProvider>
      <EditorProvider store={store}>
        <AssetProvider host={host}>
          <Workspace host={host} />
        </AssetProvider>
      </EditorProvider>
    </I18nProvider>
  );
}
