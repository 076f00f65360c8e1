// pack.ts: places modules (an article, or a photo with its story) on the page's column grid.
//
// 1. For one choice of span per module, place the modules in reading order, greedily: each takes
//    the column where its bottom ends highest, with the space it strands above the skyline as a
//    tie-breaker (skyline packing).
// 2. Stretch every module down to whatever lies below it, or to the foot of the area, and
//    sideways into columns left empty beside it, so the page has no ragged holes: real pages
//    are filled, and the depth estimate is rough anyway.
// 3. Try every combination of allowed spans (a few thousand for a page) and keep the layout with
//    the fewest empty grid cells, then the most even spread of the stretch over the modules, then
//    the most wanted spans. Deterministic: ties keep the first combination tried.

export interface ModuleSpec {
  readonly key: string;
  /** Spans (in base columns) the module may take, most wanted first. */
  readonly spans: readonly number[];
  /** Depth in grid lines at a span, everything included. */
  readonly depth: (span: number) => number;
  /** False for a module whose width is fixed once placed (a photo keeps its shape). */
  readonly canWiden?: boolean;
}

export interface Placement {
  readonly key: string;
  readonly column: number;
  readonly span: number;
  /** First grid line (0 = top of the type area). */
  readonly line: number;
  /** Depth in grid lines after stretching. */
  readonly lines: number;
  /** Depth the estimate asked for, before stretching. */
  readonly needed: number;
}

export interface PackArea {
  readonly columns: number;
  readonly firstLine: number;
  /** One past the last usable line. */
  readonly endLine: number;
  /** Blank lines between a module and the one below it. */
  readonly gapLines: number;
}

export class PageOverflowError extends Error {
  override readonly name = 'PageOverflowError';
}

/** Weights of the layout score, in grid cells (one column × one line). */
const HOLE_COST = 10;
const SPREAD_COST = 1;
const SPAN_PREFERENCE_COST = 25;
/** Beyond this many span combinations only the most wanted spans are tried. */
const MAX_COMBINATIONS = 100_000;

/** Greedy skyline placement with fixed spans; undefined when something does not fit. */
export function placeInOrder(modules: readonly ModuleSpec[], spans: readonly number[], area: PackArea): Placement[] | undefined {
  const skyline: number[] = Array.from({ length: area.columns }, () => area.firstLine);
  const placed: Placement[] = [];
  for (const [i, module] of modules.entries()) {
    const span = spans[i] ?? module.spans[0] ?? 1;
    const needed = module.depth(span);
    let best: { cost: number; column: number; line: number } | undefined;
    for (let column = 0; column + span <= area.columns; column++) {
      const cols = skyline.slice(column, column + span);
      const line = Math.max(...cols);
      if (line + needed > area.endLine) continue;
      const cost = (line + needed) * area.columns + cols.reduce((n, top) => n + (line - top), 0);
      if (!best || cost < best.cost) best = { cost, column, line };
    }
    if (!best) return undefined;
    for (let c = best.column; c < best.column + span; c++) skyline[c] = best.line + needed + area.gapLines;
    placed.push({ key: module.key, column: best.column, span, line: best.line, lines: needed, needed });
  }
  return placed;
}

function overlapsColumns(a: Placement, b: Placement): boolean {
  return a.column < b.column + b.span && b.column < a.column + a.span;
}

/** Extends each module to the top of the next module below it (less the gap) or the area's foot. */
export function stretchDown(placed: readonly Placement[], area: PackArea): Placement[] {
  return placed.map((p) => {
    const below = placed.filter((q) => q !== p && overlapsColumns(p, q) && q.line >= p.line + p.lines);
    const limit = below.length === 0 ? area.endLine : Math.min(...below.map((q) => q.line)) - area.gapLines;
    return { ...p, lines: Math.max(p.lines, limit - p.line) };
  });
}

function freeColumn(placed: readonly Placement[], p: Placement, column: number, area: PackArea): boolean {
  const top = p.line;
  const bottom = p.line + p.lines + area.gapLines;
  return placed.every((q) => q === p || column < q.column || column >= q.column + q.span || q.line >= bottom || q.line + q.lines + area.gapLines <= top);
}

/**
 * Widens each module into neighbouring columns that are empty over its whole depth, so a hole
 * beside a module becomes part of it instead of staying white.
 */
export function stretchAcross(placed: readonly Placement[], modules: readonly ModuleSpec[], area: PackArea): Placement[] {
  const out = [...placed];
  out.forEach((p, i) => {
    if (modules.find((m) => m.key === p.key)?.canWiden === false) return;
    let q = p;
    while (q.column + q.span < area.columns && freeColumn(out, q, q.column + q.span, area)) q = { ...q, span: q.span + 1 };
    while (q.column > 0 && freeColumn(out, q, q.column - 1, area)) q = { ...q, column: q.column - 1, span: q.span + 1 };
    out[i] = q;
  });
  return out;
}

/** Grid cells of the area that no module (with the gap under it) covers. */
export function emptyCells(placed: readonly Placement[], area: PackArea): number {
  let empty = 0;
  for (let c = 0; c < area.columns; c++) {
    const spans = placed
      .filter((p) => c >= p.column && c < p.column + p.span)
      .map((p) => [p.line, Math.min(area.endLine, p.line + p.lines + area.gapLines)] as const)
      .sort((a, b) => a[0] - b[0]);
    let reached = area.firstLine;
    for (const [start, end] of spans) {
      if (start > reached) empty += start - reached;
      reached = Math.max(reached, end);
    }
    empty += Math.max(0, area.endLine - reached);
  }
  return empty;
}

function score(placed: readonly Placement[], spans: readonly number[], modules: readonly ModuleSpec[], area: PackArea): number {
  // Squared relative stretch: white space shared evenly reads better than one empty frame.
  const spread = placed.reduce((n, p) => n + (p.span * (p.lines - p.needed) ** 2) / Math.max(1, p.needed), 0);
  const preference = spans.reduce((n, span, i) => n + Math.max(0, modules[i]?.spans.indexOf(span) ?? 0), 0);
  return emptyCells(placed, area) * HOLE_COST + spread * SPREAD_COST + preference * SPAN_PREFERENCE_COST;
}

function* combinations(modules: readonly ModuleSpec[]): Generator<number[]> {
  const total = modules.reduce((n, m) => n * Math.max(1, m.spans.length), 1);
  if (total > MAX_COMBINATIONS) {
    yield modules.map((m) => m.spans[0] ?? 1);
    return;
  }
  const index = modules.map(() => 0);
  for (let k = 0; k < total; k++) {
    yield modules.map((m, i) => m.spans[index[i] ?? 0] ?? 1);
    for (let i = modules.length - 1; i >= 0; i--) {
      const next = (index[i] ?? 0) + 1;
      if (next < (modules[i]?.spans.length ?? 1)) {
        index[i] = next;
        break;
      }
      index[i] = 0;
    }
  }
}

export function packModules(modules: readonly ModuleSpec[], area: PackArea): Placement[] {
  let best: { score: number; placed: Placement[] } | undefined;
  for (const spans of combinations(modules)) {
    const placed = placeInOrder(modules, spans, area);
    if (!placed) continue;
    const stretched = stretchDown(stretchAcross(stretchDown(placed, area), modules, area), area);
    const s = score(stretched, spans, modules, area);
    if (!best || s < best.score) best = { score: s, placed: stretched };
  }
  if (!best) throw new PageOverflowError(`the ${modules.length} stories do not fit on the page in any combination of their spans`);
  return best.placed;
}
