// useFileArea.tsx: the File area of the window: the File menu, its dialogs (new, open, save as,
// edition details, import text), the keyboard shortcuts panel, crash recovery, and the save indicator. Workspace
// wires the commands into the menu commands and shortcuts and renders the pieces.
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import type { EditionSwitch } from '../../shared/editions-api';
import { ShortcutsHelp } from '../app/ShortcutsHelp';
import { formatChord, isMacPlatform } from '../app/shortcuts';
import type { Host } from '../host';
import { type SaveStatus, useEditorStore } from '../state';
import { EditionDetailsDialog } from './EditionDetailsDialog';
import { FileMenu, type FileMenuItem } from './FileMenu';
import { ImportTextDialog } from './ImportTextDialog';
import { NewEditionDialog } from './NewEditionDialog';
import { OpenEditionDialog } from './OpenEditionDialog';
import { RecoveryDialog } from './RecoveryDialog';
import { SaveAsDialog } from './SaveAsDialog';
import { SaveIndicator } from './SaveIndicator';

type Dialog = 'new' | 'open' | 'saveAs' | 'details' | 'import' | 'shortcuts' | null;

export interface FileCommands {
  readonly newEdition: () => void;
  readonly openEdition: () => void;
  readonly saveAs: () => void;
  readonly editionDetails: () => void;
  readonly importText: () => void;
  readonly showShortcuts: () => void;
  /** Save now, as the user asked (the indicator then says "saved", not "autosaved"). */
  readonly save: () => void;
}

export interface FileArea {
  readonly commands: FileCommands;
  /** The File menu button, for the start of the toolbar. */
  readonly menu: ReactNode;
  readonly saveIndicator: (status: SaveStatus, revision: number) => ReactNode;
  /** Open dialogs and the recovery prompt. */
  readonly overlays: ReactNode;
}

export function useFileArea(host: Host, options: { editable: boolean; documentsDir?: string; exportPdf?: () => void; exportEpaper?: () => void }): FileArea {
  const store = useEditorStore();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [requests, setRequests] = useState(0);
  const [documentsDir, setDocumentsDir] = useState(options.documentsDir ?? '');
  const close = useCallback(() => setDialog(null), []);

  const onSwitched = useCallback(
    (_to: EditionSwitch) => {
      setDialog(null);
      // Electron's main process reloads the window itself after a switch; a browser tab reloads
      // here, so fonts, layout and the undo history all start from the new edition.
      if (host.transport === 'http') window.location.reload();
    },
    [host],
  );

  const openNew = useCallback(() => {
    setDialog('new');
    host.listRecent({}).then(
      (answer) => setDocumentsDir(answer.documentsDir),
      () => {},
    );
  }, [host]);

  const commands = useMemo<FileCommands>(
    () => ({
      newEdition: openNew,
      openEdition: () => setDialog('open'),
      saveAs: () => setDialog('saveAs'),
      editionDetails: () => setDialog('details'),
      importText: () => setDialog('import'),
      showShortcuts: () => setDialog('shortcuts'),
      save: () => {
        setRequests((n) => n + 1);
        void store.save();
      },
    }),
    [openNew, store],
  );

  // The pieces are memoised: the window renders again on every keystroke, and a new element
  // would render the menu and the dialogs again for nothing.
  const { editable, exportPdf, exportEpaper } = options;
  const menu = useMemo(() => {
    const mac = isMacPlatform();
    const keys = (chord: string): string => formatChord(chord, mac);
    const items: FileMenuItem[] = [
      { id: 'new', label: 'file.menu.new', run: commands.newEdition },
      { id: 'open', label: 'file.menu.open', keys: keys('Mod+O'), run: commands.openEdition },
      { id: 'save', label: 'file.menu.save', keys: keys('Mod+S'), disabled: !editable, run: commands.save },
      { id: 'save-as', label: 'file.menu.saveAs', keys: keys('Mod+Shift+S'), run: commands.saveAs },
      { id: 'details', label: 'file.menu.details', disabled: !editable, run: commands.editionDetails },
      { id: 'import', label: 'file.menu.importText', keys: keys('Mod+I'), disabled: !editable, run: commands.importText },
      // As in the Electron application menu's File menu; the help lists their keys.
      ...(exportPdf ? [{ id: 'export-pdf', label: 'toolbar.exportPdf', keys: keys('Mod+E'), run: exportPdf } as const] : []),
      ...(exportEpaper ? [{ id: 'export-epaper', label: 'toolbar.exportEpaper', keys: keys('Mod+Shift+P'), run: exportEpaper } as const] : []),
      { id: 'shortcuts', label: 'file.menu.shortcuts', keys: 'F1', run: commands.showShortcuts },
    ];
    return <FileMenu items={items} />;
  }, [commands, editable, exportPdf, exportEpaper]);

  const overlays = useMemo(
    () => (
      <>
        <RecoveryDialog host={host} />
        {dialog === 'new' && <NewEditionDialog host={host} documentsDir={documentsDir} onClose={close} onSwitched={onSwitched} />}
        {dialog === 'open' && <OpenEditionDialog host={host} onClose={close} onSwitched={onSwitched} />}
        {dialog === 'saveAs' && <SaveAsDialog host={host} onClose={close} onSwitched={onSwitched} />}
        {dialog === 'details' && <EditionDetailsDialog onClose={close} />}
        {dialog === 'import' && <ImportTextDialog host={host} onClose={close} />}
        {dialog === 'shortcuts' && <ShortcutsHelp onClose={close} electron={host.transport === 'electron'} />}
      </>
    ),
    [host, dialog, documentsDir, close, onSwitched],
  );

  const saveIndicator = useCallback(
    (status: SaveStatus, revision: number) => <SaveIndicator status={status} revision={revision} requests={requests} />,
    [requests],
  );

  return { commands, menu, saveIndicator, overlays };
}
