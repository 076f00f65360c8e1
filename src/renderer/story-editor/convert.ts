// convert.ts: the one converter pair between the story model and Lexical state.
//
//   model → Lexical  $storyToLexical(paragraphs): a ParagraphNode per paragraph (id and style as
//                    node state), a TextNode per run (character style as node state), and runs
//                    carrying marks wrapped in a MarkNode with those ids (the proofing issue
//                    anchors its marks on them), consecutive runs with the same marks in one.
//   Lexical → model  $lexicalToParagraphs(): the reverse, read from the root.
//
// Lossless up to the model's normal form (normaliseParagraphs): runs with equal character style
// and marks are one run, and empty runs are none, since Lexical merges and drops such text nodes
// itself. For paragraphs in normal form the pair is the identity; the specs hold it to that for
// every paragraph style, character style and mark.
import { $createMarkNode, $isMarkNode, type MarkNode } from '@lexical/mark';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getState,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  $setState,
  type ElementNode,
  type LexicalNode,
  type ParagraphNode,
} from 'lexical';
import { type Paragraph, ParagraphStyleIds, type Run } from '../../shared/model';
import { charStyleState, paragraphIdState, paragraphStyleState } from './nodeStates';

const sameMarks = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);

/** Runs in normal form: no empty runs, no two neighbours with the same style and marks. */
export function normaliseRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.charStyle === run.charStyle && sameMarks(last.marks, run.marks)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push(run);
  }
  return out;
}

/** Paragraphs in normal form; a paragraph already normal is returned as the same object. */
export function normaliseParagraphs(paragraphs: readonly Paragraph[]): Paragraph[] {
  return paragraphs.map((p) => {
    const runs = normaliseRuns(p.runs);
    return runs.length === p.runs.length && runs.every((r, i) => r === p.runs[i]) ? p : { ...p, runs };
  });
}

/** Replaces the root's content with `paragraphs`. An empty story gets one empty body paragraph to type in. */
export function $storyToLexical(paragraphs: readonly Paragraph[]): void {
  const root = $getRoot();
  root.clear();
  if (paragraphs.length === 0) {
    root.append($createParagraphNode());
    return;
  }
  for (const paragraph of paragraphs) root.append($paragraphToLexical(paragraph));
}

export function $paragraphToLexical(paragraph: Paragraph): ParagraphNode {
  const node = $createParagraphNode();
  $setState(node, paragraphIdState, paragraph.id);
  $setState(node, paragraphStyleState, paragraph.style);
  let mark: MarkNode | null = null;
  for (const run of normaliseRuns(paragraph.runs)) {
    const pieces = $runToLexical(run);
    if (run.marks.length === 0) {
      mark = null;
      node.append(...pieces);
      continue;
    }
    if (!mark || !sameMarks(mark.getIDs(), run.marks)) {
      mark = $createMarkNode(run.marks);
      node.append(mark);
    }
    mark.append(...pieces);
  }
  return node;
}

/** A run's text nodes; a line break inside the text (rare in stories) becomes a LineBreakNode. */
function $runToLexical(run: Run): LexicalNode[] {
  const out: LexicalNode[] = [];
  const styled = <T extends LexicalNode>(node: T): T => (run.charStyle === null ? node : $setState(node, charStyleState, run.charStyle));
  run.text.split('\n').forEach((piece, i) => {
    if (i > 0) out.push(styled($createLineBreakNode()));
    if (piece !== '') out.push(styled($createTextNode(piece)));
  });
  return out;
}

/** The root's content as model paragraphs, in normal form. */
export function $lexicalToParagraphs(): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of $getRoot().getChildren()) {
    const runs: Run[] = [];
    if ($isElementNode(block)) $collectRuns(block, [], runs);
    else runs.push({ text: block.getTextContent(), charStyle: null, marks: [] });
    out.push({
      id: $getState(block, paragraphIdState),
      style: $getState(block, paragraphStyleState) || ParagraphStyleIds.body,
      runs: normaliseRuns(runs),
    });
  }
  return out;
}

function $collectRuns(element: ElementNode, marks: readonly string[], out: Run[]): void {
  for (const child of element.getChildren()) {
    if ($isMarkNode(child)) {
      // Marks nest only if something wraps a marked range again; the run carries both sets.
      $collectRuns(child, [...marks, ...child.getIDs().filter((id) => !marks.includes(id))], out);
    } else if ($isTextNode(child) || $isLineBreakNode(child)) {
      const style = $getState(child, charStyleState);
      out.push({ text: $isTextNode(child) ? child.getTextContent() : '\n', charStyle: style === '' ? null : style, marks: [...marks] });
    } else if ($isElementNode(child)) {
      $collectRuns(child, marks, out);
    } else {
      out.push({ text: child.getTextContent(), charStyle: null, marks: [...marks] });
    }
  }
}
