// frameLayouts.ts: placed lines → the output tree. Positions inside a composed line are relative
// to its start; here they become page coordinates, rounded to 1/1000 pt.
import type { Paragraph } from '../../model';
import type { ColumnLayout, FrameLayout, GlyphRun, LineLayout } from '../output/PageLayout';
import { columnSpans, pt } from './geometry';
import type { PlacedLine } from './flowParagraph';
import type { ThreadFrame } from './types';

export interface StoryLine extends PlacedLine {
  readonly paragraph: Paragraph;
}

/**
 * One FrameLayout per thread frame. A frame that set spanning paragraphs lists that band first,
 * as a column as wide as the frame; its columns then start below the band.
 */
export function buildFrameLayouts(storyId: string, thread: readonly ThreadFrame[], lines: readonly StoryLine[]): FrameLayout[] {
  return thread.map((frame, index) => {
    const own = lines.filter((l) => l.slot.frame === index);
    const band = own.filter((l) => l.slot.column < 0);
    const inColumns = own.filter((l) => l.slot.column >= 0);
    const { content } = frame;
    const bottom = pt(content.y + content.height);
    const lastBand = band[band.length - 1];
    const columnsTop = inColumns[0]?.slot.columnsTop ?? (lastBand ? pt(lastBand.slot.baseline + lastBand.line.descent) : content.y);
    const columns: ColumnLayout[] = [];
    if (band.length > 0) {
      columns.push({ x: content.x, y: content.y, width: content.width, height: pt(Math.max(0, columnsTop - content.y)), lines: band.map((l) => lineLayout(storyId, l)) });
    }
    columnSpans(content.x, content.width, frame.columns, frame.gutter).forEach((span, c) => {
      columns.push({
        x: span.x,
        y: columnsTop,
        width: span.width,
        height: pt(Math.max(0, bottom - columnsTop)),
        lines: inColumns.filter((l) => l.slot.column === c).map((l) => lineLayout(storyId, l)),
      });
    });
    return { frameId: frame.frameId, storyId, columns };
  });
}

/**
 * The output line last made from each composed line, and where: a paragraph the memo kept
 * (paragraphMemo.ts) keeps its composed lines, and a line set again at the same place gives the
 * same LineLayout object. An edit then builds output only for the lines it changed, and the page
 * view, which keeps unchanged lines by identity, finds them equal at a glance.
 */
const laidOut = new WeakMap<StoryLine['line'], { storyId: string; paragraphId: string; x: number; baseline: number; layout: LineLayout }>();

export function lineLayout(storyId: string, placed: StoryLine): LineLayout {
  const { slot, line, paragraph } = placed;
  const last = laidOut.get(line);
  if (last && last.storyId === storyId && last.paragraphId === paragraph.id && last.x === slot.x && last.baseline === slot.baseline) return last.layout;
  const layout = buildLineLayout(storyId, placed);
  laidOut.set(line, { storyId, paragraphId: paragraph.id, x: slot.x, baseline: slot.baseline, layout });
  return layout;
}

function buildLineLayout(storyId: string, placed: StoryLine): LineLayout {
  const { slot, line, paragraph } = placed;
  const runs: GlyphRun[] = line.runs.map((run) => ({
    fontId: run.fontId,
    size: pt(run.size),
    x: pt(slot.x + run.x),
    y: slot.baseline,
    glyphIds: [...run.glyphIds],
    advances: run.advances.map(pt),
    dx: run.dx.map(pt),
    dy: run.dy.map(pt),
    clusters: [...run.clusters],
    source: { storyId, paragraphId: paragraph.id, start: run.start, end: run.end },
    emphasisDots: run.emphasisDots,
  }));
  return {
    x: slot.x,
    baseline: slot.baseline,
    width: pt(line.width),
    contentWidth: pt(line.contentWidth),
    ascent: pt(line.ascent),
    descent: pt(line.descent),
    runs,
    source: { storyId, paragraphId: paragraph.id, start: line.start, end: line.end },
    lastOfParagraph: line.last,
  };
}
