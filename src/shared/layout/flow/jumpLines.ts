// jumpLines.ts: 转版 lines (typesetting-cjk.md §11.6). Where a story's thread goes on from a frame
// on one page to a frame on another, the reader is told where: （下转第二版） at the foot of the
// last column on the first page, （上接第一版） at the top of the continuation frame. They are made
// from the thread each time the story is flowed, so after pages move the next composition shows
// the new numbers; they are set in the edition's 转版 style (ParagraphStyleIds.jump), so
// restyling it restyles them. They take room from their frames (reserved before the story is
// flowed, so the text flows on past them) but are not story text: their source names the
// synthetic paragraph `jump:<frameId>:out` / `jump:<frameId>:in`.
import { chineseNumber, type Paragraph, type ParagraphStyle, ParagraphStyleIds, type Styles } from '../../model';
import type { LayoutEnv } from '../env';
import type { ComposedParagraph } from '../inline/composedParagraph';
import type { ColumnLayout, FrameLayout, LineLayout, MissingGlyphReport } from '../output/PageLayout';
import { columnSpans, freeSpan, pt } from './geometry';
import { lineLayout } from './frameLayouts';
import type { ComposeParagraph, ThreadFrame } from './types';

export type JumpDirection = 'out' | 'in';

/**
 * The wording, in one place. A page is named by its number in Chinese, 第二版, as the running
 * head prints it ({pageNumberZh}); not by its label (A02), because moving pages renumbers them
 * (model ops keep `number` equal to the position) but leaves their labels as they were.
 */
export function jumpText(direction: JumpDirection, pageNumber: number): string {
  const page = `第${chineseNumber(pageNumber)}版`;
  return direction === 'out' ? `（下转${page}）` : `（上接${page}）`;
}

/** The synthetic paragraph id a jump line's source names; no story has such a paragraph. */
export function jumpParagraphId(frameId: string, direction: JumpDirection): string {
  return `jump:${frameId}:${direction}`;
}

interface PlannedJump {
  /** Index in the thread of the frame the line stands in. */
  readonly frame: number;
  readonly paragraph: Paragraph;
  readonly composed: ComposedParagraph;
  readonly x: number;
  readonly width: number;
  readonly baselines: readonly number[];
  /** Height taken from the frame: the lines, the gap their leading asks, and space before/after. */
  readonly reserve: number;
}

interface PlannedBoundary {
  /** The thread changes page after this frame. */
  readonly after: number;
  readonly out: PlannedJump | null;
  readonly in: PlannedJump | null;
}

export interface JumpPlan {
  /** The thread with room reserved for every planned jump line. */
  readonly thread: readonly ThreadFrame[];
  readonly boundaries: readonly PlannedBoundary[];
}

export interface JumpJob {
  readonly thread: readonly ThreadFrame[];
  readonly styles: Styles;
  readonly env: LayoutEnv;
  readonly compose: ComposeParagraph;
}

/**
 * Composes the jump lines of every page change in the thread and reserves their room. Whether
 * the story's text actually crosses a page change is only known after flowing; the lines of a
 * change the text never reaches are dropped then (setJumpLines). Their reserve cost nothing:
 * it only shortened the last column the text ended in (which held it anyway) and later frames.
 * An edition without a 转版 style gets no jump lines; a line wider than its column's free part
 * or taller than its frame is not set.
 */
export function planJumps(job: JumpJob): JumpPlan {
  const style = job.styles.paragraph.find((s) => s.id === ParagraphStyleIds.jump);
  if (!style) return { thread: job.thread, boundaries: [] };
  const thread = [...job.thread];
  const boundaries: PlannedBoundary[] = [];
  for (let i = 0; i + 1 < job.thread.length; i++) {
    const from = job.thread[i];
    const to = job.thread[i + 1];
    if (!from || !to || from.pageId === to.pageId) continue;
    const out = planOne(job, style, from, i, 'out', to.pageNumber);
    const into = planOne(job, style, to, i + 1, 'in', from.pageNumber);
    const a = thread[i];
    const b = thread[i + 1];
    if (out && a) thread[i] = { ...a, reserveFoot: out.reserve };
    if (into && b) thread[i + 1] = { ...b, reserveTop: into.reserve };
    boundaries.push({ after: i, out, in: into });
  }
  return { thread, boundaries };
}

function planOne(job: JumpJob, style: ParagraphStyle, frame: ThreadFrame, index: number, direction: JumpDirection, otherPage: number): PlannedJump | null {
  const spans = columnSpans(frame.content.x, frame.content.width, frame.columns, frame.gutter);
  const column = direction === 'out' ? spans[spans.length - 1] : spans[0];
  if (!column || column.width <= 0) return null;
  const paragraph: Paragraph = {
    id: jumpParagraphId(frame.frameId, direction),
    style: style.id,
    runs: [{ text: jumpText(direction, otherPage), charStyle: null, marks: [] }],
  };
  const setAt = (x: number, width: number): PlannedJump | null => {
    const composed = job.compose(paragraph, style, job.styles, () => width, job.env);
    const block = stack(composed, style, frame, direction);
    if (!block) return null;
    return { frame: index, paragraph, composed, x, width, ...block };
  };
  const first = setAt(column.x, column.width);
  if (!first) return null;
  // A photo that wraps over the column's foot (or top) leaves the line its free side.
  const top = Math.min(...first.baselines) - (first.composed.lines[0]?.ascent ?? 0);
  const bottom = Math.max(...first.baselines) + (first.composed.lines.at(-1)?.descent ?? 0);
  const free = freeSpan(column.x, column.width, top, bottom, frame.obstacles);
  const planned = free.x === column.x && free.width === column.width ? first : free.width > 0 ? setAt(free.x, free.width) : null;
  return planned && planned.reserve <= frame.content.height ? planned : null;
}

/** Baselines of the composed lines at the frame's top ('in') or foot ('out'), and the room they take. */
function stack(composed: ComposedParagraph, style: ParagraphStyle, frame: ThreadFrame, direction: JumpDirection): { baselines: number[]; reserve: number } | null {
  const lines = composed.lines;
  const head = lines[0];
  const tail = lines[lines.length - 1];
  if (!head || !tail) return null;
  const offsets: number[] = [];
  let at = head.ascent;
  lines.forEach((line, k) => {
    if (k > 0) at += line.leading;
    offsets.push(at);
  });
  const height = at + tail.descent;
  // The gap the style's leading leaves between its line and the text next to it.
  const gap = Math.max(0, style.leading - (head.ascent + head.descent));
  const { content } = frame;
  const top = direction === 'in' ? content.y : content.y + content.height - height;
  const reserve = pt(height + gap + (direction === 'in' ? composed.spaceAfter : composed.spaceBefore));
  return { baselines: offsets.map((o) => pt(top + o)), reserve };
}

/**
 * Adds the planned lines of the page changes the story's text crossed (`crossed(after)`) to the
 * frame layouts (one per thread frame, in thread order): the 下转 line as the last line of the
 * frame's last column, the 上接 line as the first line of its first entry (the band, if the
 * continuation starts with one, else column 0).
 */
export function setJumpLines(
  storyId: string,
  frames: readonly FrameLayout[],
  plan: JumpPlan,
  crossed: (after: number) => boolean,
): { frames: FrameLayout[]; missing: MissingGlyphReport[] } {
  const out = [...frames];
  const missing: MissingGlyphReport[] = [];
  for (const boundary of plan.boundaries) {
    if (!crossed(boundary.after)) continue;
    for (const jump of [boundary.out, boundary.in]) {
      const frame = jump && out[jump.frame];
      if (!jump || !frame) continue;
      const lines = jumpLineLayouts(storyId, jump);
      const columns = [...frame.columns];
      const at = jump === boundary.out ? columns.length - 1 : 0;
      const column = columns[at];
      if (!column) continue;
      columns[at] = jump === boundary.out ? withLines(column, [...column.lines, ...lines]) : withLines(column, [...lines, ...column.lines]);
      out[jump.frame] = { ...frame, columns };
      for (const m of jump.composed.missing) missing.push({ storyId, paragraphId: jump.paragraph.id, offset: m.offset, char: m.char, fontId: m.fontId });
    }
  }
  return { frames: out, missing };
}

function withLines(column: ColumnLayout, lines: LineLayout[]): ColumnLayout {
  return { ...column, lines };
}

function jumpLineLayouts(storyId: string, jump: PlannedJump): LineLayout[] {
  return jump.composed.lines.map((line, k) => {
    const slot = { frame: jump.frame, column: 0, columnsTop: null, x: jump.x, width: jump.width, baseline: jump.baselines[k] ?? 0 };
    return lineLayout(storyId, { slot, line, paragraph: jump.paragraph });
  });
}
