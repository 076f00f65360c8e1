// sourcePoints.ts: Lexical selection points ↔ places in the story model (a paragraph id and a
// UTF-16 offset into its plain text), the same coordinates the composed page carries in its
// runs' source ranges. So a click on the page can put the caret at that character, and the
// editor's selection can be shown on the page.
import { $createRangeSelection, $getRoot, $getSelection, $getState, $isElementNode, $isLineBreakNode, $isRangeSelection, $isTextNode, $setSelection, type ElementNode, type LexicalNode, type PointType } from 'lexical';
import { paragraphIdState } from './nodeStates';

export interface SourcePoint {
  readonly paragraphId: string;
  readonly offset: number;
}

/** A selected stretch of one paragraph, end exclusive (start === end for a caret). */
export interface SourceSpan {
  readonly paragraphId: string;
  readonly start: number;
  readonly end: number;
}

/** Characters a leaf adds to its paragraph's plain text (a line break is '\n'). */
function leafSize(node: LexicalNode): number {
  if ($isTextNode(node)) return node.getTextContentSize();
  return $isLineBreakNode(node) ? 1 : node.getTextContentSize();
}

/** The top-level paragraph a node sits in (the node itself when it is one). */
export function blockOf(node: LexicalNode): ElementNode | null {
  const top = node.getTopLevelElement();
  return $isElementNode(top) ? top : null;
}

/** Offset in the block's text of the place `point` names. */
export function offsetIn(block: ElementNode, point: PointType): number {
  const target = point.getNode();
  let count = 0;
  let found: number | null = null;
  const walk = (element: ElementNode): void => {
    const children = element.getChildren();
    for (let i = 0; i <= children.length && found === null; i++) {
      if (point.type === 'element' && element.is(target) && point.offset === i) {
        found = count;
        return;
      }
      const child = children[i];
      if (!child) break;
      if (point.type === 'text' && child.is(target)) {
        found = count + point.offset;
        return;
      }
      if ($isElementNode(child)) walk(child);
      else count += leafSize(child);
    }
  };
  walk(block);
  return found ?? count;
}

export function $pointToSource(point: PointType): SourcePoint | null {
  const node = point.getNode();
  if (node.is($getRoot())) {
    // A point between blocks: the start of the block after it, or the end of the last one.
    const children = $getRoot().getChildren();
    const after = children[point.offset];
    const block = after ?? children[children.length - 1];
    if (!block) return null;
    return { paragraphId: $getState(block, paragraphIdState), offset: after ? 0 : block.getTextContentSize() };
  }
  const block = blockOf(node);
  if (!block) return null;
  return { paragraphId: $getState(block, paragraphIdState), offset: offsetIn(block, point) };
}

/** The selection as spans, one per paragraph it touches, in story order; [] without a range selection. */
export function $selectionSpans(): SourceSpan[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const a = $pointToSource(selection.anchor);
  const b = $pointToSource(selection.focus);
  if (!a || !b) return [];
  const blocks = $getRoot().getChildren();
  const index = (id: string): number => blocks.findIndex((block) => $getState(block, paragraphIdState) === id);
  const [first, last] = index(a.paragraphId) < index(b.paragraphId) || (a.paragraphId === b.paragraphId && a.offset <= b.offset) ? [a, b] : [b, a];
  const from = index(first.paragraphId);
  const to = index(last.paragraphId);
  if (from < 0 || to < 0) return [];
  const spans: SourceSpan[] = [];
  for (let i = from; i <= to; i++) {
    const block = blocks[i];
    if (!block) continue;
    const paragraphId = $getState(block, paragraphIdState);
    spans.push({ paragraphId, start: i === from ? first.offset : 0, end: i === to ? last.offset : block.getTextContentSize() });
  }
  return spans;
}

/** The Lexical point at `offset` in `block`: inside a text node where there is one. */
function pointAt(block: ElementNode, offset: number): { key: string; offset: number; type: 'text' | 'element' } {
  let count = 0;
  let last: { key: string; offset: number; type: 'text' | 'element' } = { key: block.getKey(), offset: 0, type: 'element' };
  const walk = (element: ElementNode): { key: string; offset: number; type: 'text' | 'element' } | null => {
    for (const child of element.getChildren()) {
      if ($isElementNode(child)) {
        const inner = walk(child);
        if (inner) return inner;
        continue;
      }
      const size = leafSize(child);
      if ($isTextNode(child)) {
        if (offset <= count + size) return { key: child.getKey(), offset: offset - count, type: 'text' };
        last = { key: child.getKey(), offset: size, type: 'text' };
      } else if (offset <= count) {
        return { key: element.getKey(), offset: child.getIndexWithinParent(), type: 'element' };
      }
      count += size;
    }
    return null;
  };
  return walk(block) ?? (last.type === 'element' ? { key: block.getKey(), offset: block.getChildrenSize(), type: 'element' } : last);
}

function $blockWithId(paragraphId: string): ElementNode | null {
  const block = $getRoot()
    .getChildren()
    .find((b) => $getState(b, paragraphIdState) === paragraphId);
  return $isElementNode(block) ? block : null;
}

function $pointFor(place: SourcePoint): { key: string; offset: number; type: 'text' | 'element' } | null {
  const block = $blockWithId(place.paragraphId);
  if (!block) return null;
  return pointAt(block, Math.max(0, Math.min(block.getTextContentSize(), place.offset)));
}

/** Selects from `anchor` to `focus` (a caret when they are the same place); false if a paragraph is missing. */
export function $selectSourceRange(anchor: SourcePoint, focus: SourcePoint): boolean {
  const a = $pointFor(anchor);
  const f = $pointFor(focus);
  if (!a || !f) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(a.key, a.offset, a.type);
  selection.focus.set(f.key, f.offset, f.type);
  $setSelection(selection);
  return true;
}

/** Selects `start`–`end` of the paragraph with this id (a caret when they are equal); false if there is none. */
export function $selectSource(paragraphId: string, start: number, end = start): boolean {
  return $selectSourceRange({ paragraphId, offset: start }, { paragraphId, offset: end });
}
