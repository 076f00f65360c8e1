// placeRuns.ts: one set line → positioned glyph runs (ComposedRun). Each code point's pen
// position comes from its justified advance; a glyph sits at its code point's pen, moved left
// by the blank its mark lost on the left, plus the natural advances of the glyphs before it in
// its cluster. Positions are rounded to 1/1000 pt FIRST and advances are differences of rounded
// positions, so a run's x plus its advances lands exactly on the rounded line end (no drift).
// Glyphs the face lacks (id 0) are left out: the run is split and their em stays blank.
import { roundPt } from '../../model';
import type { FontId } from '../fonts';
import type { ComposedRun } from './composedParagraph';
import type { LineSetting } from './justify';
import type { ShapedText } from './shapeText';

export interface HyphenGlyph {
  readonly fontId: FontId;
  readonly glyphId: number;
  /** pt */
  readonly advance: number;
}

export interface PlacedLine {
  readonly runs: ComposedRun[];
  /** Pen position after the last glyph (and hyphen), from the line start. */
  readonly end: number;
  readonly ascent: number;
  readonly descent: number;
}

interface Pending {
  fontId: FontId;
  emphasisDots: boolean;
  glyphIds: number[];
  positions: number[];
  naturalEnds: number[];
  dx: number[];
  dy: number[];
  clusters: number[];
  firstCp: number;
  lastCp: number;
}

/** Places [s, last] (the visible code points of a line) starting at pen `x0`. */
export function placeRuns(st: ShapedText, size: number, s: number, last: number, set: LineSetting, x0: number, hyphen: HyphenGlyph | null): PlacedLine {
  const pen = new Float64Array(last - s + 2);
  pen[0] = x0;
  for (let i = s; i <= last; i++) pen[i - s + 1] = (pen[i - s] ?? 0) + (set.advances[i - s] ?? 0);
  const lineEnd = pen[last - s + 1] ?? x0;

  const runs: ComposedRun[] = [];
  let ascent = 0;
  let descent = 0;
  // The run being filled; a holder object because flush() (a closure) empties it.
  const acc: { open: Pending | null } = { open: null };
  const flush = (): void => {
    if (acc.open && acc.open.glyphIds.length > 0) runs.push(finish(acc.open, st, size, last));
    acc.open = null;
  };

  st.runs.forEach((run, r) => {
    const from = st.cpAt[run.start] ?? 0;
    const to = (st.cpAt[run.end] ?? 0) - 1;
    if (to < s || from > last) return;
    const scale = size / run.glyphs.unitsPerEm;
    ascent = Math.max(ascent, run.face.ascender * scale);
    descent = Math.max(descent, -run.face.descender * scale);
    flush();
    const { glyphIds, clusters, xAdvances, xOffsets, yOffsets } = run.glyphs;
    const ordered = inLogicalOrder(clusters);
    let clusterPen = 0;
    let currentCp = -1;
    for (let g = ordered ? firstGlyphFrom(clusters, st.cpAt, s) : 0; g < glyphIds.length; g++) {
      const i = st.cpAt[clusters[g] ?? 0] ?? 0;
      if (ordered && i > last) break;
      if (i < s || i > last) continue;
      if (i !== currentCp) {
        currentCp = i;
        clusterPen = 0;
      }
      const at = (pen[i - s] ?? 0) - (set.shift[i - s] ?? 0) + clusterPen;
      const natural = (xAdvances[g] ?? 0) * scale;
      clusterPen += natural;
      if (glyphIds[g] === 0) {
        flush();
        continue;
      }
      const lastOfCluster = (st.cpAt[clusters[g + 1] ?? run.end] ?? 0) !== i || g + 1 >= glyphIds.length;
      acc.open ??= { fontId: run.glyphs.fontId, emphasisDots: st.emphasis[r] ?? false, glyphIds: [], positions: [], naturalEnds: [], dx: [], dy: [], clusters: [], firstCp: i, lastCp: i };
      const open = acc.open;
      open.glyphIds.push(glyphIds[g] ?? 0);
      open.positions.push(at);
      open.naturalEnds.push(lastOfCluster ? (pen[i - s + 1] ?? at) : at + natural);
      open.dx.push((xOffsets[g] ?? 0) * scale);
      open.dy.push(-(yOffsets[g] ?? 0) * scale);
      open.clusters.push(clusters[g] ?? 0);
      open.lastCp = i;
    }
  });
  let end = lineEnd;
  if (hyphen) {
    if (acc.open?.fontId !== hyphen.fontId) flush();
    acc.open ??= { fontId: hyphen.fontId, emphasisDots: false, glyphIds: [], positions: [], naturalEnds: [], dx: [], dy: [], clusters: [], firstCp: last, lastCp: last };
    const open = acc.open;
    open.glyphIds.push(hyphen.glyphId);
    open.positions.push(lineEnd);
    open.naturalEnds.push(lineEnd + hyphen.advance);
    open.dx.push(0);
    open.dy.push(0);
    open.clusters.push(st.offsets[last] ?? 0);
    end = lineEnd + hyphen.advance;
  }
  flush();
  return { runs, end, ascent, descent };
}

// A paragraph's run is visited once per line, so walking all of its glyphs each time made
// placing a paragraph quadratic in its length (a third of composing a 400-字 paragraph).
const logicalOrder = new WeakMap<readonly number[], boolean>();

/** Whether the glyphs' clusters never go back (left-to-right text: everything Galley sets). */
function inLogicalOrder(clusters: readonly number[]): boolean {
  let known = logicalOrder.get(clusters);
  if (known === undefined) {
    known = true;
    for (let g = 1; g < clusters.length && known; g++) known = (clusters[g] ?? 0) >= (clusters[g - 1] ?? 0);
    logicalOrder.set(clusters, known);
  }
  return known;
}

/** The first glyph whose code point is at or after `s`, in clusters in logical order. */
function firstGlyphFrom(clusters: readonly number[], cpAt: Int32Array, s: number): number {
  let lo = 0;
  let hi = clusters.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cpAt[clusters[mid] ?? 0] ?? 0) < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function finish(p: Pending, st: ShapedText, size: number, last: number): ComposedRun {
  const rounded = p.positions.map(roundPt);
  const advances = rounded.map((x, g) => roundPt((g + 1 < rounded.length ? (rounded[g + 1] ?? x) : roundPt(p.naturalEnds[g] ?? x)) - x));
  // The run ends after its last cluster, including code points the cluster swallowed (ligatures).
  let lastCp = p.lastCp;
  while (lastCp + 1 <= last && st.clusterHead[lastCp + 1] === 0) lastCp++;
  return {
    fontId: p.fontId,
    size,
    x: rounded[0] ?? 0,
    glyphIds: p.glyphIds,
    advances,
    dx: p.dx.map(roundPt),
    dy: p.dy.map(roundPt),
    clusters: p.clusters,
    start: st.offsets[p.firstCp] ?? 0,
    end: st.offsets[lastCp + 1] ?? st.text.length,
    emphasisDots: p.emphasisDots,
  };
}
