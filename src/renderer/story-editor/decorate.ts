// decorate.ts: shows the model's styles in the editor. Lexical draws paragraphs and text without
// knowing our node state, so mutation listeners copy it onto the DOM as data attributes, which
// storyEditor.css styles: the paragraph style's name in the galley's style column (as InCopy's
// galley view shows it) and its size class, and a character style's weight and emphasis dots.
import { $getNodeByKey, $getState, type LexicalEditor, type NodeKey, type NodeMutation, ParagraphNode, TextNode } from 'lexical';
import { ParagraphStyleIds, type Styles } from '../../shared/model';
import { charStyleState, paragraphStyleState } from './nodeStates';

/** Paragraph styles shown large in the galley (headings); the rest read as text. */
const DISPLAY = new Set<string>([ParagraphStyleIds.kicker, ParagraphStyleIds.headline, ParagraphStyleIds.subhead]);

/**
 * Sets a data attribute only when it changes: Lexical reports the typed-in text node as mutated
 * on every keystroke, and writing the same value again still makes the browser restyle it.
 */
function setData(element: HTMLElement, attribute: `data-${string}`, value: string | null): void {
  if (element.getAttribute(attribute) === value) return;
  if (value === null) element.removeAttribute(attribute);
  else element.setAttribute(attribute, value);
}

export function registerDecoration(editor: LexicalEditor, styles: () => Styles): () => void {
  const each = (mutations: Map<NodeKey, NodeMutation>, paint: (key: NodeKey, element: HTMLElement) => void): void => {
    editor.getEditorState().read(() => {
      for (const [key, mutation] of mutations) {
        if (mutation === 'destroyed') continue;
        const element = editor.getElementByKey(key);
        if (element) paint(key, element);
      }
    });
  };
  const offParagraphs = editor.registerMutationListener(ParagraphNode, (mutations) =>
    each(mutations, (key, element) => {
      const node = $getNodeByKey(key);
      if (!node) return;
      const id = $getState(node, paragraphStyleState) || ParagraphStyleIds.body;
      const style = styles().paragraph.find((s) => s.id === id);
      setData(element, 'data-style', id);
      setData(element, 'data-style-name', style?.name ?? id);
      setData(element, 'data-display', DISPLAY.has(id) ? 'heading' : style?.weight === 'bold' ? 'bold' : 'text');
    }),
  );
  const offText = editor.registerMutationListener(TextNode, (mutations) =>
    each(mutations, (key, element) => {
      const node = $getNodeByKey(key);
      if (!node) return;
      const id = $getState(node, charStyleState);
      const style = id === '' ? undefined : styles().character.find((s) => s.id === id);
      setData(element, 'data-char-style', id === '' ? null : id);
      setData(element, 'data-weight', style?.weight ?? '');
      setData(element, 'data-dots', style?.emphasisDots ? 'true' : '');
    }),
  );
  return () => {
    offParagraphs();
    offText();
  };
}
