// balance.ts: balanced ragged lines for headlines (ParagraphStyle.balanceLines). A headline
// filled line by line breaks wherever the measure runs out, often inside a word (环|保), and
// can leave a short tail; editors rebreak it where a phrase ends. Without a dictionary (and the
// page and the PDF must break alike, so none from the host), the phrase ends the engine knows
// are punctuation and spaces: after 、，：。 and closing marks, after a space, before an opening
// mark. Lines broken only there are chosen at the narrowest measure that keeps the number of
// lines, none overflowing, then set and aligned in the full measure, so a centred headline
// stays centred and the frame keeps its depth. A headline with no such break, or one the
// measure cannot hold broken only there, keeps the lines it was filled with.
import type { Boundaries } from './breaks';
import type { ChosenLines } from './chooseLines';
import type { InlineMetrics } from './compression';
import type { MarkKind } from './punctuation';

/** How close to the narrowest measure the search gets, in pt (a 1/40 of a 10 pt character). */
const PRECISION = 0.25;
/** Marks a phrase ends with. */
const ENDING: ReadonlySet<MarkKind> = new Set(['comma', 'stop', 'colon', 'closing']);
const SPACES: ReadonlySet<number> = new Set([0x20, 0x3000]);

/** `b` with only the breaks where a phrase ends still allowed (and the mandatory ones). */
export function phraseBreaks(b: Boundaries, m: InlineMetrics): Boundaries {
  const action = b.action.map((a, j) => {
    if (a !== 'allowed') return a;
    const before = m.marks[j - 1]?.kind;
    const after = m.marks[j]?.kind;
    const phraseEnd = (before !== undefined && ENDING.has(before)) || SPACES.has(b.cps[j - 1] ?? 0) || after === 'opening';
    return phraseEnd ? a : 'prohibited';
  });
  return { ...b, action };
}

/**
 * The paragraph's lines broken only where phrases end, at the narrowest measure that keeps
 * their number; `choose(0, b)`'s lines when that cannot be. `choose(narrowBy, breaks)` chooses
 * lines from `breaks` in a measure narrowed by `narrowBy` pt; `widest` is the widest measure.
 */
export function balancedLines(choose: (narrowBy: number, breaks: Boundaries) => ChosenLines, b: Boundaries, m: InlineMetrics, widest: number): ChosenLines {
  const filled = choose(0, b);
  const count = filled.lines.length;
  if (count < 2 || overflows(filled)) return filled;
  const phrases = phraseBreaks(b, m);
  const keeps = (chosen: ChosenLines): boolean => chosen.lines.length === count && !overflows(chosen);
  let best = choose(0, phrases);
  if (!keeps(best)) return filled;
  let fits = 0;
  // Narrowed by this much, n lines hold at most what n − 1 full lines would: never the same count.
  let fails = (widest * (count - 1)) / count + PRECISION;
  while (fails - fits > PRECISION) {
    const by = (fits + fails) / 2;
    const narrower = choose(by, phrases);
    if (keeps(narrower)) {
      fits = by;
      best = narrower;
    } else {
      fails = by;
    }
  }
  return best;
}

function overflows(chosen: ChosenLines): boolean {
  return chosen.lines.some((line) => line.resolution === 'overflow');
}
