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
import { ParagraphStyleIds } from '../../shared/model';
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

/**
 * Applies a character style to the selected text, or takes it off when all of it has it already.
 * A run has one character style, so applying one replaces another (bold replaces emphasis).
 */
export function $toggleCharStyle(styleId: string): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return;
  const texts = selection.getNodes().filter($isTextNode);
  const all = texts.length > 0 && texts.every((node) => $getState(node, charStyleState) === styleId);
  $forEachSelectedTextNode((node) => {
    $setState(node, charStyleState, all ? '' : styleId);
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
