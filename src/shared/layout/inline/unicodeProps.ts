// unicodeProps.ts: stage 0 of paragraph composition, the character properties the line breaker
// and the compression model read (UAX #14 Line_Break class, East_Asian_Width, and the few
// General_Category facts UAX #14 needs). Decoded once from the generated range table.
import { EAW_VALUES, LB_CLASSES, RANGES } from './data/lineBreakData';

export type LineBreakClass = (typeof LB_CLASSES)[number];
export type EastAsianWidth = (typeof EAW_VALUES)[number];

const CLASS_MASK = 0x3f;
const EAW_SHIFT = 6;
const EAW_MASK = 0x7;
const PI = 1 << 9;
const PF = 1 << 10;
const EXTPICT_CN = 1 << 11;
const MARK = 1 << 12;

interface Table {
  readonly starts: Uint32Array;
  readonly values: Uint16Array;
  /** Direct lookup for the BMP, where nearly all newspaper text lives. */
  readonly bmp: Uint16Array;
}

let table: Table | null = null;

function decode(): Table {
  const tokens = RANGES.join(',').split(',');
  const starts = new Uint32Array(tokens.length);
  const values = new Uint16Array(tokens.length);
  let start = 0;
  tokens.forEach((token, i) => {
    const dot = token.indexOf('.');
    start += parseInt(token.slice(0, dot), 36);
    starts[i] = start;
    values[i] = parseInt(token.slice(dot + 1), 36);
  });
  const bmp = new Uint16Array(0x10000);
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i] ?? 0;
    if (from >= 0x10000) break;
    bmp.fill(values[i] ?? 0, from, Math.min(starts[i + 1] ?? 0x110000, 0x10000));
  }
  return { starts, values, bmp };
}

function valueOf(cp: number): number {
  table ??= decode();
  if (cp < 0x10000) return table.bmp[cp] ?? 0;
  const { starts, values } = table;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= cp) lo = mid;
    else hi = mid - 1;
  }
  return values[lo] ?? 0;
}

/** The Line_Break property as published (before LB1 resolves AI, SA, CJ …). */
export function lineBreakClass(cp: number): LineBreakClass {
  return LB_CLASSES[valueOf(cp) & CLASS_MASK] ?? 'XX';
}

export function eastAsianWidth(cp: number): EastAsianWidth {
  return EAW_VALUES[(valueOf(cp) >> EAW_SHIFT) & EAW_MASK] ?? 'N';
}

/** UAX #14's $EastAsian: East_Asian_Width F, W or H. */
export function isEastAsian(cp: number): boolean {
  const eaw = eastAsianWidth(cp);
  return eaw === 'F' || eaw === 'W' || eaw === 'H';
}

/** gc=Pi, known for lb=QU characters only (all UAX #14 asks). */
export function isInitialQuote(cp: number): boolean {
  return (valueOf(cp) & PI) !== 0;
}

/** gc=Pf, known for lb=QU characters only. */
export function isFinalQuote(cp: number): boolean {
  return (valueOf(cp) & PF) !== 0;
}

/** Extended_Pictographic and unassigned: a future emoji base (LB30b). */
export function isUnassignedPictographic(cp: number): boolean {
  return (valueOf(cp) & EXTPICT_CN) !== 0;
}

/** gc=Mn or Mc, known for lb=SA characters only (LB1 makes those CM). */
export function isComplexContextMark(cp: number): boolean {
  return (valueOf(cp) & MARK) !== 0;
}
