// glyphPlacement.ts: where each glyph of a run goes, in the run's own coordinates. A run is drawn
// in a group whose transform is `matrix(k 0 0 −k x y)` (k = size / unitsPerEm): font units, y
// up, origin at the run's baseline start. So each glyph's place is its pen position plus its
// offsets, divided by k, with dy negated (layout offsets are y down). Positions are those the
// engine computed: nothing is measured here.
import type { GlyphRun } from '../../shared/layout/output';

export interface PlacedGlyph {
  readonly glyphId: number;
  /** Font units from the run origin, y up. */
  readonly x: number;
  readonly y: number;
  /** Centre of the advance in page points (for emphasis dots). */
  readonly centre: number;
}

/** Three decimals of a font unit is far below a device pixel at any zoom; it keeps the DOM small. */
const round = (n: number): number => Math.round(n * 1000) / 1000 + 0;

export function runScale(run: GlyphRun, unitsPerEm: number): number {
  return run.size / unitsPerEm;
}

export function placeGlyphs(run: GlyphRun, unitsPerEm: number): PlacedGlyph[] {
  const k = runScale(run, unitsPerEm);
  const out: PlacedGlyph[] = [];
  let pen = 0;
  for (let i = 0; i < run.glyphIds.length; i++) {
    const advance = run.advances[i] ?? 0;
    out.push({
      glyphId: run.glyphIds[i] ?? 0,
      x: round((pen + (run.dx[i] ?? 0)) / k),
      y: round(-(run.dy[i] ?? 0) / k),
      centre: run.x + pen + advance / 2,
    });
    pen += advance;
  }
  return out;
}
