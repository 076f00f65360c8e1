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
    });
    pen += advance;
  }
  return out;
}

const ARITY: Readonly<Record<string, number>> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, Z: 0 };

/** Shortest decimal for a coordinate; differences of integers stay integers. */
const num = (n: number): string => String(Math.round(n * 1000) / 1000 + 0);

/**
 * An absolute outline (M, L, H, V, C, S, Q, T, Z, as HarfBuzz and font tools write them) as a
 * start point and a relative tail; null for an empty outline. Relative input is not expected and
 * is refused, so a wrong path can never be drawn silently displaced. Points are rounded to whole
 * font units first (font outlines are integers; HarfBuzz adds the half-unit midpoints of
 * TrueType curves): a quarter less path data, a shift of at most half a unit (0.005 pt at 10 pt),
 * and the relative steps, as differences of rounded points, add up to no drift. A minus sign
 * separates numbers by itself, as SVG allows: every character saved is one the browser does not
 * parse. The page's first paint turns ~3,000 outlines, so this is a scanner, not a regex.
 */
export function relativeOutline(d: string): RelativeOutline | null {
  const n = d.length;
  let p = 0;
  let command = '';
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  let start: { x: number; y: number } | null = null;
  // Pieces joined once at the end: `tail +=` would leave a rope of thousands of tiny strings that
  // V8 walks node by node every time a run path copies it (30× slower joins, and the ropes'
  // memory), since joining copies a rope without flattening it.
  const tail: string[] = [];
  // Separators: space, comma, tab, CR, LF.
  const skip = (): void => {
    while (p < n) {
      const c = d.charCodeAt(p);
      if (c !== 32 && c !== 44 && c !== 9 && c !== 10 && c !== 13) return;
      p++;
    }
  };
  const next = (): number => {
    skip();
    // Parsed from the character codes: a slice and Number() per coordinate cost twice as much.
    const from = p;
    let sign = 1;
    let c = d.charCodeAt(p);
    if (c === 45 || c === 43) {
      if (c === 45) sign = -1;
      c = d.charCodeAt(++p);
    }
    let value = 0;
    let digits = 0;
    while (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      c = d.charCodeAt(++p);
    }
    if (c === 46) {
      let scale = 0.1;
      c = d.charCodeAt(++p);
      while (c >= 48 && c <= 57) {
        value += (c - 48) * scale;
        scale /= 10;
        digits++;
        c = d.charCodeAt(++p);
      }
    }
    if (c === 101 || c === 69) {
      // An exponent (no font tool writes one for outlines): parse the whole token exactly.
      p++;
      if (d[p] === '-' || d[p] === '+') p++;
      while (p < n && d.charCodeAt(p) >= 48 && d.charCodeAt(p) <= 57) p++;
      const v = Number(d.slice(from, p));
      if (!Number.isFinite(v)) throw new Error(`relativeOutline: a number was expected in "${d.slice(0, 60)}"`);
      return Math.round(v);
    }
    if (digits === 0) throw new Error(`relativeOutline: a number was expected in "${d.slice(0, 60)}"`);
    return Math.round(sign * value);
  };
  /** Appends one relative step (an integer: a difference of rounded points). */
  const put = (v: number, first: boolean): void => {
    tail.push(first || v < 0 ? String(v) : ` ${v}`);
  };
  for (skip(); p < n; skip()) {
    const c = d.charCodeAt(p);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      command = d[p] ?? '';
      p++;
      if (!(command in ARITY)) throw new Error(`relativeOutline: only absolute path commands are handled, not "${command}"`);
      if (command === 'Z') {
        tail.push('z');
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
        else {
          tail.push('m');
          put(x - cx, true);
          put(y - cy, false);
        }
        cx = sx = x;
        cy = sy = y;
        command = 'L'; // further pairs after M are line-tos (SVG rule)
        break;
      }
      case 'L':
      case 'T': {
        const x = next();
        const y = next();
        tail.push(command === 'L' ? 'l' : 't');
        put(x - cx, true);
        put(y - cy, false);
        cx = x;
        cy = y;
        break;
      }
      case 'H': {
        const x = next();
        tail.push('h');
        put(x - cx, true);
        cx = x;
        break;
      }
      case 'V': {
        const y = next();
        tail.push('v');
        put(y - cy, true);
        cy = y;
        break;
      }
      default: {
        // C, S, Q: pairs of points, each relative to the current point; the last one becomes it.
        const pairs = (ARITY[command] ?? 0) / 2;
        tail.push(command.toLowerCase());
        let x = cx;
        let y = cy;
        for (let k = 0; k < pairs; k++) {
          x = next();
          y = next();
          put(x - cx, k === 0);
          put(y - cy, false);
        }
        cx = x;
        cy = y;
      }
    }
  }
  return start === null ? null : { x: start.x, y: start.y, tail: tail.join('') };
}

/**
 * The run's glyphs as one path in font units, y up: draw it under `matrix(k 0 0 −k 0 0)`
 * (k = runScale). The run's origin is folded into each glyph's `M`, so every run of one scale can
 * share that one transform: the browser then has one transformed node per scale and frame
 * instead of one per run. `baseline` and `left` (page points) move the path's origin to that
 * point: such a path is drawn under a further `translate(left/k −baseline/k)` (the screen places
 * a paragraph's lines in a column that way, so lines that only moved keep their path). `outlineOf` answers
 * null for glyphs that draw nothing (a space, .notdef). `glyphs` counts the glyphs drawn.
 */
export function runPathData(run: GlyphRun, unitsPerEm: number, outlineOf: (glyphId: number) => RelativeOutline | null, baseline = 0, left = 0): { d: string; glyphs: number } {
  const k = runScale(run, unitsPerEm);
  const ox = (run.x - left) / k;
  const oy = -(run.y - baseline) / k;
  const parts: string[] = [];
  for (const g of placeGlyphs(run, unitsPerEm)) {
    const outline = outlineOf(g.glyphId);
    if (outline === null) continue;
    parts.push(`M${num(ox + outline.x + g.x)} ${num(oy + outline.y + g.y)}${outline.tail}`);
  }
  return { d: parts.join(''), glyphs: parts.length };
}
