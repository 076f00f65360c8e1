// composedParagraph.ts: the seam between paragraph composition (inline/) and frame flow (flow/).
// A paragraph is set into lines without knowing where they will stand; flow asks for a measure
// per line, then places each line at a column's x and a baseline. Positions inside a line are
// relative to the line's start (left edge of the measure).
import type { FontId } from '../fonts';

export interface ComposedRun {
  readonly fontId: FontId;
  readonly size: number;
  /** Pen position of the first glyph, from the line start, in pt. */
  readonly x: number;
  readonly glyphIds: readonly number[];
  readonly advances: readonly number[];
  readonly dx: readonly number[];
  readonly dy: readonly number[];
  /** UTF-16 offsets in the paragraph, per glyph. */
  readonly clusters: readonly number[];
  /** UTF-16 range of the run in the paragraph. */
  readonly start: number;
  readonly end: number;
  readonly emphasisDots: boolean;
}

export interface ComposedLine {
  /** UTF-16 range of the paragraph this line holds, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The measure asked for, and the width the content occupies after justification. */
  readonly width: number;
  readonly contentWidth: number;
  /** Largest ascent and descent of the line's runs, pt. */
  readonly ascent: number;
  readonly descent: number;
  /** Distance from the previous baseline (the style's leading; the first line's is its ascent). */
  readonly leading: number;
  readonly runs: readonly ComposedRun[];
  readonly last: boolean;
}

export interface ComposedParagraph {
  readonly lines: readonly ComposedLine[];
  readonly spaceBefore: number;
  readonly spaceAfter: number;
  readonly keepWithNext: boolean;
  /** Characters no face could draw, with their offsets (never drawn as boxes). */
  readonly missing: ReadonlyArray<{ readonly offset: number; readonly char: string; readonly fontId: FontId }>;
}

/** The measure of line `index` (0-based); flow answers it from the column and any wrap. */
export type MeasureFor = (index: number) => number;
