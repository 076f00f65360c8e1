// plainTextImporter.ts: a .txt without "## " headlines is one story: paragraphs separated by
// blank lines, the first one taken as the headline when it is a short single line that does not
// end a sentence (a title, not a paragraph).
import { draftArticle } from './article';
import { blocksOf, splitLines } from './blocks';
import { paragraphEnding } from './cjk';
import { finishImport } from './finish';
import type { ImportOptions, ImportResult } from './types';

const HEADLINE_MAX_CHARS = 40;

export function importPlainText(text: string, options: ImportOptions): ImportResult {
  const blocks = blocksOf(splitLines(text));
  const first = blocks[0];
  const firstText = first?.[0]?.text.trim() ?? '';
  const isTitle =
    first !== undefined && first.length === 1 && blocks.length > 1 && [...firstText].length <= HEADLINE_MAX_CHARS && paragraphEnding(firstText) !== 'complete';
  const draft = draftArticle({
    headline: isTitle ? first : null,
    blocks: (isTitle ? blocks.slice(1) : blocks).map((lines) => ({ lines })),
  });
  return finishImport([draft], 'text', options);
}
