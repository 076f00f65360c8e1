// viewShortcuts.ts: the page view's keys for the shortcut registry (src/renderer/app/shortcuts.ts).
// The hand tool and wheel zoom are handled by useViewGestures, so they are only listed for the
// help panel; 100 % and fit width are bound to view actions.
import { useEffect } from 'react';
import { type RegisteredShortcut, shortcutRegistry } from '../app/shortcuts';
import type { ViewAction } from '../state';

export const VIEW_GESTURE_SHORTCUTS: readonly RegisteredShortcut[] = [
  { id: 'view.pan', group: 'view', label: 'view.shortcut.pan', keys: ['Space'] },
  { id: 'view.wheelZoom', group: 'view', label: 'view.shortcut.wheelZoom', keys: ['Mod+Wheel'] },
];

export function viewZoomShortcuts(onView: (action: ViewAction) => void): RegisteredShortcut[] {
  return [
    { id: 'view.zoomActual', group: 'view', label: 'view.shortcut.zoomActual', keys: ['Mod+1'], run: () => onView({ type: 'zoomActual' }) },
    { id: 'view.zoomFitWidth', group: 'view', label: 'view.shortcut.zoomFitWidth', keys: ['Mod+Alt+0'], run: () => onView({ type: 'zoomFitWidth' }) },
  ];
}

/**
 * Registers the view's shortcuts while mounted (what useRegisterShortcuts does; importing that
 * from app/ would make canvas and app import each other). Pass a stable array.
 */
export function useViewShortcuts(shortcuts: readonly RegisteredShortcut[]): void {
  useEffect(() => shortcutRegistry.add(shortcuts), [shortcuts]);
}
