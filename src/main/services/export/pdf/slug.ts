// slug.ts: the slug line's text (paper, date, page, issue, time of output) and its glyph runs.
// The runs come from the shared engine (composeSlugLine), so the painter only paints them; the
// time is formatted here, in main, because it is the export machine's local wall-clock time the
// plant reads, and shared code never looks at a clock or a time zone.
import type { LayoutEnv } from '../../../../shared/layout/env';
import type { FrameLayout } from '../../../../shared/layout/output';
import { composeSlugLine, FURNITURE_STORY_ID, slugParagraphId } from '../../../../shared/layout/page';
import type { Edition, Page } from '../../../../shared/model';
import type { PdfOutputOptions } from '../printTypes';
import { slugPlacement } from './marks';

const two = (n: number): string => String(n).padStart(2, '0');

/** yyyy-mm-dd HH:MM in the machine's local time. */
export function formatOutputTime(at: Date): string {
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** The slug of one page, e.g. `今日市中 | 2023-05-15 | A01 | 第1234期 | 输出 2024-01-02 13:45`. */
export function slugText(slug: PdfOutputOptions['slug'], page: Pick<Page, 'label'>): string {
  const fields = [slug.paper, slug.date, page.label, slug.issue === '' ? '' : `第${slug.issue}期`, `输出 ${formatOutputTime(slug.outputAt)}`];
  return fields.filter((f) => f.trim() !== '').join(' | ');
}

export interface SlugLine {
  /** One line in one column, below the page's bleed (page coordinates). */
  readonly frame: FrameLayout;
  readonly text: string;
  /** `storyId/paragraphId` of its runs, for glyph usage (ToUnicode from the text itself). */
  readonly sourceKey: string;
}

/** The slug line of the page `pageId`, set below its bleed. */
export function slugLine(edition: Edition, pageId: string, slug: PdfOutputOptions['slug'], env: LayoutEnv): SlugLine {
  const page = edition.pages.find((p) => p.id === pageId);
  if (!page) throw new Error(`the layout has page ${pageId}, which the edition does not`);
  const text = slugText(slug, page);
  return { frame: composeSlugLine(edition, pageId, text, slugPlacement(edition.format), env), text, sourceKey: `${FURNITURE_STORY_ID}/${slugParagraphId(pageId)}` };
}
