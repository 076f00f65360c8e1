// File → Export e-paper has a key of its own that the help panel lists; in Electron the menu's
// accelerator runs it, and it does not take the story editor's emphasis key (Mod+Shift+E).
import { describe, expect, it } from 'vitest';
import { appShortcuts, type ShortcutHandlers } from '../../../../src/renderer/app/appShortcuts';
import { helpRows } from '../../../../src/renderer/app/helpRows';
import { ShortcutRegistry } from '../../../../src/renderer/app/shortcuts';

function setup(): { registry: ShortcutRegistry; calls: string[] } {
  const calls: string[] = [];
  const h = (name: string) => () => calls.push(name);
  const handlers: ShortcutHandlers = { undo: h('undo'), redo: h('redo'), save: h('save'), zoomIn: h('in'), zoomOut: h('out'), zoomFit: h('fit'), nudge: () => calls.push('nudge'), exportPdf: h('pdf'), exportEpaper: h('epaper') };
  const registry = new ShortcutRegistry();
  registry.add(appShortcuts(() => handlers));
  return { registry, calls };
}

const chord = (key: string, shift: boolean) => ({ key, ctrlKey: true, metaKey: false, shiftKey: shift, altKey: false });

describe('the Export e-paper shortcut', () => {
  it('opens the e-paper dialog with Ctrl+Shift+P in a browser, and Ctrl+E stays Export PDF', () => {
    const { registry, calls } = setup();
    for (const event of [chord('P', true), chord('e', false)]) registry.match(event, { menuOwnsCommands: false, typing: false })?.run(event as unknown as KeyboardEvent);
    expect(calls).toEqual(['epaper', 'pdf']);
  });

  it('is left to the menu in Electron and not taken while typing', () => {
    const { registry } = setup();
    expect(registry.match(chord('P', true), { menuOwnsCommands: true, typing: false })).toBeNull();
    expect(registry.match(chord('P', true), { menuOwnsCommands: false, typing: true })).toBeNull();
  });

  it('does not claim Mod+Shift+E, the story editor’s emphasis dots', () => {
    const { registry } = setup();
    expect(registry.match(chord('E', true), { menuOwnsCommands: false, typing: false })).toBeNull();
  });

  it('is listed in the help panel under File, in both transports', () => {
    const { registry } = setup();
    for (const electron of [true, false]) {
      const file = helpRows(registry.list(), electron).get('file') ?? [];
      expect(file.find((row) => row.label === 'shortcuts.file.exportEpaper')?.keys).toEqual(['Mod+Shift+P']);
    }
  });
});
