// flowStory.ts: a story through its thread, paragraph by paragraph. Keeps: a paragraph whose
// style keeps with the next must end in the same column as the next paragraph's first line (or
// in the band above it); when it does not, the chain moves to the next column once. What does
// not fit is overset, counted in 字 from the first line that found no room. Where the thread
// changes page, jump lines (jumpLines.ts) take their room first and are added to the frames after.
// The frame the story ends in is then balanced (balance.ts) and vertically aligned (verticalAlign.ts).
import { countChars, type Paragraph, type ParagraphStyle, ParagraphStyleIds, paragraphText, type Story, type Styles } from '../../model';
import type { LayoutEnv } from '../env';
import type { FrameLayout, LineLayout, MissingGlyphReport, OversetReport } from '../output/PageLayout';
import { buildFrameLayouts, type StoryLine } from './frameLayouts';
import { balanceLastFrame, memoized, type ThreadOutcome } from './balance';
import { flowParagraph, type ParagraphFlow } from './flowParagraph';
import { planJumps, setJumpLines } from './jumpLines';
import { type Cursor, nextRegion, startCursor } from './placeLine';
import type { ComposeParagraph, FlowOptions, ThreadFrame } from './types';
import { alignVertically } from './verticalAlign';

const SPANNING = new Set<string>([ParagraphStyleIds.kicker, ParagraphStyleIds.headline, ParagraphStyleIds.subhead, ParagraphStyleIds.byline]);

/** The default spanning rule: 引题, 主题, 副题 and 署名 are set across the frame at its top. */
export function spansColumns(style: ParagraphStyle): boolean {
  return SPANNING.has(style.id);
}

/** A style sits on the baseline grid when its leading is the grid's pitch. */
export function onBaselineGrid(style: ParagraphStyle, pitch: number): boolean {
  return Math.abs(style.leading - pitch) < 0.0005;
}

export const DEFAULT_MIN_WRAP_MEASURE_EM = 4;

export interface StoryFlow {
  /** One per frame of the thread, in thread order. */
  readonly frames: readonly FrameLayout[];
  readonly overset: OversetReport | null;
  readonly missing: readonly MissingGlyphReport[];
}

export interface StoryJob {
  readonly story: Story;
  readonly thread: readonly ThreadFrame[];
  readonly styles: Styles;
  readonly env: LayoutEnv;
  readonly compose: ComposeParagraph;
  readonly options?: FlowOptions;
}

interface Attempt {
  readonly cursor: Cursor;
  readonly lines: StoryLine[];
  readonly flows: Array<{ index: number; flow: ParagraphFlow }>;
  /** Paragraph and line where the thread ran out, if it did. */
  readonly overset: { paragraph: number; line: number } | null;
}

/**
 * Flows the story through its thread; the frame it ends in has its columns balanced unless
 * `options.balanceColumns` is false (balance.ts).
 */
export function flowStory(job: StoryJob): StoryFlow {
  return alignEndFrame(job, flowBalanced(job));
}

function flowBalanced(job: StoryJob): StoryFlow {
  if (job.options?.balanceColumns === false) return flowThread(job).flow;
  // The first pass goes through the same memo as the balancing tries, so a try composes only
  // the paragraphs whose measures it changes (bench/layout.bench.ts compares the cost).
  const memoJob = { ...job, compose: memoized(job.compose) };
  return balanceLastFrame(memoJob, flowThread(memoJob), flowThread).flow;
}

/**
 * Vertical alignment of the frame the story ends in (verticalAlign.ts), after balancing, so it
 * moves the lines balancing settled on. Overset text fills its thread: nothing moves.
 */
function alignEndFrame(job: StoryJob, flow: StoryFlow): StoryFlow {
  if (flow.overset !== null) return flow;
  const end = flow.frames.findLastIndex((f) => f.columns.some((c) => c.lines.length > 0));
  const jumpStyle = job.styles.paragraph.find((s) => s.id === ParagraphStyleIds.jump);
  const styleIds = new Map(job.story.paragraphs.map((p) => [p.id, p.style]));
  const pitch = job.thread[end]?.grid.pitch ?? 0;
  const onGrid = (line: LineLayout): boolean => {
    const id = line.source.paragraphId;
    const style = id.startsWith('jump:') ? jumpStyle : job.styles.paragraph.find((s) => s.id === styleIds.get(id));
    return style !== undefined && onBaselineGrid(style, pitch);
  };
  const frames = alignVertically(flow.frames, job.thread, end, onGrid);
  return frames === flow.frames ? flow : { ...flow, frames };
}

/** One pass through the thread as it is (with whatever column feet it carries). */
function flowThread(job: StoryJob): ThreadOutcome {
  const { story } = job;
  const jumps = planJumps(job);
  const thread = jumps.thread;
  const paragraphs = story.paragraphs;
  const styleOf = (p: Paragraph): ParagraphStyle => {
    const style = job.styles.paragraph.find((s) => s.id === p.style);
    // parseEdition checks every paragraph's style, so this is a broken invariant, not a user error.
    if (!style) throw new Error(`story "${story.id}", paragraph "${p.id}": no paragraph style "${p.style}"`);
    return style;
  };

  const runChain = (cursor0: Cursor, from: number, to: number, checkKeeps: boolean): Attempt & { kept: boolean } => {
    let cursor = cursor0;
    const lines: StoryLine[] = [];
    const flows: Attempt['flows'] = [];
    for (let i = from; i <= to; i++) {
      const paragraph = paragraphs[i];
      if (!paragraph) break;
      if (cursor.frame >= thread.length) return { cursor, lines, flows, overset: { paragraph: i, line: 0 }, kept: true };
      const style = styleOf(paragraph);
      const spans = cursor.column < 0 && (job.options?.spans ?? spansColumns)(style);
      const grid = thread[cursor.frame]?.grid;
      const onGrid = grid !== undefined && onBaselineGrid(style, grid.pitch);
      const minMeasure = (job.options?.minWrapMeasureEm ?? DEFAULT_MIN_WRAP_MEASURE_EM) * style.size;
      const flow = flowParagraph({ thread, cursor, paragraph, style, styles: job.styles, env: job.env, compose: job.compose, spans, onGrid, minMeasure });
      flows.push({ index: i, flow });
      for (const p of flow.placed) lines.push({ ...p, paragraph });
      cursor = flow.cursor;
      if (flow.oversetLine !== null) return { cursor, lines, flows, overset: { paragraph: i, line: flow.oversetLine }, kept: true };
    }
    return { cursor, lines, flows, overset: null, kept: !checkKeeps || keepsHold(flows) };
  };

  let cursor = startCursor(0);
  const lines: StoryLine[] = [];
  const finalFlows = new Map<number, ParagraphFlow>();
  let overset: Attempt['overset'] = null;
  for (let i = 0; i < paragraphs.length && overset === null; ) {
    const to = chainEnd(paragraphs, i, styleOf);
    let attempt = runChain(cursor, i, to, to > i);
    // Moving helps only when the chain did not already start at the top of a region.
    if (!attempt.kept && cursor.baseline !== null) attempt = runChain(nextRegion(thread, cursor), i, to, false);
    lines.push(...attempt.lines);
    for (const { index, flow } of attempt.flows) finalFlows.set(index, flow);
    cursor = attempt.cursor;
    overset = attempt.overset;
    i = to + 1;
  }

  const missing: MissingGlyphReport[] = [];
  for (const [index, flow] of [...finalFlows].sort((a, b) => a[0] - b[0])) {
    const paragraph = paragraphs[index];
    if (!paragraph) continue;
    for (const m of flow.composed.missing) missing.push({ storyId: story.id, paragraphId: paragraph.id, offset: m.offset, char: m.char, fontId: m.fontId });
  }
  const report = overset === null ? null : oversetReport(story, thread, overset, finalFlows.get(overset.paragraph));
  // The text crossed a page change when a line stands past it, or when some of it is overset.
  const furthest = lines.reduce((max, l) => Math.max(max, l.slot.frame), -1);
  const set = setJumpLines(story.id, buildFrameLayouts(story.id, thread, lines), jumps, (after) => report !== null || furthest > after);
  const inColumns = lines.some((l) => l.slot.frame === furthest && l.slot.column >= 0);
  return { flow: { frames: set.frames, overset: report, missing: [...missing, ...set.missing] }, endFrame: inColumns ? furthest : -1 };
}

/** The last paragraph of the keep chain starting at `from`: the first one that does not keep with next. */
function chainEnd(paragraphs: readonly Paragraph[], from: number, styleOf: (p: Paragraph) => ParagraphStyle): number {
  let to = from;
  while (to < paragraphs.length - 1) {
    const p = paragraphs[to];
    if (!p || !styleOf(p).keepWithNext) break;
    to++;
  }
  return to;
}

/** Each kept paragraph's last line shares a column (or the band above it) with the next paragraph's first line. */
function keepsHold(flows: Attempt['flows']): boolean {
  for (let k = 0; k + 1 < flows.length; k++) {
    const last = flows[k]?.flow.placed.at(-1)?.slot;
    const first = flows.slice(k + 1).find((f) => f.flow.placed.length > 0)?.flow.placed[0]?.slot;
    if (!last || !first) continue;
    if (last.frame !== first.frame || (last.column !== first.column && last.column >= 0)) return false;
  }
  return true;
}

function oversetReport(story: Story, thread: readonly ThreadFrame[], at: { paragraph: number; line: number }, flow: ParagraphFlow | undefined): OversetReport | null {
  const paragraph = story.paragraphs[at.paragraph];
  if (!paragraph) return null;
  const offset = flow?.composed.lines[at.line]?.start ?? 0;
  let chars = countChars(paragraphText(paragraph).slice(offset));
  for (const rest of story.paragraphs.slice(at.paragraph + 1)) chars += countChars(paragraphText(rest));
  // Only whitespace left over is nothing a reader would miss: no "+0 字" mark.
  if (chars === 0) return null;
  const last = thread[thread.length - 1];
  return {
    storyId: story.id,
    chars,
    from: { paragraphId: paragraph.id, offset },
    lastFrame: last ? { pageId: last.pageId, frameId: last.frameId } : null,
  };
}
