// runOutline.ts: a glyph run as ONE outline path, for painters that draw glyphs as paths (the
// screen and the e-paper page images). A <use> per glyph made every glyph its own transformed
// node in the browser (~5,000 per page), and re-layerizing them all cost ~30 ms per keystroke;
// one path per run is one node.
//
// Each glyph's outline (absolute SVG path data in font units, y up, from HarfBuzz) is turned once
// into a start point and a tail of relative commands. A run's path is then, per glyph, one
// absolute `M` at the glyph's place followed by its unchanged tail: joining costs one number pair
// per glyph, not one per outline point.
import type { GlyphRun } from '../output';

export interface RelativeOutline {
  /** The first point, font units. */
  readonly x: number;
  readonly y: number;
  /** Everything after the first `M`, in relative commands. */
  readonly tail: string;
}

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

/** The scale from font units to points: a run is drawn under `matrix(k 0 0 −k x y)`. */
export function runScale(run: GlyphRun, unitsPerEm: number): number {
  return run.size / unitsPerEm;
}

/**
 * Where each glyph of a run goes, in the run's own coordinates (font units, y up, origin at the
 * run's baseline start): its pen position plus its offsets, divided by k, with dy negated (layout
 * offsets are y down). Positions are those the engine computed: nothing is measured here.
 */
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

const ARITY: Readonly<Record<string, number>> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, Z: 0 };

/** Shortest decimal for a coordinate; differences of integers stay integers. */
const num = (n: number): string => String(Math.round(n * 1000) / 1000 + 0);

/**
 * Numbers of a path command, separated as SVG allows: a minus sign separates by itself. A CJK
 * glyph is hundreds of characters of path data and a keystroke hands the browser ~100 kB of it
 * to parse, so every character saved counts.
 */
function numbers(values: readonly number[]): string {
  let out = '';
  for (const v of values) {
    const s = num(v);
    out += out === '' || s.startsWith('-') ? s : ` ${s}`;
  }
  return out;
}

/**
 * An absolute outline (M, L, H, V, C, S, Q, T, Z, as HarfBuzz and font tools write them) as a
 * start point and a relative tail; null for an empty outline. Relative input is not expected and
 * is refused, so a wrong path can never be drawn silently displaced. Points are rounded to whole
 * font units first (font outlines are integers; HarfBuzz adds the half-unit midpoints of
 * TrueType curves): a quarter less path data, a shift of at most half a unit (0.005 pt at 10 pt),
 * and the relative steps, as differences of rounded points, add up to no drift.
 */
export function relativeOutline(d: string): RelativeOutline | null {
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/gu);
  if (tokens === null || tokens.length === 0) return null;
  let i = 0;
  let command = '';
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  let start: { x: number; y: number } | null = null;
  const parts: string[] = [];
  const next = (): number => {
    const v = Number(tokens[i++]);
    if (!Number.isFinite(v)) throw new Error(`relativeOutline: a number was expected in "${d.slice(0, 60)}"`);
    return Math.round(v);
  };
  for (let token: string | undefined = tokens[0]; token !== undefined; token = tokens[i]) {
    if (/[A-Za-z]/u.test(token)) {
      command = token;
      i++;
      if (!(command in ARITY)) throw new Error(`relativeOutline: only absolute path commands are handled, not "${command}"`);
      if (command === 'Z') {
        parts.push('z');
        cx = sx;
        cy = sy;
        continue;
      }
    } else if (command === '' || command === 'Z') {
      throw new Error(`relativeOutline: a number without a command in "${d.slice(0, 60)}"`);
    }
    switch (command) {
      case 'M': {
        const x = next();
        const y = next();
        if (start === null) start = { x, y };
        else parts.push(`m${numbers([x - cx, y - cy])}`);
        cx = sx = x;
        cy = sy = y;
        command = 'L'; // further pairs after M are line-tos (SVG rule)
        break;
      }
      case 'L':
      case 'T': {
        const x = next();
        const y = next();
        parts.push(`${command.toLowerCase()}${numbers([x - cx, y - cy])}`);
        cx = x;
        cy = y;
        break;
      }
      case 'H': {
        const x = next();
        parts.push(`h${num(x - cx)}`);
        cx = x;
        break;
      }
      case 'V': {
        const y = next();
        parts.push(`v${num(y - cy)}`);
        cy = y;
        break;
      }
      default: {
        const values = Array.from({ length: ARITY[command] ?? 0 }, next);
        const rel = values.map((v, j) => v - (j % 2 === 0 ? cx : cy));
        parts.push(`${command.toLowerCase()}${numbers(rel)}`);
        cx = values[values.length - 2] ?? cx;
        cy = values[values.length - 1] ?? cy;
      }
    }
  }
  return start === null ? null : { x: start.x, y: start.y, tail: parts.join('') };
}

/**
 * The run's glyphs as one path in font units, y up: draw it under `matrix(k 0 0 −k 0 0)`
 * (k = runScale). The run's origin is folded into each glyph's `M`, so every run of one scale can
 * share that one transform: the browser then has one transformed node per scale and frame
 * instead of one per run. `baseline` (page points) moves the path's origin down to it: a path
 * made from a baseline is drawn under a further `translate(0 −baseline/k)` (the screen places a
 * paragraph's lines that way, so lines that only moved keep their path). `outlineOf` answers
 * null for glyphs that draw nothing (a space, .notdef). `glyphs` counts the glyphs drawn.
 */
export function runPathData(run: GlyphRun, unitsPerEm: number, outlineOf: (glyphId: number) => RelativeOutline | null, baseline = 0): { d: string; glyphs: number } {
  const k = runScale(run, unitsPerEm);
  const ox = run.x / k;
  const oy = -(run.y - baseline) / k;
  const parts: string[] = [];
  for (const g of placeGlyphs(run, unitsPerEm)) {
    const outline = outlineOf(g.glyphId);
    if (outline === null) continue;
    parts.push(`M${num(ox + outline.x + g.x)} ${num(oy + outline.y + g.y)}${outline.tail}`);
  }
  return { d: parts.join(''), glyphs: parts.length };
}
