import { describe, expect, it } from 'vitest';
import { appShortcuts, type ShortcutHandlers } from '../../../../src/renderer/app/appShortcuts';
import { helpRows } from '../../../../src/renderer/app/helpRows';
import { PANEL_SHORTCUTS } from '../../../../src/renderer/app/panelShortcuts';
import { translator } from '../../../../src/renderer/i18n/translate';
import { chordMatches, type DispatchContext, formatChord, parseChord, ShortcutRegistry } from '../../../../src/renderer/app/shortcuts';

const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

function recorder(): { calls: string[]; handlers: ShortcutHandlers } {
  const calls: string[] = [];
  const h = (name: string) => () => calls.push(name);
  return {
    calls,
    handlers: {
      undo: h('undo'),
      redo: h('redo'),
      save: h('save'),
      zoomIn: h('zoomIn'),
      zoomOut: h('zoomOut'),
      zoomFit: h('zoomFit'),
      nudge: (d, large) => calls.push(`nudge ${d}${large ? ' large' : ''}`),
      saveAs: h('saveAs'),
      showShortcuts: h('help'),
      toggleRulers: h('rulers'),
      openEdition: h('open'),
    },
  };
}

function press(registry: ShortcutRegistry, event: ReturnType<typeof key>, context: DispatchContext = { menuOwnsCommands: false, typing: false }): boolean {
  const found = registry.match(event, context);
  found?.run(event as unknown as KeyboardEvent);
  return found !== null;
}

describe('shortcut chords', () => {
  it('match Ctrl or Cmd for Mod, and Shift exactly except for layout punctuation', () => {
    expect(chordMatches(parseChord('Mod+Z'), key('z', { ctrl: true }))).toBe(true);
    expect(chordMatches(parseChord('Mod+Z'), key('Z', { meta: true }))).toBe(true);
    expect(chordMatches(parseChord('Mod+Z'), key('z', { ctrl: true, shift: true }))).toBe(false);
    expect(chordMatches(parseChord('Mod+Plus'), key('+', { ctrl: true, shift: true }))).toBe(true);
    expect(chordMatches(parseChord('Shift+ArrowLeft'), key('ArrowLeft'))).toBe(false);
    expect(chordMatches(parseChord('F1'), key('F1', { alt: true }))).toBe(false);
  });

  it('read as the platform writes them', () => {
    expect(formatChord('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatChord('Mod+Shift+Z', true)).toBe('⌘⇧Z');
    expect(formatChord('Shift+ArrowLeft', false)).toBe('Shift+←');
    expect(formatChord('Mod+Minus', false)).toBe('Ctrl+−');
  });
});

describe('ShortcutRegistry with the app shortcuts', () => {
  it('dispatches the keys the help panel lists, and nothing for keys it does not', () => {
    const registry = new ShortcutRegistry();
    const { calls, handlers } = recorder();
    registry.add(appShortcuts(() => handlers));
    expect(press(registry, key('z', { ctrl: true }))).toBe(true);
    expect(press(registry, key('y', { ctrl: true }))).toBe(true);
    expect(press(registry, key('S', { ctrl: true, shift: true }))).toBe(true);
    expect(press(registry, key('ArrowLeft', { shift: true }))).toBe(true);
    expect(press(registry, key('F1'))).toBe(true);
    expect(press(registry, key('/', { ctrl: true }))).toBe(true);
    expect(press(registry, key('q', { ctrl: true }))).toBe(false);
    expect(calls).toEqual(['undo', 'redo', 'saveAs', 'nudge left large', 'help', 'help']);
  });

  it('leaves the Electron menu its accelerators, and keeps Ctrl+R for the browser', () => {
    const registry = new ShortcutRegistry();
    const { calls, handlers } = recorder();
    registry.add(appShortcuts(() => handlers));
    const electron = { menuOwnsCommands: true, typing: false };
    expect(press(registry, key('z', { ctrl: true }), electron)).toBe(false);
    expect(press(registry, key('ArrowUp'), electron)).toBe(true);
    expect(press(registry, key('/', { ctrl: true }), electron)).toBe(true);
    expect(press(registry, key('r', { ctrl: true }))).toBe(false);
    expect(calls).toEqual(['nudge up', 'help']);
  });

  it('ignores keys typed into a field, except F1', () => {
    const registry = new ShortcutRegistry();
    const { calls, handlers } = recorder();
    registry.add(appShortcuts(() => handlers));
    const typing = { menuOwnsCommands: false, typing: true };
    expect(press(registry, key('z', { ctrl: true }), typing)).toBe(false);
    expect(press(registry, key('ArrowLeft'), typing)).toBe(false);
    expect(press(registry, key('F1'), typing)).toBe(true);
    expect(calls).toEqual(['help']);
  });

  it('undoes and redoes the edition from a field that holds nothing uncommitted, and only that', () => {
    const registry = new ShortcutRegistry();
    const { calls, handlers } = recorder();
    registry.add(appShortcuts(() => handlers));
    const committed = { menuOwnsCommands: false, typing: true, committedField: true };
    expect(press(registry, key('z', { ctrl: true }), committed)).toBe(true);
    expect(press(registry, key('y', { ctrl: true }), committed)).toBe(true);
    // The caret still moves in the field, and in Electron the menu's accelerator does the undo.
    expect(press(registry, key('ArrowLeft'), committed)).toBe(false);
    expect(press(registry, key('z', { ctrl: true }), { ...committed, menuOwnsCommands: true })).toBe(false);
    expect(calls).toEqual(['undo', 'redo']);
  });

  it('lists a panel’s own keys while it is registered, and drops them when it goes', () => {
    const registry = new ShortcutRegistry();
    const seen: number[] = [];
    registry.subscribe(() => seen.push(registry.list().length));
    const remove = registry.add([{ id: 'frames.copy', group: 'frame', label: 'frames.copy', keys: ['Mod+C'] }]);
    expect(registry.list().map((s) => s.id)).toEqual(['frames.copy']);
    // Listed only: another listener handles it, so the registry does not run anything.
    expect(registry.match(key('c', { ctrl: true }), { menuOwnsCommands: false, typing: false })).toBeNull();
    remove();
    expect(registry.list()).toEqual([]);
    expect(seen).toEqual([1, 0]);
  });

  it('gives the help panel one row per action, and hides Electron-only keys in a browser', () => {
    const { handlers } = recorder();
    const all = appShortcuts(() => handlers);
    const browser = helpRows(all, false);
    expect(browser.get('help')).toEqual([{ label: 'shortcuts.help.open', keys: ['F1', 'Mod+/'] }]);
    expect(browser.get('view')?.some((r) => r.label === 'shortcuts.view.rulers')).toBe(false);
    expect(helpRows(all, true).get('view')?.some((r) => r.label === 'shortcuts.view.rulers')).toBe(true);
    // Every bound shortcut has a label in both languages (the catalog types them).
    expect(all.every((s) => s.label.startsWith('shortcuts.'))).toBe(true);
  });

  it('names each action in the help panel without its keys, which have their own column', () => {
    const { handlers } = recorder();
    const rows = [...helpRows([...appShortcuts(() => handlers), ...PANEL_SHORTCUTS], true).values()].flat();
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = translator(locale);
      // "复制（Ctrl+C） Ctrl+C" read the key twice, and said Ctrl on a Mac.
      const named = (label: string, chord: string): boolean => (chord.includes('+') && label.includes(chord)) || label.includes(`（${chord}）`) || label.includes(`(${chord})`);
      const repeating = rows.filter((r) => r.keys.some((k) => named(t(r.label), formatChord(k, false)))).map((r) => t(r.label));
      expect(repeating).toEqual([]);
    }
  });
});
