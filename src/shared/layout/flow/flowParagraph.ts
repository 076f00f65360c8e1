// flowParagraph.ts: sets one paragraph where it will stand. The composer asks a measure per line
// index; flow answers from the slot that line would land in (its column, shortened by wrap), so
// a paragraph that runs from a wide column into a narrow one, or past a photo, gets the right
// measure on every line. Where a line lands depends on the heights of the lines above it, which
// are only known after composing, so flow predicts, composes, places, and composes again with
// the real heights until the measures asked agree with the slots found (at most MAX_PASSES).
import type { Paragraph, ParagraphStyle, Styles } from '../../model';
import type { LayoutEnv } from '../env';
import type { ComposedLine, ComposedParagraph } from '../inline/composedParagraph';
import { columnSpans } from './geometry';
import { type Cursor, type LineContext, type LineMetrics, placeLine, type Slot } from './placeLine';
import type { ComposeParagraph, ThreadFrame } from './types';

/** Line heights rarely change with the measure, so the second pass almost always agrees. */
const MAX_PASSES = 3;

/** Before the first composition: the ascent and descent of a CJK face (0.88 / 0.12 em). */
const GUESS_ASCENT_EM = 0.88;
const GUESS_DESCENT_EM = 0.12;

export interface ParagraphJob {
  readonly thread: readonly ThreadFrame[];
  readonly cursor: Cursor;
  readonly paragraph: Paragraph;
  readonly style: ParagraphStyle;
  readonly styles: Styles;
  readonly env: LayoutEnv;
  readonly compose: ComposeParagraph;
  /** Set across the frame (in its band) rather than in a column. */
  readonly spans: boolean;
  readonly onGrid: boolean;
  readonly minMeasure: number;
}

export interface PlacedLine {
  readonly slot: Slot;
  readonly line: ComposedLine;
}

export interface ParagraphFlow {
  readonly composed: ComposedParagraph;
  readonly placed: readonly PlacedLine[];
  /** Index of the first line that found no room, or null when every line was placed. */
  readonly oversetLine: number | null;
  /** After the paragraph, owing its space after to the next one. */
  readonly cursor: Cursor;
}

export function flowParagraph(job: ParagraphJob): ParagraphFlow {
  let guess: LineMetrics[] = [];
  for (let pass = 1; ; pass++) {
    const asked: number[] = [];
    const measureFor = predictMeasures(job, guess, asked);
    const composed = job.compose(job.paragraph, job.style, job.styles, measureFor, job.env);
    const placement = placeLines(job, composed);
    const agreed = placement.placed.every((p, i) => asked[i] === p.slot.width);
    if (agreed || pass >= MAX_PASSES) return { composed, ...placement };
    guess = composed.lines.map(metricsOf);
  }
}

function metricsOf(line: ComposedLine): LineMetrics {
  return { ascent: line.ascent, descent: line.descent, leading: line.leading };
}

function lineContext(job: ParagraphJob, first: boolean, spaceBefore: number): LineContext {
  return { first, spaceBefore, styleLeading: job.style.leading, onGrid: job.onGrid, spans: job.spans, minMeasure: job.minMeasure };
}

/** A measureFor that walks the slots lazily, line by line, with the guessed line heights. */
function predictMeasures(job: ParagraphJob, guess: readonly LineMetrics[], asked: number[]): (index: number) => number {
  const size = job.style.size;
  const fallbackMetrics: LineMetrics = { ascent: size * GUESS_ASCENT_EM, descent: size * GUESS_DESCENT_EM, leading: job.style.leading };
  const slots: Slot[] = [];
  let cursor = job.cursor;
  let full = false;
  return (raw) => {
    const index = Number.isFinite(raw) ? Math.max(0, Math.floor(raw)) : 0;
    while (!full && slots.length <= index) {
      const k = slots.length;
      const metrics = guess[k] ?? guess[guess.length - 1] ?? fallbackMetrics;
      const next = placeLine(job.thread, cursor, metrics, lineContext(job, k === 0, job.style.spaceBefore));
      if (!next) {
        full = true;
        break;
      }
      slots.push(next.slot);
      cursor = next.cursor;
    }
    // Lines past the thread's end are overset; set them to the last measure there was.
    const measure = slots[index]?.width ?? slots[slots.length - 1]?.width ?? lastMeasure(job);
    asked[index] = measure;
    return measure;
  };
}

function lastMeasure(job: ParagraphJob): number {
  const frame = job.thread[Math.min(job.cursor.frame, job.thread.length - 1)];
  if (!frame) return 0;
  if (job.spans) return frame.content.width;
  const spans = columnSpans(frame.content.x, frame.content.width, frame.columns, frame.gutter);
  return spans[spans.length - 1]?.width ?? frame.content.width;
}

function placeLines(job: ParagraphJob, composed: ComposedParagraph): Omit<ParagraphFlow, 'composed'> {
  const placed: PlacedLine[] = [];
  let cursor = job.cursor;
  for (let i = 0; i < composed.lines.length; i++) {
    const line = composed.lines[i];
    if (!line) break;
    const next = placeLine(job.thread, cursor, metricsOf(line), lineContext(job, i === 0, composed.spaceBefore));
    if (!next) return { placed, oversetLine: i, cursor: { ...cursor, frame: job.thread.length } };
    placed.push({ slot: next.slot, line });
    cursor = next.cursor;
  }
  // An empty paragraph (no lines) leaves no trace, not even its space after.
  if (placed.length === 0) return { placed, oversetLine: null, cursor };
  return { placed, oversetLine: null, cursor: { ...cursor, spaceAfter: composed.spaceAfter } };
}
