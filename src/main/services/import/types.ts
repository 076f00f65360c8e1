// types.ts: what an import produces. The stories are model Stories; the report is the same facts
// arranged for people (CLI output, the import dialog) with each note's story and location.
import type { Credit, ImportNote, NewId, Story } from '../../../shared/model';

export type ImportFormat = 'seed' | 'markdown' | 'text';

export interface ImportOptions {
  readonly newId: NewId;
  /** The file name shown in the report and in error messages. */
  readonly sourceName: string;
}

/** A photo caption found in the text: the page needs an image frame linked to this paragraph. */
export interface ImportFigure {
  readonly storyId: string;
  readonly paragraphId: string;
  /** The credit as printed, e.g. 记者 郑晓琳 王乐平 摄. */
  readonly credit: string;
}

/**
 * `article` has a headline (主题); `promo` holds the paper's own promotional lines (推广语) from
 * the top of a seed page; `text` is body text that came without a headline.
 */
export type ImportedStoryKind = 'article' | 'promo' | 'text';

export interface ImportReportStory {
  readonly storyId: string;
  readonly slug: string;
  readonly kind: ImportedStoryKind;
  readonly headline: string | null;
  readonly byline: string | null;
  readonly credits: readonly Credit[];
  readonly paragraphs: number;
  /** 字 as staff count them (countChars of the story text). */
  readonly chars: number;
}

export interface ImportReportNote extends ImportNote {
  readonly storyId: string;
  readonly storySlug: string;
  /** 0-based index of the paragraph in the story after import. */
  readonly paragraphIndex: number;
  /** The note's message in English; `message` (stored in the story) is in Chinese. */
  readonly messageEn: string;
}

export interface ImportReport {
  readonly source: string;
  readonly format: ImportFormat;
  readonly stories: readonly ImportReportStory[];
  readonly figures: readonly ImportFigure[];
  /** Every note of every story, in story order, then paragraph, then offset. */
  readonly notes: readonly ImportReportNote[];
}

export interface ImportResult {
  readonly stories: Story[];
  readonly figures: ImportFigure[];
  readonly report: ImportReport;
}
