// App.tsx: wires the host, the document store and the layout session (started by opening.ts)
// to the language, the asset cache and the editing screen.
import type { ReactNode } from 'react';
import { AssetProvider } from '../canvas';
import type { Host } from '../host';
import { I18nProvider } from '../i18n';
import { LayoutProvider } from '../layout';
import { PhotoProvider } from '../photos';
import { EditorProvider } from '../state';
import type { Opening } from './opening';
import { Workspace } from './Workspace';

export function App({ host, opening }: { host: Host; opening: Opening }): ReactNode {
  return (
    <I18nProvider>
      <EditorProvider store={opening.store}>
        <AssetProvider host={host} cache={opening.assets}>
          <LayoutProvider session={opening.layout}>
            <PhotoProvider host={host}>
              <Workspace host={host} />
            </PhotoProvider>
          </LayoutProvider>
        </AssetProvider>
      </EditorProvider>
    </I18nProvider>
  );
}
