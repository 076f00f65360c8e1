// support.ts: a headless story editor (no DOM), built as the app builds its editor.
import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { $lexicalToParagraphs, $storyToLexical } from '../../../../src/renderer/story-editor/convert';
import { registerStoryNodes, storyEditorConfig } from '../../../../src/renderer/story-editor/editorSetup';
import type { Paragraph } from '../../../../src/shared/model';

export interface TestEditor {
  readonly editor: LexicalEditor;
  /** Runs `fn` as one discrete update. */
  update(fn: () => void): void;
  read<T>(fn: () => T): T;
  paragraphs(): Paragraph[];
  dispose(): void;
}

export function headlessStoryEditor(paragraphs: readonly Paragraph[] = []): TestEditor {
  const editor = createHeadlessEditor(
    storyEditorConfig((error) => {
      throw error;
    }),
  );
  let n = 0;
  const dispose = registerStoryNodes(editor, () => `new-${++n}`);
  const update = (fn: () => void): void => editor.update(fn, { discrete: true });
  update(() => $storyToLexical(paragraphs));
  return {
    editor,
    update,
    read: (fn) => editor.getEditorState().read(fn),
    paragraphs: () => editor.getEditorState().read($lexicalToParagraphs),
    dispose,
  };
}
