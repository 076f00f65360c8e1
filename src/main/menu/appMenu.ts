// appMenu.ts: the application menu. Model edits (undo, redo, zoom, guides), Export PDF and
// Export e-paper are sent to the window as commands, because the renderer owns the view, the
// edit history and the export dialogs.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { HostCommand } from '../../shared/host-api';
import type { MainStrings } from './menuStrings';

export interface MenuActions {
  /** File ▸ Open…: main's own folder dialog. */
  openEdition(): void;
  /** File ▸ Save As…: main's own folder dialog. */
  saveAs(): void;
  command(command: HostCommand): void;
}

export function buildAppMenu(t: MainStrings, actions: MenuActions, platform: NodeJS.Platform): Menu {
  const send = (command: HostCommand) => () => actions.command(command);
  const template: MenuItemConstructorOptions[] = [
    ...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: t.file,
      submenu: [
        // New and Open Recent open the window's dialogs (presets, custom grid, the recent list).
        { label: t.newEdition, accelerator: 'CmdOrCtrl+N', click: send('newEdition') },
        { label: t.open, accelerator: 'CmdOrCtrl+O', click: () => actions.openEdition() },
        { label: t.openRecent, click: send('openEdition') },
        { label: t.save, accelerator: 'CmdOrCtrl+S', click: send('save') },
        { label: t.saveAs, accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveAs() },
        { label: t.editionDetails, click: send('editionDetails') },
        { type: 'separator' },
        // The window imports, so the new stories are one step in its undo history.
        { label: t.importText, accelerator: 'CmdOrCtrl+I', click: send('importText') },
        // The window opens its export dialog (preflight first, then progress): it owns the
        // choices, and the export itself runs here in main through the host API.
        { label: t.exportPdf, accelerator: 'CmdOrCtrl+E', click: send('exportPdf') },
        // The e-paper (数字报) dialog too: preflight, the bundle folder, a zip, then progress.
        // Not Shift+E: the story editor uses Mod+Shift+E for emphasis dots.
        { label: t.exportEpaper, accelerator: 'CmdOrCtrl+Shift+P', click: send('exportEpaper') },
        { type: 'separator' },
        { label: t.quit, role: 'quit' },
      ],
    },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        { label: t.redo, accelerator: platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: send('redo') },
        { type: 'separator' },
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
      ],
    },
    {
      label: t.view,
      submenu: [
        { label: t.zoomIn, accelerator: 'CmdOrCtrl+=', click: send('zoomIn') },
        { label: t.zoomOut, accelerator: 'CmdOrCtrl+-', click: send('zoomOut') },
        { label: t.zoomFit, accelerator: 'CmdOrCtrl+0', click: send('zoomFit') },
        { type: 'separator' },
        { label: t.rulers, accelerator: 'CmdOrCtrl+R', click: send('toggleRulers') },
        { label: t.guides, accelerator: 'CmdOrCtrl+;', click: send('toggleGuides') },
      ],
    },
    {
      label: t.help,
      role: 'help',
      submenu: [{ label: t.shortcuts, accelerator: 'F1', click: send('showShortcuts') }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
