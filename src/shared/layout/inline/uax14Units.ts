// uax14Units.ts: stage 1 of line breaking. UAX #14 LB1 (resolve the classes that have no
// behaviour of their own) and LB9/LB10 (combining marks and ZWJ take the class of their base),
// giving the units the pair rules of uax14Rules.ts look at.
import { isComplexContextMark, lineBreakClass, type LineBreakClass } from './unicodeProps';

/** LB1 with the default resolutions of Unicode 17.0 (no dictionary for SA, CJ as NS). */
export function resolveClass(cp: number): LineBreakClass {
  const cls = lineBreakClass(cp);
  switch (cls) {
    case 'AI':
    case 'SG':
    case 'XX':
      return 'AL';
    case 'SA':
      return isComplexContextMark(cp) ? 'CM' : 'AL';
    case 'CJ':
      return 'NS';
    default:
      return cls;
  }
}

/**
 * The text after LB9/LB10, as parallel arrays indexed by unit. A unit is a base code point and
 * the combining marks (and ZWJs) attached to it.
 */
export interface Units {
  readonly count: number;
  /** Code-point index where each unit starts. */
  readonly start: Int32Array;
  readonly cls: readonly LineBreakClass[];
  /** The base code point (East_Asian_Width and the quote's gc are read from it). */
  readonly cp: readonly number[];
  /** The unit's last code point is U+200D ZWJ (LB8a forbids a break after it). */
  readonly endsWithZwj: readonly boolean[];
  /** For each code point, the unit it belongs to. */
  readonly unitOf: Int32Array;
}

const NO_BASE: ReadonlySet<LineBreakClass> = new Set(['BK', 'CR', 'LF', 'NL', 'SP', 'ZW']);
const ZWJ = 0x200d;

/** `classes` are the LB1-resolved (and possibly tailored) classes, one per code point. */
export function buildUnits(cps: readonly number[], classes: readonly LineBreakClass[]): Units {
  const start: number[] = [];
  const cls: LineBreakClass[] = [];
  const cp: number[] = [];
  const endsWithZwj: boolean[] = [];
  const unitOf = new Int32Array(cps.length);
  for (let i = 0; i < cps.length; i++) {
    const c = classes[i] ?? 'AL';
    const code = cps[i] ?? 0;
    const last = cls.length - 1;
    const attaches = (c === 'CM' || c === 'ZWJ') && last >= 0 && !NO_BASE.has(cls[last] ?? 'AL');
    if (attaches) {
      endsWithZwj[last] = code === ZWJ;
      unitOf[i] = last;
      continue;
    }
    start.push(i);
    // LB10: a mark with nothing to attach to is AL.
    cls.push(c === 'CM' || c === 'ZWJ' ? 'AL' : c);
    cp.push(code);
    endsWithZwj.push(code === ZWJ);
    unitOf[i] = cls.length - 1;
  }
  return { count: cls.length, start: Int32Array.from(start), cls, cp, endsWithZwj, unitOf };
}
