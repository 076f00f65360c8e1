// seedImporter.ts: the newsroom's plain-text page format (see resources/sample/seed-page.txt):
//
//   市中云报APP            ← optional promotional lines before the first article
//   ## headline           ← each article starts with a "## " headline
//   □记者 李森             ← byline, the first paragraph under the headline
//   本报讯 5月14日,…       ← lead paragraph, then body paragraphs separated by blank lines
//   …(记者 郑晓琳 摄)      ← a paragraph ending in a photo credit is a caption
import { type DraftStory, draftArticle, draftPromo } from './article';
import { blocksOf, type SourceLine, splitLines } from './blocks';
import { finishImport } from './finish';
import type { ImportOptions, ImportResult } from './types';

const HEADLINE = /^#{1,6}[ \t\u3000]+(?=\S)/u;

export function isSeedHeadline(line: string): boolean {
  return HEADLINE.test(line);
}

/** Splits lines into the part before the first headline and one group per headline. */
export function groupByHeadline(lines: readonly SourceLine[], isHeadline: (text: string) => boolean): { preamble: SourceLine[]; articles: Array<{ headline: SourceLine; body: SourceLine[] }> } {
  const preamble: SourceLine[] = [];
  const articles: Array<{ headline: SourceLine; body: SourceLine[] }> = [];
  for (const line of lines) {
    if (isHeadline(line.text)) articles.push({ headline: line, body: [] });
    else (articles.at(-1)?.body ?? preamble).push(line);
  }
  return { preamble, articles };
}

export function importSeedText(text: string, options: ImportOptions): ImportResult {
  const { preamble, articles } = groupByHeadline(splitLines(text), isSeedHeadline);
  const drafts: DraftStory[] = [];
  const promo = blocksOf(preamble);
  if (promo.length > 0) drafts.push(draftPromo(promo));
  for (const article of articles) {
    const headline = { text: article.headline.text.replace(HEADLINE, ''), line: article.headline.line };
    drafts.push(draftArticle({ headline: [headline], blocks: blocksOf(article.body).map((lines) => ({ lines })) }));
  }
  return finishImport(drafts, 'seed', options);
}
