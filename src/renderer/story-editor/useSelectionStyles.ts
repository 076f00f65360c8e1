// useSelectionStyles.ts: the styles at the editor's selection, for the style controls.
import type { LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { $selectionStyles, type SelectionStyles } from './styleCommands';

export function useSelectionStyles(editor: LexicalEditor): SelectionStyles {
  const [styles, setStyles] = useState<SelectionStyles>({ selected: false, paragraph: null, char: null });
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read($selectionStyles);
        setStyles((s) => (s.selected === next.selected && s.paragraph === next.paragraph && s.char === next.char ? s : next));
      }),
    [editor],
  );
  return styles;
}
