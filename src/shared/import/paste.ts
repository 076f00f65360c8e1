// paste.ts: text pasted into the story editor → paragraphs, repaired as an import repairs them
// (repair.ts), with the same notes. What arrives is plain paragraph text: the renderer has already
// dropped the source's styling (Word's, a web page's); this decides the paragraphs and repairs them.
import type { ImportNote } from '../model';
import { blocksOf, type DraftParagraph, draftParagraph, isBlank, splitLines } from './blocks';
import { repairParagraphs } from './repair';

/** One repair or flag, located in the pasted text (not yet in a story). */
export interface PasteNote {
  readonly kind: ImportNote['kind'];
  readonly repaired: boolean;
  /** 0-based index into the returned paragraphs. */
  readonly paragraphIndex: number;
  /** UTF-16 offset in that paragraph, after repair. */
  readonly offset: number;
  /** 1-based line of the pasted text (for HTML: the paragraph's number in the source). */
  readonly sourceLine: number;
  readonly before: string;
  readonly after: string;
  readonly message: string;
  readonly messageEn: string;
}

export interface NormalisedPaste {
  readonly paragraphs: readonly string[];
  readonly notes: readonly PasteNote[];
}

/**
 * Plain text → draft paragraphs. Text with blank lines is read as an import reads a file (blank
 * lines separate paragraphs, a hard-wrapped paragraph is joined); text without any is one
 * paragraph per line, as Word and most web pages put paragraphs on the clipboard.
 */
export function draftsFromPlainText(text: string): DraftParagraph[] {
  const lines = splitLines(text);
  // Blank lines before the first paragraph or after the last say nothing about the layout.
  const first = lines.findIndex((line) => !isBlank(line));
  const last = lines.findLastIndex((line) => !isBlank(line));
  const inner = first < 0 ? [] : lines.slice(first, last + 1);
  const blocks = inner.some(isBlank) ? blocksOf(inner) : inner.map((line) => [line]);
  return blocks.map((block) => draftParagraph(block, '')).filter((p) => p.text !== '');
}

/** Paragraph texts already split by the source (HTML blocks) → draft paragraphs, one "line" each. */
export function draftsFromParagraphs(texts: readonly string[]): DraftParagraph[] {
  return texts.map((text, i) => draftParagraph([{ text, line: i + 1 }], '')).filter((p) => p.text !== '');
}

/**
 * Repairs pasted paragraphs. `body` says whether they go into body text (正文), where split
 * paragraphs are rejoined as on import; headlines and captions are never joined.
 */
export function normalisePaste(drafts: DraftParagraph[], body: boolean): NormalisedPaste {
  const pending = repairParagraphs(drafts, () => body);
  const notes = pending.map(
    (p): PasteNote => ({
      kind: p.kind,
      repaired: p.repaired,
      paragraphIndex: drafts.indexOf(p.paragraph),
      offset: p.offset,
      sourceLine: p.sourceLine,
      before: p.before,
      after: p.after,
      message: p.message,
      messageEn: p.messageEn,
    }),
  );
  return { paragraphs: drafts.map((d) => d.text), notes };
}
