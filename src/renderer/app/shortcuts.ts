// shortcuts.ts: the one registry of keyboard shortcuts. The keydown listener (useShortcuts.ts)
// dispatches from it and the help panel (ShortcutsHelp.tsx) lists it, so the panel cannot show a
// key that does nothing or miss one that does. Keys are written as chords such as "Mod+Shift+Z":
// Mod is Ctrl on Linux and Windows and Cmd on macOS (either is accepted when matching).
import type { MessageKey } from '../i18n';

export type ShortcutGroup = 'file' | 'edit' | 'view' | 'frame' | 'text' | 'help';
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['file', 'edit', 'view', 'frame', 'text', 'help'];

export interface ShortcutInfo {
  /** Unique within the registry, e.g. "edit.undo". */
  readonly id: string;
  readonly group: ShortcutGroup;
  /** What it does, for the help panel. */
  readonly label: MessageKey;
  /** Chords, any of which triggers it: "Mod+Z", "Shift+ArrowLeft", "F1", "Mod+Plus". */
  readonly keys: readonly string[];
  /**
   * The Electron application menu has this accelerator: there the menu runs the command and the
   * window must not (it would run twice). In a browser the window handles it.
   */
  readonly menu?: boolean;
  /** Only the Electron menu offers it (a browser keeps the key for itself, like Ctrl+N or Ctrl+R). */
  readonly electronOnly?: boolean;
  /** Also while a text field has the focus (F1). */
  readonly whileTyping?: boolean;
  /**
   * Also in a field that holds nothing uncommitted and says so (`data-edition-history`, the
   * properties panel's): undo and redo, so that the edit the field made is undone, not the text
   * typed into it before the commit.
   */
  readonly inCommittedField?: boolean;
}

/** The attribute a field sets while it holds nothing uncommitted (see inCommittedField). */
export const COMMITTED_FIELD_ATTRIBUTE = 'data-edition-history';

/** A shortcut this registry dispatches. */
export interface BoundShortcut extends ShortcutInfo {
  readonly run: (event: KeyboardEvent) => void;
}

/** A shortcut another listener handles (a panel's own keys, the story editor), listed for help. */
export type ListedShortcut = ShortcutInfo & { readonly run?: undefined };

export type RegisteredShortcut = BoundShortcut | ListedShortcut;

export interface Chord {
  readonly key: string;
  readonly mod: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
}

const KEY_NAMES: Readonly<Record<string, string>> = { plus: '+', minus: '-', space: ' ' };

export function parseChord(text: string): Chord {
  const parts = text.split('+');
  const last = parts.pop() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return { key: KEY_NAMES[last.toLowerCase()] ?? last, mod: mods.has('mod'), shift: mods.has('shift'), alt: mods.has('alt') };
}

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Punctuation moves between shifted and unshifted keys by layout (+ is Shift+= in the US). */
function shiftIsLayout(key: string): boolean {
  return key.length === 1 && !/[\p{L}\p{N}]/u.test(key);
}

export function chordMatches(chord: Chord, event: KeyEventLike): boolean {
  if (event.key.toLowerCase() !== chord.key.toLowerCase()) return false;
  if ((event.ctrlKey || event.metaKey) !== chord.mod || event.altKey !== chord.alt) return false;
  return event.shiftKey === chord.shift || (!chord.shift && shiftIsLayout(chord.key));
}

const MAC_SYMBOLS: Readonly<Record<string, string>> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' };
const ARROWS: Readonly<Record<string, string>> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Plus: '+', Minus: '−' };

/** A chord as people read it on this platform: "Ctrl+Shift+Z", or "⌘⇧Z" on a Mac. */
export function formatChord(text: string, mac: boolean): string {
  const parts = text.split('+');
  const key = parts.pop() ?? '';
  const shown = ARROWS[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  if (mac) return `${parts.map((p) => MAC_SYMBOLS[p] ?? p).join('')}${shown}`;
  return [...parts.map((p) => (p === 'Mod' ? 'Ctrl' : p)), shown].join('+');
}

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/u.test(navigator.platform || navigator.userAgent);
}

export interface DispatchContext {
  /** Electron: keys the application menu owns are left to it. */
  readonly menuOwnsCommands: boolean;
  /** The focus is in a text field or editable text. */
  readonly typing: boolean;
  /** That field holds nothing uncommitted (COMMITTED_FIELD_ATTRIBUTE). */
  readonly committedField?: boolean;
}

export class ShortcutRegistry {
  #groups: ReadonlyArray<readonly RegisteredShortcut[]> = [];
  #snapshot: readonly RegisteredShortcut[] = [];
  readonly #listeners = new Set<() => void>();

  /** Adds shortcuts until the returned function removes them again. Later entries win a tie. */
  add(shortcuts: readonly RegisteredShortcut[]): () => void {
    this.#groups = [...this.#groups, shortcuts];
    this.#changed();
    return () => {
      this.#groups = this.#groups.filter((g) => g !== shortcuts);
      this.#changed();
    };
  }

  /** Every registered shortcut (a stable array until the next change, for useSyncExternalStore). */
  readonly list = (): readonly RegisteredShortcut[] => this.#snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** The shortcut a key press runs here, or null (none, the menu's, or a listed-only one). */
  match(event: KeyEventLike, context: DispatchContext): BoundShortcut | null {
    for (let i = this.#snapshot.length - 1; i >= 0; i--) {
      const s = this.#snapshot[i];
      if (!s?.run || !s.keys.some((k) => chordMatches(parseChord(k), event))) continue;
      if (context.typing && !s.whileTyping && !(context.committedField && s.inCommittedField)) continue;
      if (context.menuOwnsCommands && (s.menu || s.electronOnly)) return null;
      if (!context.menuOwnsCommands && s.electronOnly) continue;
      return s;
    }
    return null;
  }

  #changed(): void {
    this.#snapshot = this.#groups.flat();
    for (const listener of this.#listeners) listener();
  }
}

/** The window's registry: the app's shortcuts and every panel's register here. */
export const shortcutRegistry = new ShortcutRegistry();
