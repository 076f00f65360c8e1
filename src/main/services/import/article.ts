// article.ts: blocks of one article → a draft story. Every importer funnels through here, so a
// headline, a □ byline, body paragraphs and a photo caption are recognised the same way in seed,
// Markdown and plain-text files.
import type { Credit } from '../../../shared/model';
import { ParagraphStyleIds } from '../../../shared/model';
import { type DraftParagraph, draftParagraph, type SourceLine } from './blocks';
import { findPhotoCredit, isBylineLine, parseCredits } from './byline';
import type { ImportedStoryKind } from './types';

export interface DraftStory {
  readonly kind: ImportedStoryKind;
  readonly paragraphs: DraftParagraph[];
  readonly credits: Credit[];
  /** The caption paragraph of a photo and its printed credit. */
  readonly figures: Array<{ paragraph: DraftParagraph; credit: string }>;
}

export interface ArticleInput {
  readonly headline: readonly SourceLine[] | null;
  /** Body blocks in order; a block may carry its own style (a Markdown ### becomes 小标题). */
  readonly blocks: ReadonlyArray<{ lines: readonly SourceLine[]; style?: string }>;
  readonly clean?: (text: string) => string;
}

export function draftArticle(input: ArticleInput): DraftStory {
  const ids = ParagraphStyleIds;
  const paragraphs: DraftParagraph[] = [];
  const credits: Credit[] = [];
  const figures: DraftStory['figures'] = [];
  if (input.headline) paragraphs.push(draftParagraph(input.headline, ids.headline, input.clean));
  input.blocks.forEach((block, index) => {
    const paragraph = draftParagraph(block.lines, block.style ?? ids.body, input.clean);
    if (paragraph.text === '') return;
    // Only the first block under the headline can be the byline: □ elsewhere is just text.
    if (index === 0 && block.style === undefined && isBylineLine(paragraph.text)) {
      paragraph.style = ids.byline;
      credits.push(...parseCredits(paragraph.text));
    } else if (block.style === undefined) {
      const photo = findPhotoCredit(paragraph.text);
      if (photo) {
        paragraph.style = ids.caption;
        figures.push({ paragraph, credit: photo.text });
        // A picture story often has no byline: the photographers are its credit.
        if (credits.length === 0) credits.push(...photo.credits);
      }
    }
    paragraphs.push(paragraph);
  });
  return { kind: input.headline ? 'article' : 'text', paragraphs, credits, figures };
}

/** The paper's own promotional lines (市中云报APP …) as one story in the 推广语 style. */
export function draftPromo(blocks: ReadonlyArray<readonly SourceLine[]>): DraftStory {
  return {
    kind: 'promo',
    paragraphs: blocks.map((lines) => draftParagraph(lines, ParagraphStyleIds.promo)),
    credits: [],
    figures: [],
  };
}
