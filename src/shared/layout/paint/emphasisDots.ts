// emphasisDots.ts: where 着重号 (emphasis dots) go, for every painter: the page view, the print
// PDF and the e-paper page images draw the same dots from this. Horizontal text: one dot under
// each glyph of a run that asks for them, centred on the glyph's advance, below the baseline.
import type { GlyphRun } from '../output';

/** A dot's radius and its centre's drop below the baseline, as fractions of the run's size. */
const DOT_RADIUS = 0.07;
const DOT_DROP = 0.25;

export interface EmphasisDot {
  /** Centre and radius, page points (y down). */
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

/** The run's dots; none for a run without emphasis. Positions are the engine's: nothing is measured. */
export function emphasisDots(run: GlyphRun): EmphasisDot[] {
  if (!run.emphasisDots) return [];
  const r = run.size * DOT_RADIUS;
  const cy = run.y + run.size * DOT_DROP;
  const out: EmphasisDot[] = [];
  let pen = run.x;
  for (let i = 0; i < run.glyphIds.length; i++) {
    const advance = run.advances[i] ?? 0;
    out.push({ cx: pen + advance / 2, cy, r });
    pen += advance;
  }
  return out;
}
