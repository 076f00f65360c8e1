// PageLayout.ts: the composition engine's output, the one tree every painter reads (design.md,
// principle 1): the screen painter, the PDF painter, the e-paper images and hotspots, and proof
// pins. All numbers are points, rounded to 1/1000 pt; positions are page coordinates from the
// top-left corner of the trim, y growing downwards; glyph runs are placed by their baseline.
import type { FontId } from '../fonts';

/** Where a piece of the layout came from, for mapping between text and page. */
export interface SourceRange {
  readonly storyId: string;
  readonly paragraphId: string;
  /** UTF-16 offsets into the paragraph's plain text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** Glyphs of one face at one size, set on one baseline. */
export interface GlyphRun {
  readonly fontId: FontId;
  /** Type size in pt. */
  readonly size: number;
  /** Baseline origin of the first glyph, page coordinates. */
  readonly x: number;
  readonly y: number;
  readonly glyphIds: readonly number[];
  /** Advance of each glyph in pt, after compression and justification. */
  readonly advances: readonly number[];
  /** Per-glyph offsets from the pen position in pt (HarfBuzz offsets; y downwards). */
  readonly dx: readonly number[];
  readonly dy: readonly number[];
  /** Per glyph: UTF-16 offset in the paragraph of the first character it came from. */
  readonly clusters: readonly number[];
  readonly source: SourceRange;
  /** Bold, emphasis dots … as the character style asked; painters draw what they can. */
  readonly emphasisDots: boolean;
}

export interface LineLayout {
  /** Left edge of the line box and its baseline, page coordinates. */
  readonly x: number;
  readonly baseline: number;
  /** The measure the line was set to, and the width its content occupies. */
  readonly width: number;
  readonly contentWidth: number;
  readonly ascent: number;
  readonly descent: number;
  readonly runs: readonly GlyphRun[];
  readonly source: SourceRange;
  /** True for a paragraph's last line (set flush, not justified). */
  readonly lastOfParagraph: boolean;
}

export interface ColumnLayout {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly lines: readonly LineLayout[];
}

export interface FrameLayout {
  readonly frameId: string;
  /** The story set in this frame, or null for furniture (a running head) or non-text frames. */
  readonly storyId: string | null;
  readonly columns: readonly ColumnLayout[];
}

/** Text that did not fit: the story, how much, and where the overflow starts. */
export interface OversetReport {
  readonly storyId: string;
  /** Characters (字, whitespace excluded) not placed. */
  readonly chars: number;
  /** The first character not placed. */
  readonly from: { readonly paragraphId: string; readonly offset: number };
  /** The last frame of the story's thread, where the red "+N 字" mark goes. */
  readonly lastFrame: { readonly pageId: string; readonly frameId: string } | null;
}

export interface MissingGlyphReport {
  readonly storyId: string;
  readonly paragraphId: string;
  readonly offset: number;
  readonly char: string;
  readonly fontId: FontId;
}

export interface PageLayout {
  readonly pageId: string;
  readonly width: number;
  readonly height: number;
  readonly frames: readonly FrameLayout[];
}

export interface EditionLayout {
  readonly pages: readonly PageLayout[];
  readonly overset: readonly OversetReport[];
  readonly missingGlyphs: readonly MissingGlyphReport[];
}
