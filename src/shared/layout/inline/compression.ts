// compression.ts: stage 5, punctuation compression (标点挤压, GB style) over any widths. Input
// is one natural advance per code point from the caller (ems for the reference model, points
// from HarfBuzz in the engine) and the em in the same unit; output is what a line from s to e
// measures, naturally and at its tightest, and how much each code point gives up.
//   always:        a mark at line end loses its blank (GB/T 15834 §5.1.10); two adjacent marks,
//                  one a bracket or quote, lose the blank between them, ½ em at most (1.5 em);
//   when needed:   the remaining outer blank of brackets and quotes, of ，、； and of 。？！
//                  (CLREQ reduction order); spaces down to ¼ em.
import { classifyMarks, isBracket, type Mark, shrinkTier } from './punctuation';

export interface InlineMetrics {
  readonly length: number;
  readonly em: number;
  /** Natural advance of each code point (a ？！ cluster member already set at ½ em + its blank). */
  readonly advance: Float64Array;
  readonly marks: ReadonlyArray<Mark | null>;
  readonly blankLeft: Float64Array;
  readonly blankRight: Float64Array;
  /** cutBefore[j], cutAfter[j]: blank removed at boundary j from code point j-1's right and j's left, when both are on one line. */
  readonly cutBefore: Float64Array;
  readonly cutAfter: Float64Array;
  readonly tier: Uint8Array;
  /** U+0020, which shrinks to ¼ em inside a line. */
  readonly space: Uint8Array;
  /** Spaces and line terminators: at the end of a line they hang (measure 0). */
  readonly hangs: Uint8Array;
}

export interface MetricsOptions {
  /** An opening bracket at line start drops its leading half (off in the reference model). */
  readonly trimLineStartOpening?: boolean;
}

const SPACE = 0x20;
const SPACE_TIER = 1;
const LINE_ENDS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);

export function buildMetrics(cps: readonly number[], advance: (i: number) => number, em: number): InlineMetrics {
  const n = cps.length;
  const marks = classifyMarks(cps);
  const adv = new Float64Array(n);
  const blankLeft = new Float64Array(n);
  const blankRight = new Float64Array(n);
  const tier = new Uint8Array(n);
  const space = new Uint8Array(n);
  const hangs = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const mark = marks[i] ?? null;
    adv[i] = advance(i);
    if (mark) {
      blankLeft[i] = mark.blankLeft * em;
      blankRight[i] = mark.blankRight * em;
      if (mark.kind === 'cluster') adv[i] = Math.min(adv[i] ?? 0, em / 2) + (blankRight[i] ?? 0);
    }
    tier[i] = shrinkTier(mark);
    if (cps[i] === SPACE) {
      space[i] = 1;
      tier[i] = SPACE_TIER;
    }
    if (cps[i] === SPACE || LINE_ENDS.has(cps[i] ?? 0)) hangs[i] = 1;
  }
  // Adjacent marks, at least one a bracket or quote: remove up to ½ em of the blank between
  // them, from the first mark's right side first (so a bracket stays against its text).
  const cutBefore = new Float64Array(n + 1);
  const cutAfter = new Float64Array(n + 1);
  for (let j = 1; j < n; j++) {
    const left = marks[j - 1] ?? null;
    const right = marks[j] ?? null;
    if (!left || !right || (!isBracket(left) && !isBracket(right))) continue;
    let budget = em / 2;
    const fromLeft = Math.min(budget, blankRight[j - 1] ?? 0);
    budget -= fromLeft;
    cutBefore[j] = fromLeft;
    cutAfter[j] = Math.min(budget, blankLeft[j] ?? 0);
  }
  return { length: n, em, advance: adv, marks, blankLeft, blankRight, cutBefore, cutAfter, tier, space, hangs };
}

export interface LineMeasure {
  /** Width with the always-on compression (line-end mark, adjacent marks). */
  readonly natural: number;
  /** Width with every allowed reduction taken as well. */
  readonly min: number;
}

/** The last code point of [s, e) that does not hang (spaces and line ends after it do). */
function lastVisible(m: InlineMetrics, s: number, e: number): number {
  let last = e - 1;
  while (last > s && m.hangs[last] === 1) last--;
  return last;
}

/** What code point i of the line [s, e) loses for sure, and what more it may lose when the line must shrink. */
function cutAt(m: InlineMetrics, s: number, e: number, last: number, i: number, options: MetricsOptions): [fixed: number, shrink: number] {
  const trimStart = options.trimLineStartOpening === true && m.marks[i]?.kind === 'opening';
  const left = i > s ? (m.cutAfter[i] ?? 0) : trimStart ? (m.blankLeft[i] ?? 0) : 0;
  const right = i + 1 < e ? (m.cutBefore[i + 1] ?? 0) : 0;
  const blank = (m.blankLeft[i] ?? 0) + (m.blankRight[i] ?? 0);
  if (i > last) return [m.advance[i] ?? 0, 0]; // trailing spaces and line ends hang
  if (i === last) return [blank, 0]; // a mark at line end loses all its blank
  if ((m.tier[i] ?? 0) === 0) return [left + right, 0];
  const shrink = m.space[i] === 1 ? Math.max(0, (m.advance[i] ?? 0) - m.em / 4) : blank - left - right;
  return [left + right, shrink];
}

export function measureLine(m: InlineMetrics, s: number, e: number, options: MetricsOptions = {}): LineMeasure {
  const last = lastVisible(m, s, e);
  let natural = 0;
  let slack = 0;
  for (let i = s; i < e; i++) {
    const [fixed, shrink] = cutAt(m, s, e, last, i, options);
    natural += (m.advance[i] ?? 0) - fixed;
    slack += shrink;
  }
  return { natural, min: natural - slack };
}

/**
 * The advance of each code point of [s, e) once the line is set `width` wide: always-on cuts,
 * then shrinking tier by tier (CLREQ order), each tier evenly, until the line fits. Stretching a
 * short line is justification's business, not this function's: it returns natural advances then.
 */
export function compressLine(m: InlineMetrics, s: number, e: number, width: number, options: MetricsOptions = {}): Float64Array {
  const last = lastVisible(m, s, e);
  const out = new Float64Array(e - s);
  const shrink = new Float64Array(e - s);
  let natural = 0;
  for (let i = s; i < e; i++) {
    const [fixed, more] = cutAt(m, s, e, last, i, options);
    out[i - s] = (m.advance[i] ?? 0) - fixed;
    shrink[i - s] = more;
    natural += out[i - s] ?? 0;
  }
  let excess = natural - width;
  for (let tier = 1; tier <= 4 && excess > 0; tier++) {
    let available = 0;
    for (let i = s; i < e; i++) if (m.tier[i] === tier) available += shrink[i - s] ?? 0;
    if (available <= 0) continue;
    const take = Math.min(excess, available);
    for (let i = s; i < e; i++) if (m.tier[i] === tier) out[i - s] = (out[i - s] ?? 0) - ((shrink[i - s] ?? 0) * take) / available;
    excess -= take;
  }
  return out;
}
