// knuthPlass.ts: total-fit line breaking (Knuth & Plass 1981; typesetting-cjk.md §12.1) over the
// same break candidates and widths as fit.ts. Every legal boundary (allowed, hyphenation
// point, mandatory) is a feasible break; a line's adjustment ratio is its shortfall over its
// stretch (justify.ts stretchCapacity) or its excess over its shrink (compression.ts min);
// demerits are TeX's: (line penalty + badness)² + penalty², plus extra for two hyphens in a row
// and for a loose line next to a tight one. Line widths may differ per line (indent,
// runaround), so active nodes carry their line number. Returns null when no set of lines
// within the tolerance exists; the caller then uses the greedy fitter.
import type { Boundaries } from './breaks';
import type { LineMeasure } from './compression';
import type { FittedLine } from './fit';

export interface TotalFitInput {
  readonly b: Boundaries;
  readonly hyphens: ReadonlySet<number>;
  readonly hyphenAdvance: number;
  readonly measureAt: (line: number) => number;
  /** Natural and minimum width of [s, e), without a hyphen. */
  readonly measure: (s: number, e: number) => LineMeasure;
  readonly stretch: (s: number, e: number) => number;
  /** Characters on [s, e): a last line with fewer than `minLastLineChars` (a 孤字) costs ORPHAN demerits. */
  readonly orphanCount?: (s: number, e: number) => number;
  /** Default 2. */
  readonly minLastLineChars?: number;
}

export interface TotalFitOptions {
  /** Largest adjustment ratio accepted. Default 3 (spaces at most ~1 em at 9 pt). */
  readonly tolerance?: number;
  readonly linePenalty?: number;
  readonly hyphenPenalty?: number;
  readonly doubleHyphenDemerits?: number;
  readonly fitnessDemerits?: number;
}

interface Node {
  readonly pos: number;
  readonly line: number;
  readonly fitness: number;
  readonly demerits: number;
  readonly hyphenated: boolean;
  readonly prev: Node | null;
}

const ORPHAN = 1e7;

function fitnessClass(r: number): number {
  if (r < -0.5) return 0;
  if (r <= 0.5) return 1;
  if (r <= 1) return 2;
  return 3;
}

/** Breaks [0, n) into lines minimising total demerits, or null when nothing fits the tolerance. */
export function totalFit(input: TotalFitInput, options: TotalFitOptions = {}): FittedLine[] | null {
  const { b, hyphens } = input;
  const n = b.cps.length;
  const tolerance = options.tolerance ?? 3;
  const linePenalty = options.linePenalty ?? 10;
  const hyphenPenalty = options.hyphenPenalty ?? 50;
  const doubleHyphen = options.doubleHyphenDemerits ?? 3000;
  const fitnessDemerits = options.fitnessDemerits ?? 10000;
  const minLast = input.minLastLineChars ?? 2;
  let active: Node[] = [{ pos: 0, line: 0, fitness: 1, demerits: 0, hyphenated: false, prev: null }];

  for (let j = 1; j <= n; j++) {
    const forced = b.action[j] === 'mandatory';
    const hyphen = hyphens.has(j);
    if (!forced && !hyphen && b.action[j] !== 'allowed') continue;
    const best = new Map<string, Node>();
    const keep: Node[] = [];
    for (const a of active) {
      const W = input.measureAt(a.line);
      const line = input.measure(a.pos, j);
      const extra = hyphen ? input.hyphenAdvance : 0;
      const natural = line.natural + extra;
      const min = line.min + extra;
      if (min > W + 1e-9) continue; // too long now, and longer for every later j: deactivate
      keep.push(a);
      let r: number;
      if (natural > W) r = (W - natural) / (natural - min);
      else if (forced) r = 0; // a paragraph's last line is set flush, not spread
      else {
        const stretch = input.stretch(a.pos, j);
        r = stretch > 0 ? (W - natural) / stretch : W - natural < 0.01 ? 0 : Infinity;
      }
      if (r > tolerance) continue;
      const badness = 100 * Math.abs(r) ** 3;
      let d = (linePenalty + badness) ** 2 + (hyphen ? hyphenPenalty ** 2 : 0);
      if (hyphen && a.hyphenated) d += doubleHyphen;
      const fitness = fitnessClass(r);
      if (Math.abs(fitness - a.fitness) > 1) d += fitnessDemerits;
      if (forced && input.orphanCount && input.orphanCount(a.pos, j) < minLast && a.pos > 0) d += ORPHAN;
      const node: Node = { pos: j, line: a.line + 1, fitness, demerits: a.demerits + d, hyphenated: hyphen, prev: a };
      const key = `${node.line}:${fitness}`;
      const seen = best.get(key);
      if (!seen || node.demerits < seen.demerits) best.set(key, node);
    }
    const created = [...best.values()];
    active = forced ? created : [...keep, ...created];
    if (active.length === 0) return null;
  }

  let end: Node | null = null;
  for (const a of active) if (a.pos === n && (!end || a.demerits < end.demerits)) end = a;
  if (!end) return null;
  const breaks: Node[] = [];
  for (let node: Node | null = end; node && node.prev; node = node.prev) breaks.unshift(node);
  return breaks.map((node, k) => {
    const start = node.prev?.pos ?? 0;
    const W = input.measureAt(k);
    const line = input.measure(start, node.pos);
    const extra = node.hyphenated ? input.hyphenAdvance : 0;
    const natural = line.natural + extra;
    const min = line.min + extra;
    const last = b.action[node.pos] === 'mandatory';
    const width = last ? (natural <= W ? natural : Math.max(min, W)) : Math.max(min, W);
    return { start, end: node.pos, natural, min, width, adjustment: width - natural, resolution: 'fit', hyphenated: node.hyphenated, hanging: false, last };
  });
}
