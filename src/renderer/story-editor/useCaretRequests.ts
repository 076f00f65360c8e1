// useCaretRequests.ts: the page asks for the caret (a click on composed text, a find result);
// the editor selects that place, scrolls it into view and, for a double click, takes the focus.
// Without the focus the DOM selection is left alone, so the keyboard stays with the page.
import { $getState, $getRoot, type LexicalEditor, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useEffect } from 'react';
import { paragraphIdState } from './nodeStates';
import { $selectSourceRange } from './sourcePoints';
import type { CaretRequest } from './textFocus';
import { CARET_TAG } from './useStorySync';

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
    if (key !== null) editor.getElementByKey(key)?.scrollIntoView({ block: 'nearest' });
  }, [editor, request, storyShown]);
}
