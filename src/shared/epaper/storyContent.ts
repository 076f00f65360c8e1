// storyContent.ts: what a story says as a web article — its headlines with their ninjs roles,
// the byline as printed, and the body paragraphs — read from the paragraph styles the importer
// and the style sheet assign (ParagraphStyleIds). Text is the runs joined, NFC, trimmed.
//
// Rules (issue 7):
// - A story is an article when it has a non-empty 主题 paragraph. The masthead (报头, its own
//   style) and the promo lines (推广语) have none, so they are not articles. An empty 主题
//   paragraph is not a headline: the contract promises a non-empty `headline`.
// - 引题 / 主题 / 副题 become the headline roles kicker / main / subhead, in story order.
// - 署名 paragraphs are the byline as printed (□记者 李森); several are joined with a space.
// - 转版 paragraphs (（下转第二版）) are dropped: on the web a threaded story appears once,
//   whole, so a pointer to another printed page would only mislead. (The layout's own jump lines
//   are not story paragraphs at all.)
// - Everything else is body: 小标题 → crosshead, 图片说明 → caption (kept where the story has it,
//   so `text` is the story's text; the article page may show it as the photo's caption instead),
//   正文 and any other style → paragraph. Empty paragraphs are dropped.
import type { EpaperArticle, EpaperHeadlineRole } from './bundle';
import { type Paragraph, ParagraphStyleIds, paragraphText, type Story } from '../model';

export type ArticleContent = Pick<EpaperArticle, 'headlines' | 'headline' | 'byline' | 'body' | 'text'>;

type BodyKind = EpaperArticle['body'][number]['kind'];

const HEADLINE_ROLES: ReadonlyMap<string, EpaperHeadlineRole> = new Map([
  [ParagraphStyleIds.kicker, 'kicker'],
  [ParagraphStyleIds.headline, 'main'],
  [ParagraphStyleIds.subhead, 'subhead'],
]);

const BODY_KINDS: ReadonlyMap<string, BodyKind> = new Map([
  [ParagraphStyleIds.crosshead, 'crosshead'],
  [ParagraphStyleIds.caption, 'caption'],
]);

/** A paragraph's text as the bundle shows it: runs joined, NFC, no whitespace at either end. */
export function cleanParagraphText(paragraph: Paragraph): string {
  return paragraphText(paragraph).normalize('NFC').trim();
}

/** True when the story qualifies as an article by its text (the page rule is articles.ts's). */
export function hasHeadline(story: Story): boolean {
  return story.paragraphs.some((p) => p.style === ParagraphStyleIds.headline && cleanParagraphText(p) !== '');
}

/** The story as an article's text, or null when it has no 主题 and so is no article. */
export function articleContent(story: Story): ArticleContent | null {
  const headlines: Array<{ role: EpaperHeadlineRole; text: string }> = [];
  const bylines: string[] = [];
  const body: Array<{ kind: BodyKind; text: string }> = [];
  for (const paragraph of story.paragraphs) {
    const text = cleanParagraphText(paragraph);
    if (text === '' || paragraph.style === ParagraphStyleIds.jump) continue;
    const role = HEADLINE_ROLES.get(paragraph.style);
    if (role !== undefined) headlines.push({ role, text });
    else if (paragraph.style === ParagraphStyleIds.byline) bylines.push(text);
    else body.push({ kind: BODY_KINDS.get(paragraph.style) ?? 'paragraph', text });
  }
  const main = headlines.find((h) => h.role === 'main');
  if (!main) return null;
  const byline = bylines.join(' ');
  return {
    headlines,
    headline: main.text,
    byline,
    body,
    text: articleText(headlines, byline, body),
  };
}

/**
 * The article's whole text: headlines, byline, body, one per line. Headlines come first even
 * when a story stores them later, so the search index can tell a headline hit by its offset.
 */
export function articleText(
  headlines: ReadonlyArray<{ readonly text: string }>,
  byline: string,
  body: ReadonlyArray<{ readonly text: string }>,
): string {
  return [...headlines.map((h) => h.text), ...(byline === '' ? [] : [byline]), ...body.map((b) => b.text)].join('\n');
}

/** The first 正文 paragraph, cut to `max` characters (code points) with an ellipsis. */
export function articleSummary(article: Pick<EpaperArticle, 'body'>, max = 80): string {
  const first = article.body.find((b) => b.kind === 'paragraph') ?? article.body[0];
  if (!first) return '';
  const chars = Array.from(first.text);
  return chars.length <= max ? first.text : `${chars.slice(0, max).join('')}…`;
}
