// useShortcuts.ts: the keyboard. In Electron the application menu owns undo, redo, save and zoom
// (its accelerators arrive as host commands), so those keys are handled here only in a browser;
// handling both would undo twice per keystroke.
import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  readonly undo: () => void;
  readonly redo: () => void;
  readonly save: () => void;
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly zoomFit: () => void;
  /** Arrow keys: a small step, or with Shift a grid step (a column across, a line down). */
  readonly nudge: (direction: 'left' | 'right' | 'up' | 'down', large: boolean) => void;
}

const ARROWS = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as const;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

export function useShortcuts(handlers: ShortcutHandlers, options: { menuOwnsCommands: boolean }): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  const { menuOwnsCommands } = options;

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (isTyping(event.target)) return;
      const h = latest.current;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey) {
        if (menuOwnsCommands) return;
        const key = event.key.toLowerCase();
        const action =
          key === 'z' ? (event.shiftKey ? h.redo : h.undo)
          : key === 'y' ? h.redo
          : key === 's' ? h.save
          : key === '=' || key === '+' ? h.zoomIn
          : key === '-' ? h.zoomOut
          : key === '0' ? h.zoomFit
          : null;
        if (action) {
          event.preventDefault();
          action();
        }
        return;
      }
      const direction = event.key in ARROWS ? ARROWS[event.key as keyof typeof ARROWS] : null;
      if (direction && !event.altKey) {
        event.preventDefault();
        h.nudge(direction, event.shiftKey);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [menuOwnsCommands]);
}
