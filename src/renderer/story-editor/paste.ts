// paste.ts: paste from Word, a web page or plain text. The clipboard's HTML (or its plain text)
// becomes paragraph texts with every foreign style dropped (htmlParagraphs.ts), the import's
// repairs run on them (src/shared/import: rejoin, full-width punctuation, stray Latin), and they
// go in at the caret in the style of the paragraph pasted into. The repairs' notes come back as
// the same report an import gives, for the editor to show.
import { $getSelection, $getState, $isRangeSelection } from 'lexical';
import { draftsFromParagraphs, draftsFromPlainText, type NormalisedPaste, normalisePaste } from '../../shared/import';
import { ParagraphStyleIds } from '../../shared/model';
import { type HtmlNode, htmlParagraphs } from './htmlParagraphs';
import { paragraphStyleState } from './nodeStates';
import { blockOf } from './sourcePoints';
import { $splitParagraph } from './styleCommands';

export interface ClipboardText {
  readonly html: string;
  readonly plain: string;
}

/** Parses HTML into something htmlParagraphs reads (DOMParser in the app, happy-dom in specs). */
export type ParseHtml = (html: string) => HtmlNode;

/** The clipboard as draft paragraphs: its HTML when it has any text in it, else its plain text. */
export function clipboardDrafts(data: ClipboardText, parse: ParseHtml): ReturnType<typeof draftsFromPlainText> {
  if (data.html.trim() !== '') {
    const paragraphs = htmlParagraphs(parse(data.html));
    if (paragraphs.length > 0) return draftsFromParagraphs(paragraphs);
  }
  return draftsFromPlainText(data.plain);
}

/** Inserts paragraph texts at the selection: the first joins the paragraph there, each next one starts a paragraph. */
export function $insertParagraphTexts(texts: readonly string[]): void {
  texts.forEach((text, i) => {
    if (i > 0) $splitParagraph(true);
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.insertText(text);
  });
}

/**
 * Pastes `data` at the selection (inside an editor update) and returns what the repairs did, or
 * null when there was nothing to paste or no selection to paste at.
 */
export function $pasteText(data: ClipboardText, parse: ParseHtml): NormalisedPaste | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const drafts = clipboardDrafts(data, parse);
  if (drafts.length === 0) return null;
  const block = blockOf(selection.anchor.getNode());
  const style = (block && $getState(block, paragraphStyleState)) || ParagraphStyleIds.body;
  const result = normalisePaste(drafts, style === ParagraphStyleIds.body);
  if (!selection.isCollapsed()) selection.removeText();
  $insertParagraphTexts(result.paragraphs);
  return result;
}
