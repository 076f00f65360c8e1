// editorSetup.ts: a Lexical editor for stories. The nodes are Lexical's own paragraphs and text
// plus @lexical/mark's MarkNode; what the model adds (ids, styles) is node state. This module
// registers the behaviour that keeps the editor's content expressible in the story model:
//   - every paragraph has an id, unique in the story (new ones get one, copies get a new one);
//   - Enter splits paragraphs as staff expect (styleCommands.ts), Shift+Enter does the same
//     (stories have no soft line breaks), and Lexical's format bits are never set: Mod+B is the
//     bold character style, italic and underline do not exist here;
//   - dropping foreign content into the text is refused (paste, which is normalised, is the way in).
// It needs no DOM, so the specs drive it in a headless editor.
import { MarkNode } from '@lexical/mark';
import {
  $getState,
  $setState,
  COMMAND_PRIORITY_HIGH,
  type CreateEditorArgs,
  DROP_COMMAND,
  type EditorThemeClasses,
  FORMAT_TEXT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  type LexicalEditor,
  ParagraphNode,
} from 'lexical';
import { type CharacterStyle, CharacterStyleIds } from '../../shared/model';
import { paragraphIdState } from './nodeStates';
import { $splitParagraph, $toggleCharStyle } from './styleCommands';

export const STORY_EDITOR_NAMESPACE = 'galley-story';

const THEME: EditorThemeClasses = {
  paragraph: 'se-paragraph',
  mark: 'se-mark',
  markOverlap: 'se-mark-overlap',
};

export function storyEditorConfig(onError: (error: Error) => void): CreateEditorArgs {
  return { namespace: STORY_EDITOR_NAMESPACE, nodes: [MarkNode], theme: THEME, onError };
}

/** Makes a fresh paragraph id (crypto.randomUUID in the app, a counter in specs). */
export type NewParagraphId = () => string;

/** Registers the story rules above; returns the function that removes them. */
export function registerStoryNodes(editor: LexicalEditor, newId: NewParagraphId, characterStyles: () => readonly CharacterStyle[] = () => []): () => void {
  const removers = [
    editor.registerNodeTransform(ParagraphNode, (node) => {
      const id = $getState(node, paragraphIdState);
      // An earlier paragraph with the same id means this one is a copy: the original keeps it.
      const copy = id !== '' && node.getPreviousSiblings().some((other) => $getState(other, paragraphIdState) === id);
      if (id === '' || copy) $setState(node, paragraphIdState, newId());
    }),
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => $splitParagraph(), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(INSERT_LINE_BREAK_COMMAND, () => $splitParagraph(), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(
      FORMAT_TEXT_COMMAND,
      (format) => {
        if (format === 'bold') $toggleCharStyle(CharacterStyleIds.bold, characterStyles());
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      DROP_COMMAND,
      (event) => {
        event.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}
