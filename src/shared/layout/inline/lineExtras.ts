// lineExtras.ts: width a line gains at its interior boundaries on top of compression.ts's
// glyph widths: Han–Latin gaps and tracking. Boundary j (before code point j) counts on a line
// [s, e) when s < j and code point j is visible on it (not a trailing space or line end), so
// neither a gap nor tracking ever sits at a line edge and lines still end flush.
import type { InlineMetrics, LineMeasure, MetricsOptions } from './compression';
import { measureLine } from './compression';

export interface LineExtras {
  /** extra[j] for boundary j, in the metrics' unit. */
  readonly extra: Float64Array;
  /** prefix[j] = extra[1] + … + extra[j]. */
  readonly prefix: Float64Array;
}

/**
 * Gaps plus `tracking` at every boundary where a new glyph cluster starts (tracking never splits
 * a ligature or a base from its marks).
 */
export function lineExtras(gaps: Float64Array, clusterHead: Uint8Array, tracking: number): LineExtras {
  const n = clusterHead.length;
  const extra = new Float64Array(n + 1);
  const prefix = new Float64Array(n + 1);
  for (let j = 1; j <= n; j++) {
    extra[j] = j < n ? (gaps[j] ?? 0) + (clusterHead[j] === 1 ? tracking : 0) : 0;
    prefix[j] = (prefix[j - 1] ?? 0) + (extra[j] ?? 0);
  }
  return { extra, prefix };
}

/** The last code point of [s, e) that does not hang at the line end. */
export function lastVisible(m: InlineMetrics, s: number, e: number): number {
  let last = e - 1;
  while (last > s && m.hangs[last] === 1) last--;
  return last;
}

/** Sum of the extras inside [s, e). */
export function extrasIn(x: LineExtras, m: InlineMetrics, s: number, e: number): number {
  const last = lastVisible(m, s, e);
  return last > s ? (x.prefix[last] ?? 0) - (x.prefix[s] ?? 0) : 0;
}

/** measureLine plus the extras: what fit.ts and knuthPlass.ts measure candidate lines with. */
export function measureWithExtras(m: InlineMetrics, x: LineExtras, options: MetricsOptions = {}): (s: number, e: number) => LineMeasure {
  return (s, e) => {
    const line = measureLine(m, s, e, options);
    const add = extrasIn(x, m, s, e);
    return { natural: line.natural + add, min: line.min + add };
  };
}
