// blocks.ts: source text → lines → blocks (runs of non-blank lines) → draft paragraphs that
// remember which source line each stretch of their text came from, so every note can name it.
import { isCjkContext } from './cjk';

export interface SourceLine {
  readonly text: string;
  /** 1-based line number in the source file. */
  readonly line: number;
}

/** Where a stretch of a paragraph's text starts in the paragraph and in the source. */
export interface SourceSpan {
  readonly offset: number;
  readonly line: number;
}

/** A paragraph on its way into a Story: plain text, a style id and its source mapping. */
export interface DraftParagraph {
  text: string;
  style: string;
  /** Sorted by offset; the first starts at 0. */
  spans: SourceSpan[];
}

export function splitLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/u).map((t, i) => ({ text: t, line: i + 1 }));
}

/** Whitespace a line may start or end with, including the ideographic space (U+3000) used to indent. */
const EDGE_SPACE = /^[\s\u3000]+|[\s\u3000]+$/gu;

export function isBlank(line: SourceLine): boolean {
  return line.text.replace(EDGE_SPACE, '') === '';
}

/** Groups consecutive non-blank lines; blank lines separate paragraphs. */
export function blocksOf(lines: readonly SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/**
 * Joins a block's lines into one paragraph. Hard-wrapped Chinese joins with nothing between,
 * Latin with one space: a line break inside a paragraph is a soft wrap, not text.
 */
export function draftParagraph(lines: readonly SourceLine[], style: string, clean: (text: string) => string = (t) => t): DraftParagraph {
  let text = '';
  const spans: SourceSpan[] = [];
  for (const line of lines) {
    const piece = clean(line.text.replace(EDGE_SPACE, ''));
    if (piece === '') continue;
    if (text !== '' && !(isCjkContext(text.at(-1)) || isCjkContext(piece[0]))) text += ' ';
    spans.push({ offset: text.length, line: line.line });
    text += piece;
  }
  if (spans.length === 0) spans.push({ offset: 0, line: lines[0]?.line ?? 1 });
  return { text, style, spans };
}

/** The source line of the character at `offset` in a draft paragraph. */
export function lineAt(paragraph: DraftParagraph, offset: number): number {
  let line = paragraph.spans[0]?.line ?? 1;
  for (const span of paragraph.spans) {
    if (span.offset > offset) break;
    line = span.line;
  }
  return line;
}

/** Appends `next` to `first` (a rejoin), keeping the source mapping of both. */
export function appendParagraph(first: DraftParagraph, next: DraftParagraph): void {
  const shift = first.text.length;
  first.text += next.text;
  for (const span of next.spans) first.spans.push({ offset: span.offset + shift, line: span.line });
}
