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
import type { EpaperArticle, EpaperBodyBlock, EpaperHeadlineRole, EpaperInlineStyle } from './bundle';
import { type CharacterStyle, type Paragraph, ParagraphStyleIds, paragraphText, type Story } from '../model';

export type ArticleContent = Pick<EpaperArticle, 'headlines' | 'headline' | 'byline' | 'body' | 'text'>;

type BodyKind = EpaperBodyBlock['kind'];

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

/**
 * The story as an article's text, or null when it has no 主题 and so is no article. Body
 * paragraphs keep their bold and 着重号 as ranges, by what the character styles do (weight,
 * emphasisDots), so a style renamed or added still shows.
 */
export function articleContent(story: Story, characterStyles: readonly CharacterStyle[] = []): ArticleContent | null {
  const headlines: Array<{ role: EpaperHeadlineRole; text: string }> = [];
  const bylines: string[] = [];
  const body: EpaperBodyBlock[] = [];
  for (const paragraph of story.paragraphs) {
    const text = cleanParagraphText(paragraph);
    if (text === '' || paragraph.style === ParagraphStyleIds.jump) continue;
    const role = HEADLINE_ROLES.get(paragraph.style);
    if (role !== undefined) headlines.push({ role, text });
    else if (paragraph.style === ParagraphStyleIds.byline) bylines.push(text);
    else {
      const styles = inlineStyles(paragraph, text, characterStyles);
      body.push({ kind: BODY_KINDS.get(paragraph.style) ?? 'paragraph', text, ...(styles.length > 0 ? { styles } : {}) });
    }
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
 * The runs set bold or with 着重号, as ranges of `text` (the paragraph as cleanParagraphText gives
 * it). None when NFC changed the text's length: offsets into the runs would no longer hold.
 */
function inlineStyles(paragraph: Paragraph, text: string, characterStyles: readonly CharacterStyle[]): EpaperInlineStyle[] {
  const raw = paragraphText(paragraph);
  const lead = raw.length - raw.trimStart().length;
  if (raw.normalize('NFC').trim() !== text || raw.trim().length !== text.length) return [];
  const styles: EpaperInlineStyle[] = [];
  let at = -lead;
  for (const run of paragraph.runs) {
    const from = at;
    at += run.text.length;
    const style = run.charStyle === null ? undefined : characterStyles.find((c) => c.id === run.charStyle);
    const bold = style?.weight === 'bold';
    const emphasis = style?.emphasisDots === true;
    if (!bold && !emphasis) continue;
    const start = Math.max(0, from);
    const end = Math.min(text.length, at);
    if (end <= start) continue;
    const last = styles.at(-1);
    // Runs split only by an edit elsewhere join again.
    if (last && last.end === start && last.bold === bold && last.emphasis === emphasis) styles[styles.length - 1] = { ...last, end };
    else styles.push({ start, end, bold, emphasis });
  }
  return styles;
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
