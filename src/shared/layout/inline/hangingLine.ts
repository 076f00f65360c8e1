// hangingLine.ts: setting a line whose last mark hangs (行末点号悬挂, typesetting-cjk.md §5).
// The text before the mark is set to the measure as any line is (justify.ts); the mark follows
// at its line-end width (its blank cut), outside the measure, so it counts neither in the
// width the line is justified to nor in the fit (fit.ts decides which lines hang).
import { type JustifyContext, type LineSetting, setLine } from './justify';

/** The setting of [s, e) whose code point `mark` hangs; whatever follows the mark (spaces) hangs at 0. */
export function setHangingLine(ctx: JustifyContext, s: number, mark: number, e: number, target: number, justify: boolean): LineSetting {
  const { m, extras } = ctx;
  const inside = setLine(ctx, s, mark, target, justify);
  const advances = new Float64Array(e - s);
  const shift = new Float64Array(e - s);
  advances.set(inside.advances);
  shift.set(inside.shift);
  // Tracking at the boundary before the mark goes with it into the margin.
  const before = mark - 1 - s;
  advances[before] = (advances[before] ?? 0) + (extras.extra[mark] ?? 0);
  advances[mark - s] = (m.advance[mark] ?? 0) - (m.blankLeft[mark] ?? 0) - (m.blankRight[mark] ?? 0);
  // A mark with a blank on its left (none of the hanging kinds today) would draw shifted left.
  shift[mark - s] = m.blankLeft[mark] ?? 0;
  return { advances, shift, width: inside.width };
}
