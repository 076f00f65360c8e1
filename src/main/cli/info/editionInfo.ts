// editionInfo.ts: the `galley info --json` document. Its shape is a public contract for scripts
// and tests (docs/cli.md); add keys only with care and never rename or drop one.
import {
  countChars,
  type Credit,
  type Edition,
  type EditionMeta,
  type Frame,
  firstParagraphWithStyle,
  type ImportNote,
  type PageFormat,
  ParagraphStyleIds,
  paragraphText,
  type Story,
  storyText,
} from '../../../shared/model';

export interface FrameInfo {
  readonly id: string;
  readonly kind: Frame['kind'];
  /** Geometry in points from the top-left corner of the trim. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Text frames: their column count and gutter; other frames: 1 and 0. */
  readonly columns: number;
  readonly gutter: number;
  /** Text frames: the story flowing in, or null for furniture; other frames: null. */
  readonly storyId: string | null;
  /** Image frames: the placed asset or null; other frames: null. */
  readonly assetId: string | null;
  readonly name: string;
}

export interface PageInfo {
  readonly id: string;
  readonly number: number;
  readonly label: string;
  readonly section: string;
  readonly frames: readonly FrameInfo[];
}

export interface StoryInfo {
  readonly id: string;
  readonly slug: string;
  readonly status: Story['status'];
  /** Text of the first 主题 paragraph, or null. */
  readonly headline: string | null;
  /** Text of the first 署名 paragraph, or null. */
  readonly byline: string | null;
  readonly credits: readonly Credit[];
  /** 字 as staff count them (countChars of the full text). */
  readonly chars: number;
  /** Number of paragraphs. */
  readonly paragraphs: number;
  /** Paragraphs joined by \n. */
  readonly text: string;
  /** True when a text frame on a page or master shows the story. */
  readonly placed: boolean;
  /** Everything the importer repaired or flagged, as stored with the story. */
  readonly importNotes: readonly ImportNote[];
}

export interface EditionInfo {
  readonly schemaVersion: number;
  /** The edition folder's name. */
  readonly name: string;
  readonly meta: EditionMeta;
  readonly format: Pick<PageFormat, 'name' | 'trim' | 'bleed' | 'margins' | 'columns' | 'gutter' | 'bodySize' | 'baselineGrid'>;
  readonly pages: readonly PageInfo[];
  readonly stories: readonly StoryInfo[];
}

export function editionInfo(edition: Edition, name: string): EditionInfo {
  const placedStories = new Set<string>();
  for (const frame of [...edition.pages.flatMap((p) => p.frames), ...edition.masters.flatMap((m) => m.frames)]) {
    if (frame.kind === 'text' && frame.storyId !== null) placedStories.add(frame.storyId);
  }
  const f = edition.format;
  return {
    schemaVersion: edition.schemaVersion,
    name,
    meta: edition.meta,
    format: {
      name: f.name,
      trim: f.trim,
      bleed: f.bleed,
      margins: f.margins,
      columns: f.columns,
      gutter: f.gutter,
      bodySize: f.bodySize,
      baselineGrid: f.baselineGrid,
    },
    pages: edition.pages.map((page) => ({
      id: page.id,
      number: page.number,
      label: page.label,
      section: page.section,
      frames: page.frames.map(frameInfo),
    })),
    stories: edition.stories.map((story) => storyInfo(story, placedStories.has(story.id))),
  };
}

function frameInfo(frame: Frame): FrameInfo {
  return {
    id: frame.id,
    kind: frame.kind,
    x: frame.x,
    y: frame.y,
    width: frame.width,
    height: frame.height,
    columns: frame.kind === 'text' ? frame.columns : 1,
    gutter: frame.kind === 'text' ? frame.gutter : 0,
    storyId: frame.kind === 'text' ? frame.storyId : null,
    assetId: frame.kind === 'image' ? frame.assetId : null,
    name: frame.name,
  };
}

function storyInfo(story: Story, placed: boolean): StoryInfo {
  const headline = firstParagraphWithStyle(story, ParagraphStyleIds.headline);
  const byline = firstParagraphWithStyle(story, ParagraphStyleIds.byline);
  const text = storyText(story);
  return {
    id: story.id,
    slug: story.slug,
    status: story.status,
    headline: headline ? paragraphText(headline) : null,
    byline: byline ? paragraphText(byline) : null,
    credits: story.credits,
    chars: countChars(text),
    paragraphs: story.paragraphs.length,
    text,
    placed,
    importNotes: story.importNotes,
  };
}
