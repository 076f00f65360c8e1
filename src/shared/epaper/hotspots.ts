// hotspots.ts: a union of rectangles as rectilinear polygons — an article's hotspot on a page is
// the union of its frames (clipped to their text, zones.ts) and its photos.
//
// 1. Compress: the distinct x and y edges cut the plane into a grid of cells; a cell is filled
//    when a rectangle covers it. Coordinates are rounded to 1/1000 pt first, as the PageLayout's
//    are, so edges that meet in the layout meet here.
// 2. Holes: an empty cell that cannot reach the grid's border is a hole. A polygon here is one
//    clockwise ring (bundle.ts), and neither an image map nor a plain SVG polygon can carry a
//    hole, so every row boundary above and below a hole row is cut: nothing joins across a cut,
//    and the region falls apart into hole-free pieces whose union is still exactly the union of
//    the rectangles. (The cut also removes every place where a piece would touch itself at a
//    corner, so each piece has exactly one boundary ring.)
// 3. Pieces: 4-connected filled cells, never joined across a cut.
// 4. Trace: each piece's boundary edges, directed clockwise on screen (y down), chained from the
//    piece's top-left corner, with collinear points dropped. Pieces come out ordered by that
//    corner (top, then left), so the output does not depend on the order of the input.
import type { EpaperPoint, EpaperPolygon } from './bundle';

/** A rectangle in page points, y down: x0 ≤ x1, y0 ≤ y1. */
export interface EpaperRect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Page points rounded as the PageLayout rounds them (1/1000 pt), never -0. */
export function roundPt3(value: number): number {
  return Math.round(value * 1000) / 1000 + 0;
}

export function intersectRect(a: EpaperRect, b: EpaperRect): EpaperRect | null {
  const r = { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) };
  return r.x1 > r.x0 && r.y1 > r.y0 ? r : null;
}

/** The union of `rects` as hole-free clockwise rings, top-left piece first. */
export function rectUnionPolygons(rects: readonly EpaperRect[]): EpaperPolygon[] {
  const clean = rects
    .map((r) => ({ x0: roundPt3(r.x0), y0: roundPt3(r.y0), x1: roundPt3(r.x1), y1: roundPt3(r.y1) }))
    .filter((r) => r.x1 > r.x0 && r.y1 > r.y0);
  if (clean.length === 0) return [];
  const xs = uniqueSorted(clean.flatMap((r) => [r.x0, r.x1]));
  const ys = uniqueSorted(clean.flatMap((r) => [r.y0, r.y1]));
  const grid: Grid = { cols: xs.length - 1, rows: ys.length - 1, filled: new Uint8Array((xs.length - 1) * (ys.length - 1)) };
  const xIndex = new Map(xs.map((x, i) => [x, i]));
  const yIndex = new Map(ys.map((y, i) => [y, i]));
  for (const r of clean) {
    const c0 = xIndex.get(r.x0) ?? 0;
    const c1 = xIndex.get(r.x1) ?? 0;
    const r1 = yIndex.get(r.y1) ?? 0;
    for (let row = yIndex.get(r.y0) ?? 0; row < r1; row++) grid.filled.fill(1, row * grid.cols + c0, row * grid.cols + c1);
  }
  const cuts = holeCuts(grid);
  const { labels, count } = pieces(grid, cuts);
  return traceRings(grid, labels, count)
    .map((ring) => ring.map(([c, r]): EpaperPoint => ({ x: xs[c] ?? 0, y: ys[r] ?? 0 })))
    .sort((a, b) => (a[0]?.y ?? 0) - (b[0]?.y ?? 0) || (a[0]?.x ?? 0) - (b[0]?.x ?? 0));
}

interface Grid {
  readonly cols: number;
  readonly rows: number;
  /** 1 where a rectangle covers the cell; index row * cols + col. */
  readonly filled: Uint8Array;
}

function uniqueSorted(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** cuts[k] = 1: cells of row k−1 and row k never join (k is a row boundary, 0…rows). */
function holeCuts(grid: Grid): Uint8Array {
  const { cols, rows, filled } = grid;
  const outside = new Uint8Array(filled.length);
  const queue: number[] = [];
  const visit = (i: number): void => {
    if (filled[i] === 0 && outside[i] === 0) {
      outside[i] = 1;
      queue.push(i);
    }
  };
  for (let c = 0; c < cols; c++) {
    visit(c);
    visit((rows - 1) * cols + c);
  }
  for (let r = 0; r < rows; r++) {
    visit(r * cols);
    visit(r * cols + cols - 1);
  }
  while (queue.length > 0) {
    const i = queue.pop() ?? 0;
    const r = Math.floor(i / cols);
    const c = i % cols;
    if (r > 0) visit(i - cols);
    if (r < rows - 1) visit(i + cols);
    if (c > 0) visit(i - 1);
    if (c < cols - 1) visit(i + 1);
  }
  const cuts = new Uint8Array(rows + 1);
  for (let i = 0; i < filled.length; i++) {
    if (filled[i] === 0 && outside[i] === 0) {
      const r = Math.floor(i / cols);
      cuts[r] = 1;
      cuts[r + 1] = 1;
    }
  }
  return cuts;
}

/** 4-connected filled cells, labelled 0… in scan order; −1 for empty cells. */
function pieces(grid: Grid, cuts: Uint8Array): { labels: Int32Array; count: number } {
  const { cols, rows, filled } = grid;
  const labels = new Int32Array(filled.length).fill(-1);
  let count = 0;
  for (let start = 0; start < filled.length; start++) {
    if (filled[start] === 0 || labels[start] !== -1) continue;
    const label = count++;
    labels[start] = label;
    const stack = [start];
    while (stack.length > 0) {
      const i = stack.pop() ?? 0;
      const r = Math.floor(i / cols);
      const c = i % cols;
      const join = (j: number): void => {
        if (filled[j] === 1 && labels[j] === -1) {
          labels[j] = label;
          stack.push(j);
        }
      };
      if (r > 0 && cuts[r] === 0) join(i - cols);
      if (r < rows - 1 && cuts[r + 1] === 0) join(i + cols);
      if (c > 0) join(i - 1);
      if (c < cols - 1) join(i + 1);
    }
  }
  return { labels, count };
}

type Vertex = readonly [col: number, row: number];

/** Each piece's boundary, clockwise on screen, from its top-left corner (grid vertex indices). */
function traceRings(grid: Grid, labels: Int32Array, count: number): Vertex[][] {
  const { cols, rows } = grid;
  const stride = cols + 1;
  const key = (c: number, r: number): number => r * stride + c;
  const edges: Array<Map<number, number[]>> = Array.from({ length: count }, () => new Map());
  const add = (label: number, from: number, to: number): void => {
    const out = edges[label];
    if (!out) return;
    const list = out.get(from);
    if (list) list.push(to);
    else out.set(from, [to]);
  };
  const labelAt = (r: number, c: number): number => (r < 0 || r >= rows || c < 0 || c >= cols ? -1 : (labels[r * cols + c] ?? -1));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const label = labelAt(r, c);
      if (label === -1) continue;
      if (labelAt(r - 1, c) !== label) add(label, key(c, r), key(c + 1, r));
      if (labelAt(r, c + 1) !== label) add(label, key(c + 1, r), key(c + 1, r + 1));
      if (labelAt(r + 1, c) !== label) add(label, key(c + 1, r + 1), key(c, r + 1));
      if (labelAt(r, c - 1) !== label) add(label, key(c, r + 1), key(c, r));
    }
  }
  const rings: Vertex[][] = [];
  for (const out of edges) {
    for (;;) {
      // The smallest key is the top-left vertex still on a boundary: a corner of the ring.
      let start = -1;
      for (const [from, list] of out) if (list.length > 0 && (start === -1 || from < start)) start = from;
      if (start === -1) break;
      const ring: Vertex[] = [];
      let at = start;
      do {
        ring.push([at % stride, Math.floor(at / stride)]);
        const next = out.get(at)?.shift();
        if (next === undefined) break;
        at = next;
      } while (at !== start);
      rings.push(dropCollinear(ring));
    }
  }
  return rings;
}

function dropCollinear(ring: readonly Vertex[]): Vertex[] {
  return ring.filter((v, i) => {
    const prev = ring[(i + ring.length - 1) % ring.length] ?? v;
    const next = ring[(i + 1) % ring.length] ?? v;
    return !((prev[0] === v[0] && v[0] === next[0]) || (prev[1] === v[1] && v[1] === next[1]));
  });
}

/** Signed area in page points² (positive for the clockwise-on-screen rings made here). */
export function ringArea(ring: EpaperPolygon): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    if (a && b) twice += a.x * b.y - b.x * a.y;
  }
  return twice / 2;
}
