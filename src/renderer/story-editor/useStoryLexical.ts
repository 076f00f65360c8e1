// useStoryLexical.ts: one Lexical editor for the panel's lifetime, bound to the element React
// renders (a small binding of our own rather than @lexical/react, which would bring a second
// undo stack and plugins we do not use). Rich text, the story rules (editorSetup.ts) and the
// style decoration (decorate.ts) are registered once.
import { registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { createEditor, type LexicalEditor } from 'lexical';
import { type RefCallback, useCallback, useEffect, useMemo, useRef } from 'react';
import type { Styles } from '../../shared/model';
import { registerDecoration } from './decorate';
import { registerStoryNodes, storyEditorConfig } from './editorSetup';

/** Paragraph ids made in the editor: random, so two windows never hand out the same one. */
export function newParagraphId(): string {
  return `paragraph-${crypto.randomUUID().replace(/-/gu, '').slice(0, 12)}`;
}

export function useStoryLexical(styles: Styles): { editor: LexicalEditor; rootRef: RefCallback<HTMLElement> } {
  const stylesRef = useRef(styles);
  stylesRef.current = styles;
  const editor = useMemo(
    () =>
      createEditor(
        storyEditorConfig((error) => {
          // Lexical reports its own invariant failures here; the story model is unaffected.
          console.error('story editor:', error);
        }),
      ),
    [],
  );
  useEffect(
    () => mergeRegister(registerRichText(editor), registerStoryNodes(editor, newParagraphId, () => stylesRef.current.character), registerDecoration(editor, () => stylesRef.current)),
    [editor],
  );
  const rootRef = useCallback((element: HTMLElement | null) => editor.setRootElement(element), [editor]);
  return { editor, rootRef };
}
