// copyfit.ts: how far a story is from fitting its frames, as InCopy's copyfit bar shows it:
// over by N 字 and M lines, or under by N 字 and M lines. Read from the composed layout, so it
// agrees with the "+N 字" mark and with what is painted.
//
// 1. Over: the overset report counts the 字 not placed. Lines are estimated paragraph by
//    paragraph from there on, each at its style's size on the measure of the thread's last
//    column (paragraphs past a full thread are not composed, so there are no real lines),
//    and given in lines of the baseline grid.
// 2. Under: every column of every frame in the thread has room below its last line (the whole
//    column when it is empty); that room in grid lines, times the 字 a body line holds in that
//    column, is what the story could still take. Text wrap inside a column is not subtracted.
import { countChars, type PageFormat, paragraphText, type Story, type Styles } from '../model';
import type { ColumnLayout, FrameLayout, OversetReport } from './output/PageLayout';

export interface CopyfitInput {
  readonly story: Story;
  readonly styles: Styles;
  readonly format: PageFormat;
  /** The story's thread as composed, in thread order (FrameLayout of each of its frames). */
  readonly frames: readonly FrameLayout[];
  /** The story's overset report, or null when everything was placed. */
  readonly overset: OversetReport | null;
}

export interface Copyfit {
  readonly state: 'over' | 'under' | 'fit';
  /** 字 over (not placed) or under (room left at body size); 0 when it fits. */
  readonly chars: number;
  /** Lines of the baseline grid over or under; 0 when it fits. */
  readonly lines: number;
}

/** 1/1000 pt, the engine's rounding: room this close to a whole line counts as that line. */
const EPSILON = 0.001;

export function copyfit(input: CopyfitInput): Copyfit {
  const pitch = input.format.baselineGrid.pitch;
  const columns = input.frames.flatMap((f) => f.columns);
  if (input.overset && input.overset.chars > 0) {
    const measure = columns.at(-1)?.width ?? 0;
    return { state: 'over', chars: input.overset.chars, lines: oversetLines(input, input.overset, measure, pitch) };
  }
  const body = input.format.bodySize;
  let lines = 0;
  let chars = 0;
  for (const column of columns) {
    const free = freeLines(column, pitch);
    lines += free;
    chars += free * Math.floor(column.width / body + EPSILON);
  }
  return lines > 0 ? { state: 'under', chars, lines } : { state: 'fit', chars: 0, lines: 0 };
}

/** Whole grid lines left below a column's last line (a jump line counts as a line). */
function freeLines(column: ColumnLayout, pitch: number): number {
  const last = column.lines.at(-1);
  const used = last ? last.baseline + last.descent : column.y;
  const room = column.y + column.height - used;
  return room > 0 ? Math.floor(room / pitch + EPSILON) : 0;
}

function oversetLines(input: CopyfitInput, overset: OversetReport, measure: number, pitch: number): number {
  const { story, styles } = input;
  const start = story.paragraphs.findIndex((p) => p.id === overset.from.paragraphId);
  if (start < 0 || measure <= 0) return 0;
  let height = 0;
  story.paragraphs.slice(start).forEach((paragraph, i) => {
    const style = styles.paragraph.find((s) => s.id === paragraph.style);
    if (!style) return;
    const text = i === 0 ? paragraphText(paragraph).slice(overset.from.offset) : paragraphText(paragraph);
    const chars = countChars(text);
    if (chars === 0) return;
    // A paragraph cut mid-way goes on without its first-line indent.
    const indent = i === 0 && overset.from.offset > 0 ? 0 : style.firstLineIndentEm;
    const perLine = Math.max(1, Math.floor(measure / style.size + EPSILON));
    height += Math.ceil((chars + indent) / perLine) * style.leading + (i === 0 ? 0 : style.spaceBefore) + style.spaceAfter;
  });
  return Math.ceil(height / pitch - EPSILON);
}
