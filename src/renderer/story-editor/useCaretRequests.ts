// useCaretRequests.ts: the page asks for the caret (a click on composed text, a find result);
// the editor selects that place, scrolls it into view and, for a double click, takes the focus.
// Without the focus the DOM selection is left alone, so the keyboard stays with the page (or the
// find field): the selected text is then drawn as a highlight (the CSS Custom Highlight API,
// `::highlight(galley-caret-request)` in storyEditor.css) until the editor takes the focus or the
// next request comes, since an unfocused editor shows no selection at all.
import { createDOMRange } from '@lexical/selection';
import { $getRoot, $getSelection, $getState, $isRangeSelection, type LexicalEditor, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useEffect } from 'react';
import { paragraphIdState } from './nodeStates';
import { $selectSourceRange } from './sourcePoints';
import type { CaretRequest } from './textFocus';
import { CARET_TAG } from './useStorySync';

/** The highlight's name, for the style sheet and the specs. */
export const REQUEST_HIGHLIGHT = 'galley-caret-request';

export function useCaretRequests(editor: LexicalEditor, request: CaretRequest | null, storyShown: string | null): void {
  useEffect(() => {
    if (!request || request.storyId !== storyShown) return;
    let key: string | null = null;
    if (request.focus) editor.getRootElement()?.focus({ preventScroll: true });
    editor.update(
      () => {
        $selectSourceRange({ paragraphId: request.paragraphId, offset: request.start }, { paragraphId: request.paragraphId, offset: request.end });
        key = $getRoot().getChildren().find((b) => $getState(b, paragraphIdState) === request.paragraphId)?.getKey() ?? null;
      },
      { tag: request.focus ? [CARET_TAG] : [CARET_TAG, SKIP_DOM_SELECTION_TAG], discrete: true },
    );
    const range = request.focus ? null : selectedRange(editor);
    if (range) return showRange(editor, range);
    if (key !== null) editor.getElementByKey(key)?.scrollIntoView({ block: 'nearest' });
    return undefined;
  }, [editor, request, storyShown]);
}

/** The editor's selection as a DOM range, when it selects something. */
function selectedRange(editor: LexicalEditor): Range | null {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
    return createDOMRange(editor, selection.anchor.getNode(), selection.anchor.offset, selection.focus.getNode(), selection.focus.offset);
  });
}

/**
 * Scrolls `range` into the middle third of the editor's scroller (a long paragraph scrolled to
 * its nearest edge left the match out of view) and highlights it. Returns the cleanup.
 */
function showRange(editor: LexicalEditor, range: Range): () => void {
  const root = editor.getRootElement();
  const scroller = root?.closest<HTMLElement>('.story-editor-galley') ?? null;
  if (scroller) {
    const box = range.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    if (box.top < view.top || box.bottom > view.bottom) scroller.scrollTop += box.top - view.top - view.height / 3;
  }
  // Not in every engine (nor in the specs' DOM shim): the scroll alone then shows where it is.
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return () => {};
  CSS.highlights.set(REQUEST_HIGHLIGHT, new Highlight(range));
  const clear = (): void => {
    CSS.highlights.delete(REQUEST_HIGHLIGHT);
  };
  // Once the editor has the focus it shows its own selection, and typing moves the text on.
  root?.addEventListener('focus', clear, { once: true });
  return () => {
    root?.removeEventListener('focus', clear);
    clear();
  };
}
