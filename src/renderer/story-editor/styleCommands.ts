// styleCommands.ts: paragraph and character styles applied to the Lexical selection, and what
// the selection currently has (for the style menu). Styles live in node state (nodeStates.ts).
import { $forEachSelectedTextNode } from '@lexical/selection';
import {
  $createParagraphNode,
  $getSelection,
  $getState,
  $isRangeSelection,
  $isTextNode,
  $setState,
  type ElementNode,
} from 'lexical';
import { type CharacterStyle, ParagraphStyleIds } from '../../shared/model';
import { charStyleState, paragraphStyleState } from './nodeStates';
import { blockOf, offsetIn } from './sourcePoints';

/** Styles whose paragraphs run on: Enter at the end of one starts another of the same style. */
const CONTINUING = new Set<string>([ParagraphStyleIds.body, ParagraphStyleIds.caption, ParagraphStyleIds.promo]);

function $selectedBlocks(): ElementNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const blocks = new Map<string, ElementNode>();
  for (const node of [selection.anchor.getNode(), ...selection.getNodes(), selection.focus.getNode()]) {
    const block = blockOf(node);
    if (block) blocks.set(block.getKey(), block);
  }
  return [...blocks.values()];
}

/** Gives every paragraph the selection touches this paragraph style. */
export function $setParagraphStyle(styleId: string): void {
  for (const block of $selectedBlocks()) $setState(block, paragraphStyleState, styleId);
}

/** What a character style does that a toggle turns on or off: the bold weight, emphasis dots. */
interface Facets {
  readonly bold: boolean;
  readonly dots: boolean;
}

function facetsOf(styles: readonly CharacterStyle[], styleId: string): Facets {
  const style = styles.find((s) => s.id === styleId);
  return { bold: style?.weight === 'bold', dots: style?.emphasisDots === true };
}

/** The style that does exactly `facets` ('' for none), or null when the edition has none. */
function styleWith(styles: readonly CharacterStyle[], facets: Facets): string | null {
  if (!facets.bold && !facets.dots) return '';
  return styles.find((s) => (s.weight === 'bold') === facets.bold && s.emphasisDots === facets.dots)?.id ?? null;
}

/** Whether text in `styleId` has everything `of` does (bold text in 粗体着重 is bold). */
export function hasCharStyle(styles: readonly CharacterStyle[], styleId: string | null, of: string): boolean {
  if (styleId === null) return false;
  if (styleId === of) return true;
  const want = facetsOf(styles, of);
  // Neither bold nor dotted (or unknown): only the style itself has it.
  const have = facetsOf(styles, styleId);
  return (want.bold || want.dots) && (!want.bold || have.bold) && (!want.dots || have.dots);
}

/**
 * Applies a character style to the selected text, or takes it off when all of it has it already.
 * A run has one character style; with the edition's `styles` a toggle adds or takes off only what
 * the style does, so emphasis dots on bold text give the style that does both (粗体着重) where
 * the edition has one. Without such a style, applying one replaces another.
 */
export function $toggleCharStyle(styleId: string, styles: readonly CharacterStyle[] = []): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return;
  const texts = selection.getNodes().filter($isTextNode);
  const all = texts.length > 0 && texts.every((node) => hasCharStyle(styles, $getState(node, charStyleState), styleId));
  const target = facetsOf(styles, styleId);
  if (!target.bold && !target.dots) {
    // A style that is neither bold nor dotted (or one the edition lacks): on or off as it is.
    $forEachSelectedTextNode((node) => $setState(node, charStyleState, all ? '' : styleId));
    return;
  }
  $forEachSelectedTextNode((node) => {
    const have = facetsOf(styles, $getState(node, charStyleState));
    const next = all ? { bold: have.bold && !target.bold, dots: have.dots && !target.dots } : { bold: have.bold || target.bold, dots: have.dots || target.dots };
    $setState(node, charStyleState, styleWith(styles, next) ?? (all ? '' : styleId));
  });
}

export interface SelectionStyles {
  /** Whether the editor has a selection at all (no style applies without one). */
  readonly selected: boolean;
  /** The paragraph style of every selected paragraph, or null when they differ (or nothing is selected). */
  readonly paragraph: string | null;
  /** The character style of all selected text ('' none), or null when it differs. */
  readonly char: string | null;
}

export function $selectionStyles(): SelectionStyles {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { selected: false, paragraph: null, char: null };
  const paragraphs = new Set($selectedBlocks().map((b) => $getState(b, paragraphStyleState) || ParagraphStyleIds.body));
  const texts = selection.isCollapsed() ? [selection.anchor.getNode()].filter($isTextNode) : selection.getNodes().filter($isTextNode);
  const chars = new Set(texts.map((t) => $getState(t, charStyleState)));
  return { selected: true, paragraph: paragraphs.size === 1 ? ([...paragraphs][0] ?? null) : null, char: chars.size <= 1 ? ([...chars][0] ?? '') : null };
}

/**
 * Enter: splits the paragraph at the caret. The text after the caret goes to a new paragraph of
 * the same style; Enter at the end of a heading (主题, 署名 …) starts body text. Enter at the very
 * start of a paragraph puts an empty one above it instead, so the text keeps its paragraph (and
 * the paragraph its id, which import notes and proof marks point at). `keepStyle` gives the new
 * paragraph the same style in every case (paste).
 */
export function $splitParagraph(keepStyle = false): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (!selection.isCollapsed()) selection.removeText();
  const block = blockOf(selection.anchor.getNode());
  if (!block) return false;
  const style = $getState(block, paragraphStyleState) || ParagraphStyleIds.body;
  const offset = offsetIn(block, selection.anchor);
  const size = block.getTextContentSize();
  if (offset === 0 && size > 0) {
    const above = $createParagraphNode();
    $setState(above, paragraphStyleState, style);
    block.insertBefore(above);
    return true;
  }
  const created = selection.insertParagraph();
  if (created) $setState(created, paragraphStyleState, offset >= size && !keepStyle && !CONTINUING.has(style) ? ParagraphStyleIds.body : style);
  return true;
}
