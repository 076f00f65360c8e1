// useEditorCommands.ts: the editor's keys and clipboard. Undo and redo go to the document store
// (the one history for layout and text; Lexical keeps none), or, in Electron, are left to the
// application menu, which sends them as commands. Style keys (shortcuts.ts) restyle the
// selection as one undo step; paste runs through paste.ts and reports what it repaired.
import { mergeRegister } from '@lexical/utils';
import {
  $addUpdateTag,
  COMMAND_PRIORITY_HIGH,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
  PASTE_COMMAND,
  PASTE_TAG,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { useEffect, useRef } from 'react';
import type { NormalisedPaste } from '../../shared/import';
import type { CharacterStyle } from '../../shared/model';
import { markEditStart } from '../canvas';
import { currentEdition, type EditorStore } from '../state';
import type { HtmlNode } from './htmlParagraphs';
import { $pasteText } from './paste';
import { type StoryShortcut, storyShortcut } from './shortcuts';
import { $setParagraphStyle, $toggleCharStyle } from './styleCommands';
import { STYLE_TAG } from './useStorySync';

export interface EditorCommandOptions {
  readonly store: EditorStore;
  /** Electron: the application menu owns undo and redo. */
  readonly menuOwnsCommands: boolean;
  readonly mac: boolean;
  readonly onPasted: (result: NormalisedPaste) => void;
  readonly onFind: (replace: boolean) => void;
}

const parseHtml = (html: string): HtmlNode => new DOMParser().parseFromString(html, 'text/html');

/** Applies a style shortcut to the selection as one update (one undo step). */
export function applyStyleShortcut(editor: LexicalEditor, shortcut: Extract<StoryShortcut, { kind: 'paragraphStyle' | 'charStyle' }>, characterStyles: readonly CharacterStyle[]): void {
  editor.update(
    () => {
      if (shortcut.kind === 'paragraphStyle') $setParagraphStyle(shortcut.styleId);
      else $toggleCharStyle(shortcut.styleId, characterStyles);
    },
    { tag: STYLE_TAG },
  );
}

export function useEditorCommands(editor: LexicalEditor, options: EditorCommandOptions): void {
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    // Store changes made from inside a Lexical command would nest in its update; a microtask
    // runs them just after it, still within the keystroke.
    const later = (run: (o: EditorCommandOptions) => void): boolean => {
      queueMicrotask(() => run(latest.current));
      return true;
    };
    const onBeforeInput = (): void => markEditStart();
    const offRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('beforeinput', onBeforeInput, true);
      root?.addEventListener('beforeinput', onBeforeInput, true);
    });
    return mergeRegister(
      offRoot,
      editor.registerCommand(UNDO_COMMAND, () => later((o) => !o.menuOwnsCommands && o.store.undo()), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(REDO_COMMAND, () => later((o) => !o.menuOwnsCommands && o.store.redo()), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const shortcut = storyShortcut(event, latest.current.mac);
          if (!shortcut) return false;
          event.preventDefault();
          if (shortcut.kind === 'find') return later((o) => o.onFind(shortcut.replace));
          applyStyleShortcut(editor, shortcut, currentEdition(latest.current.store.getState())?.styles.character ?? []);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data) return false;
          event.preventDefault();
          markEditStart();
          $addUpdateTag(PASTE_TAG);
          const result = $pasteText({ html: data.getData('text/html'), plain: data.getData('text/plain') }, parseHtml);
          if (result) later((o) => o.onPasted(result));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor]);
}
