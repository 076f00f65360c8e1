// story.ts: an article's text, stored in Galley's own format (never as Lexical state).
import { z } from 'zod';

export const RunSchema = z.strictObject({
  text: z.string(),
  charStyle: z.string().min(1).nullable(),
  /** Ids of the marks (proof annotations, links) anchored on this run. */
  marks: z.array(z.string().min(1)),
});
export type Run = z.infer<typeof RunSchema>;

export const ParagraphSchema = z.strictObject({
  /** Stable across edits, so anchors and repairs can point at it. */
  id: z.string().min(1),
  style: z.string().min(1),
  runs: z.array(RunSchema),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** One credit in a byline: □记者 王乐平 董宏涛 → { role: '记者', names: ['王乐平', '董宏涛'] }. */
export const CreditSchema = z.strictObject({ role: z.string(), names: z.array(z.string().min(1)).min(1) });
export type Credit = z.infer<typeof CreditSchema>;

/**
 * Something the importer changed or noticed, kept with the story so proofreaders can review
 * it later. `offset` is a UTF-16 offset into the paragraph's plain text after import.
 */
export const ImportNoteSchema = z.strictObject({
  // stray-latin: a lower-case English word inside Chinese text (关注 and 积极), flagged only.
  kind: z.enum(['rejoined-paragraph', 'fullwidth-punctuation', 'possible-lost-text', 'stray-latin']),
  /** True for a change made to the text; false for a flag that changed nothing. */
  repaired: z.boolean(),
  paragraphId: z.string().min(1),
  offset: z.number().int().nonnegative(),
  /** Where it was in the source: 1-based line number of the imported file. */
  sourceLine: z.number().int().positive(),
  before: z.string(),
  after: z.string(),
  message: z.string(),
});
export type ImportNote = z.infer<typeof ImportNoteSchema>;

export const StoryStatusSchema = z.enum(['draft', 'edited', 'proofing', 'final']);

export const StorySchema = z.strictObject({
  id: z.string().min(1),
  /** A short working name (稿件名) for panels and frame labels. */
  slug: z.string().min(1),
  status: StoryStatusSchema,
  credits: z.array(CreditSchema),
  paragraphs: z.array(ParagraphSchema),
  importNotes: z.array(ImportNoteSchema),
});
export type Story = z.infer<typeof StorySchema>;

export function paragraphText(paragraph: Paragraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

/** The story's plain text, paragraphs joined by \n. */
export function storyText(story: Story): string {
  return story.paragraphs.map(paragraphText).join('\n');
}

/** Characters as staff count them (字): every code point except whitespace. */
export function countChars(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n++;
  return n;
}

export function firstParagraphWithStyle(story: Story, styleId: string): Paragraph | undefined {
  return story.paragraphs.find((p) => p.style === styleId);
}
