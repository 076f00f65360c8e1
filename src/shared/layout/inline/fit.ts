// fit.ts: stage 6, choosing the lines of a paragraph (the reference composition model of
// ../conformance/README.md): fill the line at natural width; if the break that results is
// prohibited, push in (take the following unit, if the allowed compression makes it fit), and
// only then push out (move units down to the last legal break). Options: orphan control moves
// units down until the last line holds at least N characters; hanging punctuation lets a
// line-end mark that may not start a line hang outside the measure instead (tried before push
// in). The widths come from compression.ts, in whatever unit its caller measured.
import type { Boundaries } from './breaks';
import { type InlineMetrics, type LineMeasure, type MetricsOptions, measureLine } from './compression';
import type { LineBreakClass } from './unicodeProps';

export interface FitOptions {
  /** The measure, in the metrics' unit. */
  readonly measure: number;
  /** CLREQ: the last line may not hold a single character (plus punctuation). Off by default. */
  readonly orphanControl?: boolean;
  /**
   * With orphanControl: the last line holds at least this many characters (default 2; 1 is
   * off). Han characters, letters and digits count one each; punctuation and spaces none.
   */
  readonly minLastLineChars?: number;
  /** 行末点号悬挂: a mark (HANGING_KINDS) may hang outside the measure. Off by default. */
  readonly hangingPunctuation?: boolean;
  /** Extra breaks inside Latin words (see hyphenation.ts); a line ending there gets a hyphen. */
  readonly hyphens?: ReadonlySet<number>;
  readonly hyphenAdvance?: number;
  readonly metrics?: MetricsOptions;
  /** The measure of line `index` when lines differ (an indent, a runaround); overrides `measure`. */
  readonly measureAt?: (index: number) => number;
  /**
   * Widths of a candidate line [s, e) when the caller adds to compression.ts's (Han–Latin gaps,
   * tracking); must grow with e like measureLine. Default: measureLine with `metrics`.
   */
  readonly lineMeasure?: (s: number, e: number) => LineMeasure;
}

/** How the line's end was chosen. */
export type LineResolution = 'fit' | 'push-in' | 'push-out' | 'overflow' | 'orphan' | 'hang';

export interface FittedLine {
  /** Code-point range [start, end). */
  readonly start: number;
  readonly end: number;
  /** Width with the always-on compression (line-end mark, adjacent marks). */
  readonly natural: number;
  /** Width with every allowed reduction. */
  readonly min: number;
  /** The width the line is set to: the measure when justified, else its natural width. */
  readonly width: number;
  /** width − natural: negative when punctuation was compressed, positive when spread. */
  readonly adjustment: number;
  readonly resolution: LineResolution;
  readonly hyphenated: boolean;
  /**
   * Its last visible code point is a mark set outside the measure: `natural`, `min` and `width`
   * are those of the line without it (and without what hangs after it).
   */
  readonly hanging: boolean;
  /** Ends the paragraph or a forced line break, so it is not spread. */
  readonly last: boolean;
}

/** Classes that count as characters for orphan control (not punctuation, not spaces). */
const CONTENT: ReadonlySet<LineBreakClass> = new Set(['ID', 'AL', 'HL', 'NU', 'H2', 'H3', 'JL', 'JV', 'JT', 'EB', 'EM', 'AK', 'AP', 'AS']);
const INTERPUNCT = 0x00b7;
/** Marks that may hang: 、，；。？！：(one mark, not a ？！ cluster) and closing brackets and quotes (CLREQ 行末点号悬挂). */
const HANGING_KINDS: ReadonlySet<string> = new Set(['comma', 'stop', 'colon', 'closing']);

export function fitParagraph(b: Boundaries, m: InlineMetrics, options: FitOptions): FittedLine[] {
  const n = b.cps.length;
  const widthAt = options.measureAt ?? (() => options.measure);
  const base = options.lineMeasure ?? ((s: number, e: number) => measureLine(m, s, e, options.metrics));
  const hyphens = options.hyphens ?? new Set<number>();
  const hyphenWidth = (j: number): number => (hyphens.has(j) ? (options.hyphenAdvance ?? 0) : 0);
  const legal = (j: number): boolean => b.action[j] !== 'prohibited' || hyphens.has(j);
  const measure = (s: number, e: number) => {
    const line = base(s, e);
    const extra = hyphenWidth(e);
    return { natural: line.natural + extra, min: line.min + extra };
  };

  const minLast = options.orphanControl ? Math.max(1, options.minLastLineChars ?? 2) : 1;
  /** The visible mark that would hang at the end of [s, e), or -1 (never two marks in a row, never a line of only the mark). */
  const hangingMark = (s: number, e: number): number => {
    if (!options.hangingPunctuation) return -1;
    let last = e - 1;
    while (last > s && m.hangs[last] === 1) last--;
    const kind = m.marks[last]?.kind;
    return last > s && kind !== undefined && HANGING_KINDS.has(kind) && m.marks[last - 1] === null && m.hangs[last - 1] !== 1 ? last : -1;
  };
  /** What the line occupies inside the measure: without a hanging mark when `hang`. */
  const inside = (s: number, e: number, hang: boolean) => {
    const mark = hang ? hangingMark(s, e) : -1;
    return mark < 0 ? measure(s, e) : base(s, mark);
  };

  const lines: FittedLine[] = [];
  let s = 0;
  while (s < n) {
    let limit = s + 1;
    while (limit < n && b.action[limit] !== 'mandatory') limit++;
    const W = widthAt(lines.length);
    const [end, resolution] = chooseEnd(s, limit, W);
    lines.push(makeLine(s, end, resolution, W, resolution === 'hang'));
    if (minLast > 1 && b.action[end] === 'mandatory') avoidOrphan(lines);
    s = end;
  }
  return lines;

  function chooseEnd(s: number, limit: number, W: number): [number, LineResolution] {
    const fill = naturalFill(s, limit, W);
    if (fill === limit) return [limit, 'fit'];
    if (fill > s && legal(fill) && measure(s, fill).natural <= W) return [fill, 'fit'];
    // The unit after the fill is a mark that may not start the next line: hang it, so the
    // line needs neither pushing in nor out (only when the break after the mark is legal).
    if (fill > s && fill < limit && legal(fill + 1) && !hyphens.has(fill + 1) && hangingMark(s, fill + 1) === fill) return [fill + 1, 'hang'];
    let next = fill + 1;
    while (next < limit && !legal(next)) next++;
    if (measure(s, next).min <= W) return [next, 'push-in'];
    for (let p = fill - (legal(fill) ? 0 : 1); p > s; p--) {
      if (legal(p) && measure(s, p).natural <= W) return [p, 'push-out'];
    }
    return [next, 'overflow'];
  }

  /** The largest e in [s, limit] whose natural width (no hyphen) fits; widths only grow with e. */
  function naturalFill(s: number, limit: number, W: number): number {
    const fits = (e: number): boolean => base(s, e).natural <= W;
    let lo = s;
    let step = 1;
    while (lo + step <= limit && fits(lo + step)) {
      lo += step;
      step *= 2;
    }
    let hi = Math.min(lo + step, limit + 1);
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  function makeLine(start: number, end: number, resolution: LineResolution, W: number, hang: boolean): FittedLine {
    const hanging = hang && hangingMark(start, end) >= 0;
    const { natural, min } = inside(start, end, hanging);
    const last = b.action[end] === 'mandatory';
    const width = last ? (natural <= W ? natural : Math.max(min, W)) : Math.max(min, W);
    return { start, end, natural, min, width, adjustment: width - natural, resolution, hyphenated: !hanging && hyphens.has(end), hanging, last };
  }

  /**
   * Moves units from the line before down to the last line until it holds `minLast`, as few as
   * that takes; when the last line cannot take that many, as many as fit (never none of the
   * line before).
   */
  function avoidOrphan(out: FittedLine[]): void {
    const lastLine = out[out.length - 1];
    const previous = out[out.length - 2];
    if (!lastLine || !previous || previous.last || contentCount(lastLine.start, lastLine.end) >= minLast) return;
    const lastW = widthAt(out.length - 1);
    let from = -1;
    for (let p = lastLine.start - 1; p > previous.start; p--) {
      if (!legal(p)) continue;
      if (inside(p, lastLine.end, lastLine.hanging).min > lastW) break;
      from = p;
      if (contentCount(p, lastLine.end) >= minLast) break;
    }
    if (from < 0) return;
    out.splice(out.length - 2, 2, makeLine(previous.start, from, 'orphan', widthAt(out.length - 2), false), makeLine(from, lastLine.end, lastLine.resolution, lastW, lastLine.hanging));
  }

  function contentCount(s: number, e: number): number {
    let count = 0;
    for (let i = s; i < e; i++) {
      const k = b.units.unitOf[i] ?? 0;
      if (b.units.start[k] !== i) continue;
      if (CONTENT.has(b.units.cls[k] ?? 'XX') && m.marks[i] === null && b.cps[i] !== INTERPUNCT) count++;
    }
    return count;
  }
}
