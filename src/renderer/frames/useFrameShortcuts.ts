// useFrameShortcuts.ts: the frame editor's keys. Ctrl on Linux and Windows, Cmd on macOS, with
// InDesign's choices where staff expect them. Arrow-key nudging stays in app/useShortcuts.ts;
// nothing here reacts while a text field or the story editor has the focus. The application
// menu has no accelerators for these, so they are handled here in Electron too.
import { useEffect, useRef } from 'react';
import type { FrameEditing } from './useFrameEditing';
import { TOOL_KEYS } from './tools';

/** Every key this hook handles, for the help panel: [keys, message key of what it does]. */
export const FRAME_SHORTCUTS = [
  ['V T F L B', 'frames.tools'],
  ['Mod+C', 'frames.copy'],
  ['Mod+X', 'frames.cut'],
  ['Mod+V', 'frames.paste'],
  ['Mod+D', 'frames.duplicate'],
  ['Delete', 'frames.delete'],
  ['Mod+G', 'frames.group'],
  ['Mod+Shift+G', 'frames.ungroup'],
  ['Mod+L', 'frames.lock'],
  ['Mod+Shift+L', 'frames.unlock'],
  ['Mod+]', 'frames.stack.forward'],
  ['Mod+Shift+]', 'frames.stack.front'],
  ['Mod+[', 'frames.stack.backward'],
  ['Mod+Shift+[', 'frames.stack.back'],
] as const;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** The action for a key press, or null; exported for the specs. */
export function frameKeyAction(editing: FrameEditing, event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): (() => void) | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (event.altKey) return null;
  if (!mod) {
    if (event.key === 'Escape') return editing.escape;
    if (event.key === 'Delete' || event.key === 'Backspace') return editing.remove;
    const tool = event.shiftKey ? undefined : TOOL_KEYS[key];
    return tool ? () => editing.setTool(tool) : null;
  }
  // Shifted brackets arrive as { and } on most layouts, so the key's position decides.
  if (event.code === 'BracketRight') return () => editing.stack(event.shiftKey ? 'front' : 'forward');
  if (event.code === 'BracketLeft') return () => editing.stack(event.shiftKey ? 'back' : 'backward');
  switch (key) {
    case 'a':
      return event.shiftKey ? null : editing.selectAll;
    case 'c':
      return event.shiftKey ? null : editing.copy;
    case 'x':
      return event.shiftKey ? null : editing.cut;
    case 'v':
      return event.shiftKey ? null : editing.paste;
    case 'd':
      return event.shiftKey ? null : editing.duplicate;
    case 'g':
      return event.shiftKey ? editing.ungroup : editing.group;
    case 'l':
      return () => editing.lock(!event.shiftKey);
    default:
      return null;
  }
}

export function useFrameShortcuts(editing: FrameEditing, hasSelection: boolean): void {
  const latest = useRef({ editing, hasSelection });
  latest.current = { editing, hasSelection };
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const action = frameKeyAction(latest.current.editing, event);
      if (!action) return;
      event.preventDefault();
      action();
    };
    // Where the Edit menu's copy, cut and paste reach the page as clipboard events instead of
    // keys (Electron on macOS), they act on frames too. A key handled above never gets here:
    // its preventDefault stops the browser's own copy. The before* events enable the commands
    // when no text is selected, as Blink asks.
    const wanted = (kind: 'copy' | 'cut' | 'paste'): boolean =>
      !isTyping(document.activeElement) && (kind === 'paste' ? latest.current.editing.hasClip : latest.current.hasSelection);
    const clipboard = (kind: 'copy' | 'cut' | 'paste') => (event: Event): void => {
      if (!wanted(kind)) return;
      event.preventDefault();
      if (event.type === kind) latest.current.editing[kind]();
    };
    const listeners = (['copy', 'cut', 'paste'] as const).flatMap((kind) => [
      [kind, clipboard(kind)] as const,
      [`before${kind}`, clipboard(kind)] as const,
    ]);
    window.addEventListener('keydown', onKey);
    for (const [type, listener] of listeners) document.addEventListener(type, listener);
    return () => {
      window.removeEventListener('keydown', onKey);
      for (const [type, listener] of listeners) document.removeEventListener(type, listener);
    };
  }, []);
}
