// useShortcuts.ts: the keyboard. Every shortcut lives in one registry (shortcuts.ts): the
// window's own (appShortcuts.ts) are registered here, panels add theirs with
// useRegisterShortcuts, and one keydown listener dispatches them all, so the help panel lists
// exactly what the keys do. In Electron the application menu owns the keys it has accelerators
// for (undo, redo, save, zoom…); they arrive as host commands, and handling them here as well
// would undo twice per keystroke.
import { useEffect, useRef } from 'react';
import { appShortcuts, type ShortcutHandlers } from './appShortcuts';
import { PANEL_SHORTCUTS } from './panelShortcuts';
import { COMMITTED_FIELD_ATTRIBUTE, type RegisteredShortcut, type ShortcutRegistry, shortcutRegistry } from './shortcuts';

export type { NudgeDirection, ShortcutHandlers } from './appShortcuts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

export function useShortcuts(handlers: ShortcutHandlers, options: { menuOwnsCommands: boolean; registry?: ShortcutRegistry }): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  const { menuOwnsCommands } = options;
  const registry = options.registry ?? shortcutRegistry;

  useEffect(() => registry.add(appShortcuts(() => latest.current)), [registry]);
  useEffect(() => registry.add(PANEL_SHORTCUTS), [registry]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      const committedField = event.target instanceof HTMLElement && event.target.hasAttribute(COMMITTED_FIELD_ATTRIBUTE);
      const shortcut = registry.match(event, { menuOwnsCommands, typing: isTyping(event.target), committedField });
      if (!shortcut) return;
      event.preventDefault();
      shortcut.run(event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [menuOwnsCommands, registry]);
}

/**
 * Registers a panel's shortcuts while it is mounted. Bound ones (with `run`) are dispatched by
 * useShortcuts' listener; listed ones (a panel that handles its own keys) only appear in help.
 * Pass a stable array (useMemo, or a module constant).
 */
export function useRegisterShortcuts(shortcuts: readonly RegisteredShortcut[], registry: ShortcutRegistry = shortcutRegistry): void {
  useEffect(() => registry.add(shortcuts), [shortcuts, registry]);
}
