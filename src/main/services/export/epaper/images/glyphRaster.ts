// glyphRaster.ts: the text of a page image, rasterised here rather than by librsvg. librsvg
// (through cairo) needs ~0.65–1.1 s of CPU for the ~5,000 CJK glyphs of the sample page at
// 150 dpi, a third of it parsing 5 MB of path data; 16 pages would take most of the bundle's
// 10 s. Glyph outlines are simple (closed contours of lines and Bézier curves, filled nonzero),
// and the exact-area coverage accumulation of font-rs (Raph Levien, Apache-2.0/MIT) fills them in
// ~100 ms per page: each glyph is filled on its own in a small buffer, in the page image's pixel
// space, at the layout's exact (unhinted, sub-pixel) pen position, and the ink is laid over the
// page's pixels by its coverage, glyph after glyph, as print paints them. Emphasis dots (着重号)
// are filled here too, where the page view and the print PDF draw them (shared/layout/paint).
import type { FontCatalog, FontId } from '../../../../../shared/layout/fonts';
import type { GlyphRun } from '../../../../../shared/layout/output';
import { emphasisDots } from '../../../../../shared/layout/paint';
import type { RgbImage } from './pagePaint';

/** An outline in font units, y up: commands (0 move, 1 line, 2 quad, 3 cubic) and their points. */
export interface ParsedOutline {
  readonly commands: Uint8Array;
  /** The points each command adds, x and y interleaved (move 1, line 1, quad 2, cubic 3). */
  readonly points: Float64Array;
  /** Bounds of all points, control points included. */
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

const ARITY: Readonly<Record<string, readonly [number, number]>> = { M: [0, 1], L: [1, 1], Q: [2, 2], C: [3, 3] };

/**
 * HarfBuzz's draw output (absolute M, L, Q, C and Z) as a ParsedOutline; null for a glyph that
 * draws nothing. Other commands are refused, so a path is never drawn silently wrong.
 */
export function parseOutline(d: string): ParsedOutline | null {
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/gu);
  if (tokens === null) return null;
  const commands: number[] = [];
  const points: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    const command = tokens[i++] ?? '';
    if (command === 'Z' || command === 'z') continue; // contours are closed when drawn
    const spec = ARITY[command];
    if (!spec) throw new Error(`glyph outline: command "${command}" is not one HarfBuzz draws (M, L, Q, C, Z)`);
    for (let n = 0; n < spec[1] * 2; n++) {
      const v = Number(tokens[i++]);
      if (!Number.isFinite(v)) throw new Error(`glyph outline: "${command}" needs ${spec[1] * 2} numbers in "${d.slice(0, 60)}"`);
      points.push(v);
    }
    commands.push(spec[0]);
  }
  if (commands.length === 0) return null;
  let xMin = Infinity;
  let yMin = Infinity;
  let xMax = -Infinity;
  let yMax = -Infinity;
  for (let p = 0; p < points.length; p += 2) {
    xMin = Math.min(xMin, (points[p] ?? 0));
    xMax = Math.max(xMax, (points[p] ?? 0));
    yMin = Math.min(yMin, (points[p + 1] ?? 0));
    yMax = Math.max(yMax, (points[p + 1] ?? 0));
  }
  return { commands: Uint8Array.from(commands), points: Float64Array.from(points), xMin, yMin, xMax, yMax };
}

/** A glyph's coverage accumulator, reused from glyph to glyph (grown when a glyph needs more). */
class Accumulator {
  cells = new Float32Array(64 * 64);
  width = 0;
  height = 0;
  /** Row stride: two more than the width, for the cells right of a span's last pixel. */
  stride = 0;

  reset(width: number, height: number): void {
    this.width = width;
    this.height = height;
    this.stride = width + 2;
    const size = this.stride * height;
    if (this.cells.length < size) this.cells = new Float32Array(size);
    else this.cells.fill(0, 0, size);
  }

  /**
   * Adds the signed area a line from (x0, y0) to (x1, y1) leaves in each cell (font-rs
   * draw_line). Plain locals throughout: this runs ~2 million times per page.
   */
  line(x0: number, y0: number, x1: number, y1: number): void {
    if (y0 === y1) return;
    const a = this.cells;
    const down = y0 < y1;
    const dir = down ? 1 : -1;
    const px = down ? x0 : x1;
    const py = down ? y0 : y1;
    const qx = down ? x1 : x0;
    const qy = down ? y1 : y0;
    const dxdy = (qx - px) / (qy - py);
    let x = px;
    const yStart = Math.max(0, Math.floor(py));
    if (py < 0) x -= py * dxdy;
    const yEnd = Math.min(this.height, Math.ceil(qy));
    for (let y = yStart; y < yEnd; y++) {
      const row = y * this.stride;
      const dy = Math.min(y + 1, qy) - Math.max(y, py);
      const xNext = x + dxdy * dy;
      const d = dy * dir;
      const lo = x < xNext ? x : xNext;
      const hi = x < xNext ? xNext : x;
      const loFloor = Math.floor(lo);
      const hiCeil = Math.ceil(hi);
      const i0 = row + loFloor;
      // Outside the buffer cannot happen for a glyph inside its own bounds; skipped, not written.
      if (loFloor >= 0) {
        if (hiCeil <= loFloor + 1) {
          const xm = 0.5 * (x + xNext) - loFloor;
          a[i0] = (a[i0] ?? 0) + d - d * xm;
          a[i0 + 1] = (a[i0 + 1] ?? 0) + d * xm;
        } else {
          const s = 1 / (hi - lo);
          const f0 = lo - loFloor;
          const a0 = 0.5 * s * (1 - f0) * (1 - f0);
          const f1 = hi - hiCeil + 1;
          const am = 0.5 * s * f1 * f1;
          a[i0] = (a[i0] ?? 0) + d * a0;
          if (hiCeil === loFloor + 2) {
            a[i0 + 1] = (a[i0 + 1] ?? 0) + d * (1 - a0 - am);
          } else {
            const a1 = s * (1.5 - f0);
            a[i0 + 1] = (a[i0 + 1] ?? 0) + d * (a1 - a0);
            for (let xi = loFloor + 2; xi < hiCeil - 1; xi++) a[row + xi] = (a[row + xi] ?? 0) + d * s;
            const a2 = a1 + (hiCeil - loFloor - 3) * s;
            a[row + hiCeil - 1] = (a[row + hiCeil - 1] ?? 0) + d * (1 - a2 - am);
          }
          a[row + hiCeil] = (a[row + hiCeil] ?? 0) + d * am;
        }
      }
      x = xNext;
    }
  }
}

/** Largest distance, in pixels, between a curve and the chords it is filled as. */
const FLATNESS = 0.05;

/**
 * Chords for a curve whose control points' largest second difference is `dd` px: n chords stray
 * from a quadratic by at most dd / (4 n²), from a cubic by at most 3 dd / (4 n²).
 */
const segmentsFor = (dd: number, cubic: boolean): number => Math.max(1, Math.ceil(Math.sqrt(((cubic ? 3 : 1) * dd) / (4 * FLATNESS))));

/** Fills `outline`, mapped by x' = ox + s·x, y' = oy − s·y (pixels, relative to the accumulator). */
function fill(acc: Accumulator, outline: ParsedOutline, s: number, ox: number, oy: number): void {
  const p = outline.points;
  let k = 0;
  let sx = 0;
  let sy = 0;
  let cx = 0;
  let cy = 0;
  for (const command of outline.commands) {
    if (command === 0) {
      if (cx !== sx || cy !== sy) acc.line(cx, cy, sx, sy);
      sx = cx = ox + s * (p[k] ?? 0);
      sy = cy = oy - s * (p[k + 1] ?? 0);
      k += 2;
    } else if (command === 1) {
      const x = ox + s * (p[k] ?? 0);
      const y = oy - s * (p[k + 1] ?? 0);
      acc.line(cx, cy, x, y);
      cx = x;
      cy = y;
      k += 2;
    } else if (command === 2) {
      const x1 = ox + s * (p[k] ?? 0);
      const y1 = oy - s * (p[k + 1] ?? 0);
      const x2 = ox + s * (p[k + 2] ?? 0);
      const y2 = oy - s * (p[k + 3] ?? 0);
      const n = segmentsFor(Math.hypot(cx - 2 * x1 + x2, cy - 2 * y1 + y2), false);
      let lx = cx;
      let ly = cy;
      for (let j = 1; j <= n; j++) {
        const t = j / n;
        const u = 1 - t;
        const x = u * u * cx + 2 * u * t * x1 + t * t * x2;
        const y = u * u * cy + 2 * u * t * y1 + t * t * y2;
        acc.line(lx, ly, x, y);
        lx = x;
        ly = y;
      }
      cx = x2;
      cy = y2;
      k += 4;
    } else {
      const x1 = ox + s * (p[k] ?? 0);
      const y1 = oy - s * (p[k + 1] ?? 0);
      const x2 = ox + s * (p[k + 2] ?? 0);
      const y2 = oy - s * (p[k + 3] ?? 0);
      const x3 = ox + s * (p[k + 4] ?? 0);
      const y3 = oy - s * (p[k + 5] ?? 0);
      const dd = Math.max(Math.hypot(cx - 2 * x1 + x2, cy - 2 * y1 + y2), Math.hypot(x1 - 2 * x2 + x3, y1 - 2 * y2 + y3));
      const n = segmentsFor(dd, true);
      let lx = cx;
      let ly = cy;
      for (let j = 1; j <= n; j++) {
        const t = j / n;
        const u = 1 - t;
        const x = u * u * u * cx + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3;
        const y = u * u * u * cy + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3;
        acc.line(lx, ly, x, y);
        lx = x;
        ly = y;
      }
      cx = x3;
      cy = y3;
      k += 6;
    }
  }
  if (cx !== sx || cy !== sy) acc.line(cx, cy, sx, sy);
}

export interface PaintRunsInput {
  /** The pixels painted on: the page with its frames already on it. */
  readonly image: RgbImage;
  /** The ink, [r, g, b]. */
  readonly color: readonly [number, number, number];
  readonly runs: Iterable<GlyphRun>;
  readonly fonts: FontCatalog;
  readonly outlineOf: (fontId: FontId, glyphId: number) => ParsedOutline | null;
  /** Pixels per point. */
  readonly scale: number;
}

/** A circle of radius 1 around the origin, from four cubic arcs (κ = 0.5523), for emphasis dots. */
const DOT = parseOutline('M1,0C1,0.5523 0.5523,1 0,1C-0.5523,1 -1,0.5523 -1,0C-1,-0.5523 -0.5523,-1 0,-1C0.5523,-1 1,-0.5523 1,0Z');

/** Paints every glyph of `runs` (and their emphasis dots) onto `image`, glyph after glyph. */
export function paintRuns(input: PaintRunsInput): void {
  const { scale, image, color } = input;
  const acc = new Accumulator();
  /** Fills `outline` scaled by `s` px per unit with its origin at pixel (gx, gy). */
  const fillAt = (outline: ParsedOutline, s: number, gx: number, gy: number): void => {
    const x0 = Math.floor(gx + s * outline.xMin) - 1;
    const y0 = Math.floor(gy - s * outline.yMax) - 1;
    const x1 = Math.ceil(gx + s * outline.xMax) + 1;
    const y1 = Math.ceil(gy - s * outline.yMin) + 1;
    if (x1 <= 0 || y1 <= 0 || x0 >= image.width || y0 >= image.height) return;
    acc.reset(x1 - x0, y1 - y0);
    fill(acc, outline, s, gx - x0, gy - y0);
    layOver(image, color, acc, x0, y0);
  };
  for (const run of input.runs) {
    const face = input.fonts.byId(run.fontId);
    if (!face) throw new Error(`the layout uses font ${run.fontId}, which the layout env does not have`);
    const s = (run.size / face.unitsPerEm) * scale;
    let pen = run.x;
    for (let i = 0; i < run.glyphIds.length; i++) {
      const outline = input.outlineOf(run.fontId, run.glyphIds[i] ?? 0);
      const advance = run.advances[i] ?? 0;
      // Pen position plus HarfBuzz offsets, exactly as the PDF's TJ places the glyph.
      if (outline !== null) fillAt(outline, s, (pen + (run.dx[i] ?? 0)) * scale, (run.y + (run.dy[i] ?? 0)) * scale);
      pen += advance;
    }
    // 着重号 where every painter puts them.
    if (DOT) for (const dot of emphasisDots(run)) fillAt(DOT, dot.r * scale, dot.cx * scale, dot.cy * scale);
  }
}

/**
 * The accumulated areas, summed along each row, as coverage, and the ink laid over the pixels by
 * it: a second glyph over the first is a second coat (1 − (1 − a)(1 − b) of the ink).
 */
function layOver(image: RgbImage, color: readonly [number, number, number], acc: Accumulator, x0: number, y0: number): void {
  const { cells } = acc;
  const { width, height, pixels } = image;
  const [r, g, b] = color;
  const xs = Math.max(0, -x0);
  const xe = Math.min(acc.width, width - x0);
  const ys = Math.max(0, -y0);
  const ye = Math.min(acc.height, height - y0);
  for (let y = ys; y < ye; y++) {
    const row = y * acc.stride;
    let sum = 0;
    // The row's running sum starts at its first cell, whether or not that is on the page.
    for (let x = 0; x < xs; x++) sum += cells[row + x] ?? 0;
    let i = ((y0 + y) * width + x0 + xs) * 3;
    for (let x = xs; x < xe; x++, i += 3) {
      sum += cells[row + x] ?? 0;
      const c = sum < 0 ? -sum : sum;
      if (c < 1 / 512) continue;
      const a = c > 1 ? 1 : c;
      const pr = pixels[i] ?? 0;
      const pg = pixels[i + 1] ?? 0;
      const pb = pixels[i + 2] ?? 0;
      // Rounded to nearest (the values are never negative, so + 0.5 and truncation round them).
      pixels[i] = pr + (r - pr) * a + 0.5;
      pixels[i + 1] = pg + (g - pg) * a + 0.5;
      pixels[i + 2] = pb + (b - pb) * a + 0.5;
    }
  }
}
