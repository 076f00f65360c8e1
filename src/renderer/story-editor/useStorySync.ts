// useStorySync.ts: keeps the editor and the document store in step for the open story.
//
//   editor → store  every content change becomes store.applyOps([updateStory {paragraphs}]), so
//                   the page recomposes as the user types. Keystrokes of one burst share a
//                   coalesce key and undo as one step; a paragraph break, a selection jump, a
//                   style change or a paste starts a new step (the store ends bursts on a pause).
//   store → editor  when the story changes otherwise (undo, redo, replace all, another panel),
//                   the editor shows the new text with the caret at the end of the change.
//
// Updates the sync makes itself carry SYNC_TAG, so they are never sent back.
import { COMMAND_PRIORITY_CRITICAL, KEY_DOWN_COMMAND, type LexicalEditor, PASTE_TAG, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useEffect } from 'react';
import type { Paragraph } from '../../shared/model';
import { currentEdition, type EditorStore } from '../state';
import { $lexicalToParagraphs, $storyToLexical } from './convert';
import { changedPlace, keepUnchanged, sameParagraphs } from './diffPlace';
import { $selectionSpans, $selectSourceRange } from './sourcePoints';
import type { TextFocus } from './textFocus';

export const SYNC_TAG = 'galley-sync';
/** A style command: its own undo step, never joined to typing. */
export const STYLE_TAG = 'galley-style';
/** The caret put somewhere from outside (a click on the page, a find result): a selection jump. */
export const CARET_TAG = 'galley-caret';

function hasFocus(editor: LexicalEditor): boolean {
  const root = editor.getRootElement();
  return root !== null && root.contains(document.activeElement);
}

export function useStorySync(editor: LexicalEditor, store: EditorStore, storyId: string | null, focus: TextFocus): void {
  useEffect(() => {
    const storyOf = () => (storyId === null ? null : (currentEdition(store.getState())?.stories.find((s) => s.id === storyId) ?? null));
    /** The paragraphs the editor shows, as the store holds them. */
    let shown: readonly Paragraph[] | null = null;
    let burst = 0;

    const show = (paragraphs: readonly Paragraph[], previous: readonly Paragraph[] | null): void => {
      const tags = hasFocus(editor) ? [SYNC_TAG] : [SYNC_TAG, SKIP_DOM_SELECTION_TAG];
      editor.update(
        () => {
          const place = previous ? changedPlace(previous, paragraphs) : null;
          $storyToLexical(paragraphs);
          if (place) $selectSourceRange(place, place);
        },
        { tag: tags, discrete: true },
      );
      shown = paragraphs;
      burst++;
    };

    if (storyId === null) {
      editor.update(() => $storyToLexical([]), { tag: [SYNC_TAG, SKIP_DOM_SELECTION_TAG], discrete: true });
    } else {
      const story = storyOf();
      if (story) show(story.paragraphs, null);
    }

    const offStore = store.subscribe(() => {
      const story = storyOf();
      if (!story || shown === null || story.paragraphs === shown) return;
      if (sameParagraphs(story.paragraphs, shown)) shown = story.paragraphs;
      else show(story.paragraphs, shown);
    });

    const offEditor = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
      const spans = editorState.read($selectionSpans);
      if (storyId !== null) focus.select(spans.map((s) => ({ storyId, ...s })));
      // While an input method composes (pinyin not yet turned into 汉字), the text is not the
      // user's yet: it is sent when the composition ends.
      if (tags.has(SYNC_TAG) || storyId === null || editor.isComposing()) return;
      if (tags.has(CARET_TAG)) burst++;
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      const story = storyOf();
      if (!story) return;
      const paragraphs = keepUnchanged(editorState.read($lexicalToParagraphs), story.paragraphs);
      if (sameParagraphs(paragraphs, story.paragraphs)) return;
      const own = tags.has(PASTE_TAG) || tags.has(STYLE_TAG) || paragraphs.length !== story.paragraphs.length;
      if (own) burst++;
      shown = paragraphs;
      store.applyOps([{ type: 'updateStory', storyId, patch: { paragraphs } }], own ? {} : { coalesceKey: `${storyId}:${burst}` });
      if (own) burst++;
      const stored = storyOf()?.paragraphs;
      // Refused (read-only, an invalid edit): show the story as it really is.
      if (stored && !sameParagraphs(stored, paragraphs)) show(stored, paragraphs);
      else if (stored) shown = stored;
    });

    // A selection jump ends a burst: the caret moved by a navigation key or the pointer. (Selection
    // updates alone cannot tell: the browser reports the caret after every keystroke too.)
    const jump = (): void => {
      burst++;
    };
    const offKeys = editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (NAVIGATION_KEYS.has(event.key)) jump();
        return false;
      },
      COMMAND_PRIORITY_CRITICAL,
    );
    const offRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('pointerdown', jump);
      root?.addEventListener('pointerdown', jump);
    });

    return () => {
      offStore();
      offEditor();
      offKeys();
      offRoot();
    };
  }, [editor, store, storyId, focus]);
}

const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
