// keepIdentity.ts: a freshly flowed story, with every line, column and frame that came out the
// same as last time replaced by last time's object. The page view memoises per frame and per
// line on object identity (canvas/FrameText.tsx), so a keystroke re-renders and repaints only
// the lines it changed. The output is the same data either way: only identities differ.
import type { StoryFlow } from '../../shared/layout/flow';
import type { ColumnLayout, FrameLayout, GlyphRun, LineLayout, SourceRange } from '../../shared/layout/output';

const sameNumbers = (a: readonly number[], b: readonly number[]): boolean => {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

const sameSource = (a: SourceRange, b: SourceRange): boolean =>
  a.storyId === b.storyId && a.paragraphId === b.paragraphId && a.start === b.start && a.end === b.end;

const sameRun = (a: GlyphRun, b: GlyphRun): boolean =>
  a.fontId === b.fontId &&
  a.size === b.size &&
  a.x === b.x &&
  a.y === b.y &&
  a.emphasisDots === b.emphasisDots &&
  sameSource(a.source, b.source) &&
  sameNumbers(a.glyphIds, b.glyphIds) &&
  sameNumbers(a.advances, b.advances) &&
  sameNumbers(a.dx, b.dx) &&
  sameNumbers(a.dy, b.dy) &&
  sameNumbers(a.clusters, b.clusters);

export function sameLine(a: LineLayout, b: LineLayout): boolean {
  if (a === b) return true;
  if (a.x !== b.x || a.baseline !== b.baseline || a.width !== b.width || a.contentWidth !== b.contentWidth) return false;
  if (a.ascent !== b.ascent || a.descent !== b.descent || a.lastOfParagraph !== b.lastOfParagraph || !sameSource(a.source, b.source)) return false;
  if (a.runs.length !== b.runs.length) return false;
  return a.runs.every((run, i) => {
    const other = b.runs[i];
    return other !== undefined && sameRun(run, other);
  });
}

// Lines are looked up by where they sit and what they start with, so a line that stayed put
// is found even when lines before it in the frame changed.
const lineKey = (line: LineLayout): string => `${line.source.paragraphId}:${line.source.start}:${line.x}:${line.baseline}`;

function keepColumn(next: ColumnLayout, before: ColumnLayout | undefined, lines: ReadonlyMap<string, LineLayout>): ColumnLayout {
  let changed = false;
  const kept = next.lines.map((line) => {
    const old = lines.get(lineKey(line));
    if (old && sameLine(old, line)) return old;
    changed = true;
    return line;
  });
  if (before && !changed && before.lines.length === kept.length && kept.every((l, i) => l === before.lines[i])) {
    if (before.x === next.x && before.y === next.y && before.width === next.width && before.height === next.height) return before;
  }
  return { ...next, lines: kept };
}

/** `next` with the parts equal to `before` (the same frame's last layout) taken from `before`. */
export function keepFrame(next: FrameLayout, before: FrameLayout | undefined): FrameLayout {
  if (!before || before === next) return next;
  const lines = new Map<string, LineLayout>();
  for (const column of before.columns) for (const line of column.lines) lines.set(lineKey(line), line);
  const columns = next.columns.map((column, i) => keepColumn(column, before.columns[i], lines));
  const same = before.frameId === next.frameId && before.storyId === next.storyId && columns.length === before.columns.length && columns.every((c, i) => c === before.columns[i]);
  return same ? before : { ...next, columns };
}

/** `next` with every frame layout that did not change taken from `before`. */
export function keepFlow(next: StoryFlow, before: StoryFlow | undefined): StoryFlow {
  if (!before) return next;
  const byFrame = new Map(before.frames.map((f) => [f.frameId, f]));
  return { ...next, frames: next.frames.map((frame) => keepFrame(frame, byFrame.get(frame.frameId))) };
}
