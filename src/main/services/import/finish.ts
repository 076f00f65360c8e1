// finish.ts: draft stories → model Stories: the repairs (src/shared/import/repair.ts: rejoin,
// full-width punctuation, stray Latin, in that order), then paragraph ids, now that the
// paragraph list is final.
// Each note ends up on its story and, with the story's slug, in the report.
import type { ImportNote, Paragraph, Story } from '../../../shared/model';
import { repairParagraphs } from '../../../shared/import';
import { countChars, ParagraphStyleIds, storyText } from '../../../shared/model';
import type { DraftStory } from './article';
import type { DraftParagraph } from './blocks';
import type { PendingNote } from './notes';
import { makeSlugs } from './slug';
import type { ImportFigure, ImportFormat, ImportOptions, ImportReportNote, ImportReportStory, ImportResult } from './types';

const PROMO_SLUG = '推广语';

export function finishImport(drafts: readonly DraftStory[], format: ImportFormat, options: ImportOptions): ImportResult {
  const slugSources = drafts.map((d) => (d.kind === 'promo' ? PROMO_SLUG : (d.paragraphs[0]?.text ?? '')));
  const slugs = makeSlugs(slugSources, '稿件');
  const stories: Story[] = [];
  const figures: ImportFigure[] = [];
  const reportStories: ImportReportStory[] = [];
  const reportNotes: ImportReportNote[] = [];

  drafts.forEach((draft, index) => {
    const slug = slugs[index] ?? PROMO_SLUG;
    // The repairs (src/shared/import/repair.ts) hand out no ids, so asking for the story's id and
    // the paragraphs' after them keeps the ids in the order they always came.
    const pending = repairParagraphs(draft.paragraphs, (p) => p.style === ParagraphStyleIds.body);
    const storyId = options.newId('story');
    const ids = new Map<DraftParagraph, string>(draft.paragraphs.map((p) => [p, options.newId('paragraph')]));
    const order = (p: PendingNote): number => draft.paragraphs.indexOf(p.paragraph);
    const notes: ImportNote[] = pending.map((p) => toNote(p, ids.get(p.paragraph) ?? ''));
    const paragraphs: Paragraph[] = draft.paragraphs.map((p) => ({
      id: ids.get(p) ?? '',
      style: p.style,
      runs: [{ text: p.text, charStyle: null, marks: [] }],
    }));
    const story: Story = { id: storyId, slug, status: 'draft', credits: draft.credits, paragraphs, importNotes: notes };
    stories.push(story);
    for (const figure of draft.figures) figures.push({ storyId, paragraphId: ids.get(figure.paragraph) ?? '', credit: figure.credit });

    const textOf = (style: string): string | null => draft.paragraphs.find((p) => p.style === style)?.text ?? null;
    reportStories.push({
      storyId,
      slug,
      kind: draft.kind,
      headline: textOf(ParagraphStyleIds.headline),
      byline: textOf(ParagraphStyleIds.byline),
      credits: draft.credits,
      paragraphs: paragraphs.length,
      chars: countChars(storyText(story)),
    });
    pending.forEach((p, i) => {
      const note = notes[i];
      if (note) reportNotes.push({ ...note, storyId, storySlug: slug, paragraphIndex: order(p), messageEn: p.messageEn });
    });
  });

  return { stories, figures, report: { source: options.sourceName, format, stories: reportStories, figures, notes: reportNotes } };
}

function toNote(p: PendingNote, paragraphId: string): ImportNote {
  return {
    kind: p.kind,
    repaired: p.repaired,
    paragraphId,
    offset: p.offset,
    sourceLine: p.sourceLine,
    before: p.before,
    after: p.after,
    message: p.message,
  };
}
