// estimate.ts: how deep a story will set, in baseline-grid lines, before the composition engine
// exists. Solid setting makes it countable: a column holds floor(width / size) characters a line
// (typesetting-cjk.md §2), body paragraphs indent 2 字, and a k-column frame balances its body
// over k columns. Headline-like paragraphs (主题, 引题, 副题, 署名) set across the whole frame.
import type { PageFormat, Story, Styles } from '../../../shared/model';
import { columnWidth, countChars, ParagraphStyleIds, paragraphText, spanWidth } from '../../../shared/model';

const ACROSS_FRAME: ReadonlySet<string> = new Set([ParagraphStyleIds.kicker, ParagraphStyleIds.headline, ParagraphStyleIds.subhead, ParagraphStyleIds.byline]);

export interface DepthEstimate {
  /** Lines taken by the headline block (headline, byline) plus one line of space under it. */
  readonly headLines: number;
  /** Lines of body text per column once balanced over the span. */
  readonly bodyLines: number;
  readonly total: number;
}

export function estimateDepth(story: Story, span: number, format: PageFormat, styles: Styles): DepthEstimate {
  const pitch = format.baselineGrid.pitch;
  const frameWidth = spanWidth(format, span);
  const column = columnWidth(format);
  let headPt = 0;
  let bodyPt = 0;
  for (const paragraph of story.paragraphs) {
    const style = styles.paragraph.find((s) => s.id === paragraph.style);
    if (!style) continue;
    const across = ACROSS_FRAME.has(style.id);
    const perLine = Math.max(1, Math.floor((across ? frameWidth : column) / style.size));
    const chars = countChars(paragraphText(paragraph)) + style.firstLineIndentEm;
    const depth = Math.ceil(chars / perLine) * style.leading + style.spaceBefore + style.spaceAfter;
    if (across) headPt += depth;
    else bodyPt += depth;
  }
  const headLines = headPt === 0 ? 0 : Math.ceil(headPt / pitch) + 1;
  const bodyLines = Math.ceil(bodyPt / span / pitch);
  return { headLines, bodyLines, total: headLines + bodyLines };
}
