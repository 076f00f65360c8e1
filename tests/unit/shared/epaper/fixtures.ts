// fixtures.ts: small editions and hand-made layouts for the e-paper model specs. The layout is
// written out line by line (no fonts, no composer), so each spec states exactly where the text
// stands and what the hotspots must claim.
import { makeFontId } from '../../../../src/shared/layout/fonts';
import type { ColumnLayout, EditionLayout, FrameLayout, LineLayout, PageLayout } from '../../../../src/shared/layout/output';
import {
  type Asset,
  counterIds,
  type Edition,
  emptyEdition,
  type Frame,
  type FrameRef,
  type ImageFrame,
  newImageFrame,
  newTextFrame,
  type Page,
  type Paragraph,
  ParagraphStyleIds,
  type Story,
  type TextFrame,
} from '../../../../src/shared/model';

export const S = ParagraphStyleIds;

const META = { paper: '今日市中', date: '2023-05-15', issue: 12, totalIssue: 3456, credits: { editor: '', designer: '', proofreader: '' } };

/** A tabloid edition (trim 260.5 × 375 mm, about 738 × 1063 pt) holding `pages` and `stories`. */
export function edition(pages: Page[], stories: Story[], assets: Asset[] = []): Edition {
  const base = emptyEdition({ preset: 'tabloid', meta: META, newId: counterIds() });
  return { ...base, id: 'ed-1', pages, stories, assets };
}

export function page(id: string, number: number, frames: Frame[]): Page {
  return { id, number, label: `A0${number}`, labelFollowsNumber: true, section: '要闻', masterId: null, frames, guides: { vertical: [], horizontal: [] } };
}

export function para(id: string, style: string, text: string): Paragraph {
  return { id, style, runs: [{ text, charStyle: null, marks: [] }] };
}

export function story(id: string, paragraphs: Paragraph[]): Story {
  return { id, slug: id, status: 'draft', credits: [], paragraphs, importNotes: [] };
}

/** A story with a headline, a byline and `body` paragraphs. */
export function article(id: string, headline: string, body: string[] = ['正文。']): Story {
  return story(id, [para(`${id}-h`, S.headline, headline), para(`${id}-b`, S.byline, '□记者 李森'), ...body.map((t, i) => para(`${id}-p${i}`, S.body, t))]);
}

export function textFrame(
  id: string,
  box: { x: number; y: number; width: number; height: number },
  storyId: string | null,
  more: { columns?: number; gutter?: number; groupId?: string | null; prev?: FrameRef | null; next?: FrameRef | null } = {},
): TextFrame {
  const { groupId = null, ...rest } = more;
  return { ...newTextFrame(id, box, { storyId, ...rest }), groupId };
}

export function imageFrame(id: string, box: { x: number; y: number; width: number; height: number }, assetId: string | null, groupId: string | null, caption: ImageFrame['caption'] = null): ImageFrame {
  return { ...newImageFrame(id, box, { assetId, caption }), groupId };
}

export function asset(id: string, pixelWidth: number, pixelHeight: number, more: Partial<Asset> = {}): Asset {
  return {
    id,
    kind: 'image',
    path: `assets/${id}.png`,
    mime: 'image/png',
    pixelWidth,
    pixelHeight,
    description: '',
    colorSpace: 'rgb',
    ppi: null,
    caption: '',
    credit: '',
    preview: null,
    ...more,
  };
}

const FONT = makeFontId('0'.repeat(64), 0);

/**
 * A line of `width` pt from `x`, on `baseline`, 10 pt type (ascent 8.8, descent 1.2), one glyph
 * per 10 pt of width.
 */
export function line(storyId: string, x: number, baseline: number, width: number, more: { ascent?: number; descent?: number } = {}): LineLayout {
  const n = Math.max(1, Math.round(width / 10));
  const source = { storyId, paragraphId: 'p', start: 0, end: n };
  return {
    x,
    baseline,
    width,
    contentWidth: width,
    ascent: more.ascent ?? 8.8,
    descent: more.descent ?? 1.2,
    runs: [
      {
        fontId: FONT,
        size: 10,
        x,
        y: baseline,
        glyphIds: Array.from({ length: n }, (_, i) => i + 1),
        advances: Array.from({ length: n }, () => width / n),
        dx: Array.from({ length: n }, () => 0),
        dy: Array.from({ length: n }, () => 0),
        clusters: Array.from({ length: n }, (_, i) => i),
        source,
        emphasisDots: false,
      },
    ],
    source,
    lastOfParagraph: false,
  };
}

/** A column box holding `count` full-measure lines from its top, 12 pt apart. */
export function column(storyId: string, box: { x: number; y: number; width: number; height: number }, count: number): ColumnLayout {
  return { ...box, lines: Array.from({ length: count }, (_, i) => line(storyId, box.x, box.y + 10 + i * 12, box.width)) };
}

export function frameLayout(frameId: string, storyId: string | null, columns: ColumnLayout[]): FrameLayout {
  return { frameId, storyId, columns };
}

export function pageLayout(edition: Edition, pageId: string, frames: FrameLayout[]): PageLayout {
  return { pageId, width: edition.format.trim.width, height: edition.format.trim.height, frames };
}

export function editionLayout(pages: PageLayout[]): EditionLayout {
  return { pages, overset: [], missingGlyphs: [] };
}

/** A polygon as `x,y` pairs, for readable expectations. */
export function ring(polygon: ReadonlyArray<{ x: number; y: number }>): string {
  return polygon.map((p) => `${p.x},${p.y}`).join(' ');
}
