// balance.ts: column balancing. A newspaper story that ends inside a multi-column frame does not
// fill column 1 and leave the others empty: its last lines are spread over the columns so they
// end level, the later columns at most one line shorter than the earlier ones. Only the frame the
// story ends in is balanced; a frame the text runs on from is filled as before.
//
// How: the columns' feet are raised (ThreadFrame.columnFeet) in steps of the baseline-grid pitch,
// a step at a time from the last column leftwards (all columns one step, then the last one a
// second step, …), and the story is flowed again; the most raised feet at which the story still
// ends in that frame with nothing overset win. Flowing again rather than moving lines keeps
// everything flow does right: spanning headline bands (the columns still start below them),
// keep-with-next chains, wrap, the grid and jump lines. The search starts from the empty grid
// lines the first flow left in the frame (exact for text on the grid: usually two extra flows),
// then steps and bisects; with keeps or wraps fitting need not be monotonic in the steps, but
// only feet that were tried and fitted are ever used.
import type { Paragraph } from '../../model';
import type { ComposedParagraph } from '../inline/composedParagraph';
import type { FrameLayout } from '../output/PageLayout';
import { pt } from './geometry';
import type { StoryFlow, StoryJob } from './flowStory';
import type { ComposeParagraph, ThreadFrame } from './types';

export interface ThreadOutcome {
  readonly flow: StoryFlow;
  /** Thread index of the frame the story's column text ends in; -1 when that is nowhere (or only a band). */
  readonly endFrame: number;
}

/** Column feet for `steps` pitch-steps of raising across `columns` columns, last columns first. */
export function balancedFeet(frame: ThreadFrame, steps: number): number[] {
  const n = Math.max(1, frame.columns);
  const foot = frame.content.y + frame.content.height;
  const each = Math.floor(steps / n);
  const extra = steps % n;
  const feet: number[] = [];
  for (let c = 0; c < n; c++) feet.push(pt(foot - (each + (c >= n - extra ? 1 : 0)) * frame.grid.pitch));
  return feet;
}

/**
 * Re-flows `job` with the columns of the frame the story ends in balanced; `first` when that
 * changes nothing. Pass a `job.compose` wrapped in memoized() (and use it for `first` too), or
 * every try composes the whole story again.
 */
export function balanceLastFrame(job: StoryJob, first: ThreadOutcome, flow: (job: StoryJob) => ThreadOutcome): ThreadOutcome {
  const k = first.endFrame;
  const frame = job.thread[k];
  if (first.flow.overset !== null || !frame || frame.columns < 2 || !(frame.grid.pitch > 0)) return first;
  const tryFeet = (steps: number): ThreadOutcome | null => {
    const thread = job.thread.map((f, i) => (i === k ? { ...f, columnFeet: balancedFeet(f, steps) } : f));
    const outcome = flow({ ...job, thread });
    return outcome.flow.overset === null && outcome.endFrame === k ? outcome : null;
  };
  const tried = new Map<number, ThreadOutcome | null>([[0, first]]);
  const fits = (steps: number): boolean => {
    if (!tried.has(steps)) tried.set(steps, tryFeet(steps));
    return tried.get(steps) !== null;
  };
  // Start where the first flow says the answer is (the empty grid lines it left in the frame,
  // exact for grid text), go up while that fits, else down in growing steps, then bisect.
  const max = frame.columns * Math.ceil(frame.content.height / frame.grid.pitch);
  const guess = Math.min(max, emptyGridLines(first.flow.frames[k]?.columns ?? [], frame));
  let lo = 0;
  let hi = max;
  if (fits(guess)) {
    lo = guess;
    while (lo < max && fits(lo + 1)) lo++;
    hi = lo;
  } else {
    // guess does not fit; probe guess − 1, − 2, − 4 … down to 0, which always fits (the first flow).
    let bad = guess;
    for (let step = 1; ; step *= 2) {
      const probe = Math.max(0, guess - step);
      if (fits(probe)) {
        lo = probe;
        hi = bad - 1;
        break;
      }
      bad = probe;
    }
  }
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return tried.get(lo) ?? first;
}

/** Whole grid lines between each column's last baseline (or its top) and the frame's foot. */
function emptyGridLines(columns: FrameLayout['columns'], frame: ThreadFrame): number {
  const body = columns.length > frame.columns ? columns.slice(1) : columns;
  const foot = frame.content.y + frame.content.height;
  let lines = 0;
  for (const column of body) {
    const last = column.lines.at(-1)?.baseline ?? column.y;
    lines += Math.max(0, Math.floor((foot - last) / frame.grid.pitch + 1e-6));
  }
  return lines;
}

interface Memo {
  readonly args: readonly unknown[];
  /** The measures the composer asked for, by line index: the only other input it has. */
  readonly asked: ReadonlyMap<number, number>;
  readonly result: ComposedParagraph;
}

/**
 * The composer, remembering its results for the tries: most paragraphs (every one before the
 * balanced frame, most in it) get the same measures each time. A result is reused only when
 * every measure it asked for is answered the same again; the composer is pure, so it would ask
 * the same questions and return the same lines.
 */
export function memoized(compose: ComposeParagraph): ComposeParagraph {
  const memo = new Map<Paragraph, Memo[]>();
  return (paragraph, style, styles, measureFor, env) => {
    const args = [style, styles, env];
    const entries = memo.get(paragraph) ?? [];
    for (const entry of entries) {
      if (!entry.args.every((a, i) => a === args[i])) continue;
      if ([...entry.asked].every(([index, width]) => measureFor(index) === width)) return entry.result;
    }
    const asked = new Map<number, number>();
    const result = compose(paragraph, style, styles, (index) => {
      const width = measureFor(index);
      asked.set(index, width);
      return width;
    }, env);
    memo.set(paragraph, [...entries, { args, asked, result }]);
    return result;
  };
}
