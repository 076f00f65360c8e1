// pdfText.ts: what pdftotext reads back from a region of a page, what the layout says should be
// there, and the one normalisation allowed between them (whitespace only).
import type { ColumnLayout, FrameLayout, LineLayout } from '../../../../../src/shared/layout/output';
import { type Edition, type Paragraph, paragraphText, type TextFrame } from '../../../../../src/shared/model';
import { linesBox, type Rect } from './layoutBoxes';
import { tool } from './tools';

/**
 * Whitespace only: every run of whitespace becomes one space, and a space is kept only between
 * two Latin letters or digits, where it separates words. Elsewhere a space or line break is an
 * artefact: a line end (Chinese has no spaces), or the Han–Latin gap, which pdftotext reads as a
 * space but the story does not hold.
 */
export function normaliseWhitespace(text: string): string {
  const word = /[\p{Script=Latin}\p{Nd}]/u;
  const collapsed = text.replace(/\s+/gu, ' ').trim();
  let out = '';
  for (let i = 0; i < collapsed.length; i++) {
    const ch = collapsed[i]!;
    if (ch === ' ' && !(word.test(collapsed[i - 1] ?? '') && word.test(collapsed[i + 1] ?? ''))) continue;
    out += ch;
  }
  return out;
}

/** Text lines are story text; 转版 jump lines name a synthetic paragraph `jump:<frameId>:out|in`. */
export const isJumpLine = (line: LineLayout): boolean => line.source.paragraphId.startsWith('jump:');

/** The story text the layout set on these lines, in their order (paragraph breaks as \n). */
export function linesText(lines: readonly LineLayout[], paragraphs: ReadonlyMap<string, Paragraph>): string {
  let out = '';
  let previous: string | null = null;
  for (const line of lines) {
    const p = paragraphs.get(line.source.paragraphId);
    if (!p) throw new Error(`line of unknown paragraph ${line.source.storyId}/${line.source.paragraphId}`);
    if (previous !== null) out += '\n';
    out += paragraphText(p).slice(line.source.start, line.source.end);
    previous = p.id;
  }
  return out;
}

export function paragraphIndex(edition: Edition): Map<string, Paragraph> {
  return new Map(edition.stories.flatMap((s) => s.paragraphs.map((p) => [p.id, p] as const)));
}

/** The frames of a story in thread order (first frame: no prev), as (pageIndex, frame). */
export function threadFrames(edition: Edition, storyId: string): Array<{ pageIndex: number; frame: TextFrame }> {
  const all = edition.pages.flatMap((page, pageIndex) => page.frames.filter((f): f is TextFrame => f.kind === 'text' && f.storyId === storyId).map((frame) => ({ pageIndex, frame })));
  const byId = new Map(all.map((e) => [`${edition.pages[e.pageIndex]!.id}/${e.frame.id}`, e]));
  const out: typeof all = [];
  let at = all.find((e) => e.frame.prev === null);
  while (at && out.length <= all.length) {
    out.push(at);
    at = at.frame.next ? byId.get(`${at.frame.next.pageId}/${at.frame.next.frameId}`) : undefined;
  }
  if (out.length !== all.length) throw new Error(`story ${storyId}: its ${all.length} frames do not form one thread`);
  return out;
}

/**
 * The region of a column holding its story lines, in page points (y down from the trim): the
 * column's width plus `slack` either side (hanging punctuation stands past the measure, and the
 * gutter is wider than the slack), from the first line's ascent to the last line's descent, so
 * jump lines above or below are outside.
 */
export function columnStoryRect(column: ColumnLayout, slack = 3): Rect | null {
  const lines = column.lines.filter((l) => !isJumpLine(l) && l.runs.length > 0);
  if (lines.length === 0) return null;
  const box = linesBox(lines);
  return { x0: column.x - slack, x1: column.x + column.width + slack, y0: box.y0, y1: box.y1 };
}

/** pdftotext's reading of one rectangle of a page (points from the MediaBox top-left, y down). */
export async function textIn(file: string, page: number, r: Rect): Promise<string> {
  // pdftotext takes whole pixels; at 720 dpi a pixel is 0.1 pt.
  const k = 10;
  const x = Math.floor(r.x0 * k);
  const y = Math.floor(r.y0 * k);
  const args = ['-r', String(72 * k), '-f', String(page), '-l', String(page), '-x', String(x), '-y', String(y), '-W', String(Math.ceil(r.x1 * k) - x), '-H', String(Math.ceil(r.y1 * k) - y), '-enc', 'UTF-8', '-nopgbrk', file, '-'];
  const { code, stdout, stderr } = await tool('pdftotext', args);
  if (code !== 0 || stderr !== '') throw new Error(`pdftotext ${args.join(' ')}: exit ${code}\n${stderr}`);
  return stdout;
}

/** Every frame of the layout with story lines, per page, with its expected text per column. */
export function storyColumns(frame: FrameLayout, paragraphs: ReadonlyMap<string, Paragraph>): Array<{ rect: Rect; expected: string }> {
  const out: Array<{ rect: Rect; expected: string }> = [];
  for (const column of frame.columns) {
    const rect = columnStoryRect(column);
    if (rect) out.push({ rect, expected: linesText(column.lines.filter((l) => !isJumpLine(l) && l.runs.length > 0), paragraphs) });
  }
  return out;
}
