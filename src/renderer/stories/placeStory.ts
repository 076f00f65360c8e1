// placeStory.ts: a story dropped on the page becomes a text frame on the grid. The frame starts
// at the base column under the pointer, on the baseline grid; it spans the free columns to the
// right of it (up to four, a common article width) and is as deep as the story needs at that
// width, but never deeper than the free space below. How deep is asked of the engine itself
// (the fewest grid lines at which the story is not overset), so the frame fits its text; while
// the fonts are still loading it is estimated from the paragraphs' styles instead.
// A story already placed is continued: the new frame is threaded after its last frame.
import { spansColumns } from '../../shared/layout/flow';
import {
  applyOps,
  columnEdges,
  columnWidth,
  countChars,
  type Edition,
  type Frame,
  newTextFrame,
  type Op,
  type Page,
  paragraphText,
  ParagraphStyleIds,
  roundPt,
  spanWidth,
  type Story,
  type TextFrame,
  typeArea,
} from '../../shared/model';

/** Widest frame a drop makes; wider articles are made by resizing. */
export const MAX_DROP_SPAN = 4;
/** A dropped frame is at least this many lines deep. */
const MIN_LINES = 3;
/** Lines are rarely full: room for short last lines and punctuation kept off line starts. */
const SLACK = 1.08;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface DropBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Base columns spanned, which the frame is divided into. */
  readonly columns: number;
  /** The free depth below `y`: the deepest the frame may be. */
  readonly room: number;
}

/**
 * Whether the story is overset in `edition` as the engine flows it, or null when the engine
 * cannot tell yet (its fonts are loading).
 */
export type StoryOverset = (edition: Edition, storyId: string) => boolean | null;

type Rect = Pick<Frame, 'x' | 'y' | 'width' | 'height'>;

const overlaps = (a: Rect, left: number, right: number, top: number, bottom: number): boolean =>
  a.x < right && a.x + a.width > left && a.y < bottom && a.y + Math.max(a.height, 0.001) > top;

/** Frames a new frame must not run into: the page's own and its master's. */
function obstacles(edition: Edition, page: Page): Rect[] {
  const master = edition.masters.find((m) => m.id === page.masterId);
  return [...(master?.frames ?? []), ...page.frames];
}

/** Height the story takes in a frame of `columns` base columns, snapped up to whole grid lines. */
export function storyDepth(edition: Edition, story: Story, columns: number): number {
  const { format, styles } = edition;
  const body = styles.paragraph.find((s) => s.id === ParagraphStyleIds.body);
  const measure = columnWidth(format);
  const full = spanWidth(format, columns);
  let across = 0;
  let down = 0;
  for (const paragraph of story.paragraphs) {
    const style = styles.paragraph.find((s) => s.id === paragraph.style) ?? body;
    if (!style) continue;
    const ems = countChars(paragraphText(paragraph)) + style.firstLineIndentEm;
    const spans = spansColumns(style);
    const lines = Math.max(1, Math.ceil((ems * style.size * SLACK) / (spans ? full : measure)));
    const depth = lines * style.leading + style.spaceBefore + style.spaceAfter;
    if (spans) across += depth;
    else down += depth;
  }
  const pitch = format.baselineGrid.pitch;
  return Math.ceil((across + down / columns) / pitch) * pitch;
}

/** Where a story dropped at `point` goes on `page`. */
export function dropBox(edition: Edition, page: Page, story: Story, point: Point): DropBox {
  const { format } = edition;
  const area = typeArea(format);
  const edges = columnEdges(format);
  const pitch = format.baselineGrid.pitch;
  const nearest = edges.reduce((best, e, i) => (Math.abs((e.left + e.right) / 2 - point.x) < Math.abs(((edges[best]?.left ?? 0) + (edges[best]?.right ?? 0)) / 2 - point.x) ? i : best), 0);
  const first = edges.findIndex((e) => point.x >= e.left && point.x <= e.right);
  const start = first >= 0 ? first : nearest;
  const lines = Math.max(1, Math.floor(area.height / pitch));
  const row = Math.min(Math.max(Math.floor((point.y - area.y) / pitch), 0), Math.max(0, lines - MIN_LINES));
  const y = roundPt(area.y + row * pitch);
  const floor = area.y + area.height;
  const blockers = obstacles(edition, page).filter((f) => f.y + f.height > y);
  const free = (i: number): boolean => {
    const e = edges[i];
    return e !== undefined && !blockers.some((f) => overlaps(f, e.left, e.right, y, y + MIN_LINES * pitch));
  };
  let columns = 1;
  while (columns < MAX_DROP_SPAN && start + columns < edges.length && free(start + columns) && free(start)) columns++;
  const left = edges[start]?.left ?? area.x;
  const right = edges[start + columns - 1]?.right ?? left;
  const below = blockers.filter((f) => f.y >= y && overlaps(f, left, right, y, floor)).map((f) => f.y);
  const room = Math.max(MIN_LINES * pitch, Math.floor((Math.min(floor, ...below) - y) / pitch) * pitch);
  const height = Math.min(room, Math.max(MIN_LINES * pitch, storyDepth(edition, story, columns)));
  return { x: left, y, width: roundPt(right - left), height: roundPt(height), columns, room: roundPt(room) };
}

/**
 * `box` as deep as the engine needs for the story: the fewest grid lines, from MIN_LINES to the
 * room below, at which `fits(height)` holds (taller never fits worse). The estimate is tried
 * first, so a good one costs two flows. The whole room when even that does not fit (the story
 * shows overset); the estimate when the engine cannot tell.
 */
export function fittedBox(box: DropBox, pitch: number, fits: (height: number) => boolean | null): DropBox {
  const most = Math.max(MIN_LINES, Math.round(box.room / pitch));
  const at = (lines: number): number => roundPt(Math.min(box.room, lines * pitch));
  const whole = fits(at(most));
  if (whole === null) return box;
  if (!whole) return { ...box, height: at(most) };
  let low = MIN_LINES;
  let high = most;
  const guess = Math.min(most, Math.max(MIN_LINES, Math.round(box.height / pitch)));
  if (fits(at(guess))) high = guess;
  else low = guess + 1;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (fits(at(mid))) high = mid;
    else low = mid + 1;
  }
  return { ...box, height: at(high) };
}

/** `box` (dropBox's) fitted to the story by the engine when `overset` is given (fittedBox). */
export function fitDropBox(edition: Edition, page: Page, story: Story, box: DropBox, frameId: string, overset?: StoryOverset): DropBox {
  if (!overset) return box;
  return fittedBox(box, edition.format.baselineGrid.pitch, (height) => {
    const over = overset(applyOps(edition, frameOps(edition, page, story, { ...box, height }, frameId).ops).edition, story.id);
    return over === null ? null : !over;
  });
}

/** The last frame of the story's thread, if it is placed. */
function lastFrame(edition: Edition, storyId: string): { page: Page; frame: TextFrame } | null {
  for (const page of edition.pages) {
    for (const frame of page.frames) if (frame.kind === 'text' && frame.storyId === storyId && frame.next === null) return { page, frame };
  }
  return null;
}

/**
 * The ops that place `story` at `point` on `page` as a frame with id `frameId` (one undo step),
 * as deep as the engine needs when `overset` is given.
 */
export function placeStoryOps(edition: Edition, page: Page, story: Story, point: Point, frameId: string, overset?: StoryOverset): { ops: Op[]; frame: TextFrame } {
  return frameOps(edition, page, story, fitDropBox(edition, page, story, dropBox(edition, page, story, point), frameId, overset), frameId);
}

function frameOps(edition: Edition, page: Page, story: Story, box: DropBox, frameId: string): { ops: Op[]; frame: TextFrame } {
  const tail = lastFrame(edition, story.id);
  const frame = newTextFrame(
    frameId,
    { x: box.x, y: box.y, width: box.width, height: box.height },
    {
      storyId: story.id,
      columns: box.columns,
      gutter: edition.format.gutter,
      prev: tail ? { pageId: tail.page.id, frameId: tail.frame.id } : null,
    },
  );
  const ops: Op[] = [{ type: 'addFrame', pageId: page.id, index: page.frames.length, frame }];
  if (tail) ops.push({ type: 'updateFrame', pageId: tail.page.id, frameId: tail.frame.id, patch: { next: { pageId: page.id, frameId } } });
  return { ops, frame };
}
