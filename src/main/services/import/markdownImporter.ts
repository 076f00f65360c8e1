// markdownImporter.ts: Markdown articles. "#" and "##" headings start stories; "###" and deeper
// become 小标题 inside the story; paragraphs are separated by blank lines; simple inline markup
// (emphasis, code, links, images) is reduced to its text, and list and quote markers dropped.
import { ParagraphStyleIds } from '../../../shared/model';
import { type DraftStory, draftArticle } from './article';
import { blocksOf, type SourceLine, splitLines } from './blocks';
import { finishImport } from './finish';
import { groupByHeadline } from './seedImporter';
import type { ImportOptions, ImportResult } from './types';

const STORY_HEADING = /^#{1,2}[ \t]+(?=\S)/u;
const SUBHEADING = /^#{3,6}[ \t]+(?=\S)/u;
const TRAILING_HASHES = /[ \t]+#+[ \t]*$/u;

/** Inline Markdown → plain text. Only the common, unambiguous forms; the rest stays as typed. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/^(?:>[ \t]?)+/u, '')
    .replace(/^(?:[-*+][ \t]+)/u, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/`([^`]+)`/gu, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/(?<![*\w])\*(?=\S)(.+?)(?<=\S)\*(?![*\w])/gu, '$1')
    .replace(/(?<![_\w])_(?=\S)(.+?)(?<=\S)_(?![_\w])/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/gu, '$1');
}

function headingText(line: SourceLine, pattern: RegExp): SourceLine {
  return { text: line.text.replace(pattern, '').replace(TRAILING_HASHES, ''), line: line.line };
}

/** Blocks of a story body; a subheading is a block of its own even without blank lines around it. */
function bodyBlocks(lines: readonly SourceLine[]): Array<{ lines: SourceLine[]; style?: string }> {
  const out: Array<{ lines: SourceLine[]; style?: string }> = [];
  let run: SourceLine[] = [];
  const flush = (): void => {
    for (const lines of blocksOf(run)) out.push({ lines });
    run = [];
  };
  for (const line of lines) {
    if (SUBHEADING.test(line.text)) {
      flush();
      out.push({ lines: [headingText(line, SUBHEADING)], style: ParagraphStyleIds.crosshead });
    } else if (/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/u.test(line.text)) {
      flush(); // a thematic break separates paragraphs and prints nothing
    } else {
      run.push(line);
    }
  }
  flush();
  return out;
}

export function importMarkdown(text: string, options: ImportOptions): ImportResult {
  const { preamble, articles } = groupByHeadline(splitLines(text), (t) => STORY_HEADING.test(t));
  const drafts: DraftStory[] = [];
  const clean = stripInlineMarkdown;
  const intro = bodyBlocks(preamble);
  if (intro.length > 0) drafts.push(draftArticle({ headline: null, blocks: intro, clean }));
  for (const article of articles) {
    drafts.push(draftArticle({ headline: [headingText(article.headline, STORY_HEADING)], blocks: bodyBlocks(article.body), clean }));
  }
  return finishImport(drafts, 'markdown', options);
}
