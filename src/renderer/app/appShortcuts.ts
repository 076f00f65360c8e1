// appShortcuts.ts: the window's own shortcuts (file, edit, view, nudging, help), bound to the
// handlers Workspace passes to useShortcuts. Where the Electron menu has the same accelerator
// (src/main/menu/appMenu.ts), `menu` says so and the menu runs it there.
import type { RegisteredShortcut } from './shortcuts';

export type NudgeDirection = 'left' | 'right' | 'up' | 'down';

export interface ShortcutHandlers {
  readonly undo: () => void;
  readonly redo: () => void;
  readonly save: () => void;
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly zoomFit: () => void;
  /** Arrow keys: a small step, or with Shift a grid step (a column across, a line down). */
  readonly nudge: (direction: NudgeDirection, large: boolean) => void;
  readonly toggleRulers?: () => void;
  readonly toggleGuides?: () => void;
  readonly exportPdf?: () => void;
  readonly exportEpaper?: () => void;
  readonly newEdition?: () => void;
  readonly openEdition?: () => void;
  readonly saveAs?: () => void;
  readonly importText?: () => void;
  readonly showShortcuts?: () => void;
}

const ARROWS: ReadonlyArray<readonly [string, NudgeDirection]> = [
  ['ArrowLeft', 'left'],
  ['ArrowRight', 'right'],
  ['ArrowUp', 'up'],
  ['ArrowDown', 'down'],
];

function arrowDirection(key: string): NudgeDirection {
  return ARROWS.find(([name]) => name === key)?.[1] ?? 'down';
}

/** The table, reading the handlers through `current()` so it can be registered once. */
export function appShortcuts(current: () => ShortcutHandlers): RegisteredShortcut[] {
  const call = (pick: (h: ShortcutHandlers) => (() => void) | undefined) => () => pick(current())?.();
  return [
    { id: 'file.new', group: 'file', label: 'shortcuts.file.new', keys: ['Mod+N'], electronOnly: true, run: call((h) => h.newEdition) },
    { id: 'file.open', group: 'file', label: 'shortcuts.file.open', keys: ['Mod+O'], menu: true, run: call((h) => h.openEdition) },
    { id: 'file.save', group: 'file', label: 'shortcuts.file.save', keys: ['Mod+S'], menu: true, run: call((h) => h.save) },
    { id: 'file.saveAs', group: 'file', label: 'shortcuts.file.saveAs', keys: ['Mod+Shift+S'], menu: true, run: call((h) => h.saveAs) },
    { id: 'file.importText', group: 'file', label: 'shortcuts.file.importText', keys: ['Mod+I'], menu: true, run: call((h) => h.importText) },
    { id: 'file.exportPdf', group: 'file', label: 'shortcuts.file.exportPdf', keys: ['Mod+E'], menu: true, run: call((h) => h.exportPdf) },
    // Not Mod+Shift+E: the story editor gives that to emphasis dots (着重号), and in Electron a
    // menu accelerator fires even while the editor handles the key.
    { id: 'file.exportEpaper', group: 'file', label: 'shortcuts.file.exportEpaper', keys: ['Mod+Shift+P'], menu: true, run: call((h) => h.exportEpaper) },
    { id: 'edit.undo', group: 'edit', label: 'shortcuts.edit.undo', keys: ['Mod+Z'], menu: true, inCommittedField: true, run: call((h) => h.undo) },
    { id: 'edit.redo', group: 'edit', label: 'shortcuts.edit.redo', keys: ['Mod+Shift+Z', 'Mod+Y'], menu: true, inCommittedField: true, run: call((h) => h.redo) },
    {
      id: 'edit.nudge',
      group: 'edit',
      label: 'shortcuts.edit.nudge',
      keys: ARROWS.map(([key]) => key),
      run: (event) => current().nudge(arrowDirection(event.key), false),
    },
    {
      id: 'edit.nudgeLarge',
      group: 'edit',
      label: 'shortcuts.edit.nudgeLarge',
      keys: ARROWS.map(([key]) => `Shift+${key}`),
      run: (event) => current().nudge(arrowDirection(event.key), true),
    },
    { id: 'view.zoomIn', group: 'view', label: 'shortcuts.view.zoomIn', keys: ['Mod+=', 'Mod+Plus'], menu: true, run: call((h) => h.zoomIn) },
    { id: 'view.zoomOut', group: 'view', label: 'shortcuts.view.zoomOut', keys: ['Mod+Minus'], menu: true, run: call((h) => h.zoomOut) },
    { id: 'view.zoomFit', group: 'view', label: 'shortcuts.view.zoomFit', keys: ['Mod+0'], menu: true, run: call((h) => h.zoomFit) },
    // Ctrl+R reloads a browser page; only the Electron menu takes it for the rulers.
    { id: 'view.rulers', group: 'view', label: 'shortcuts.view.rulers', keys: ['Mod+R'], electronOnly: true, run: call((h) => h.toggleRulers) },
    { id: 'view.guides', group: 'view', label: 'shortcuts.view.guides', keys: ['Mod+;'], menu: true, run: call((h) => h.toggleGuides) },
    { id: 'help.shortcuts', group: 'help', label: 'shortcuts.help.open', keys: ['F1'], menu: true, whileTyping: true, run: call((h) => h.showShortcuts) },
    // Not in the menu, so the window handles it in Electron too; the panel shows both keys on one row.
    { id: 'help.shortcutsSlash', group: 'help', label: 'shortcuts.help.open', keys: ['Mod+/'], run: call((h) => h.showShortcuts) },
  ];
}
