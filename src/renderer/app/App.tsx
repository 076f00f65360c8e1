// App.tsx: wires the host to the document store, the language, the asset cache and the layout
// session (fonts and composition).
import { type ReactNode, useEffect, useMemo } from 'react';
import { AssetProvider } from '../canvas';
import type { Host } from '../host';
import { I18nProvider } from '../i18n';
import { LayoutProvider } from '../layout';
import { PhotoProvider } from '../photos';
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
          <LayoutProvider host={host}>
            <PhotoProvider host={host}>
              <Workspace host={host} />
            </PhotoProvider>
          </LayoutProvider>
        </AssetProvider>
      </EditorProvider>
    </I18nProvider>
  );
}
