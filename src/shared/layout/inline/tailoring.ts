// tailoring.ts: stage 3 of line breaking, the Chinese tailorings of UAX #14 per prohibition
// level, exactly as ../conformance/README.md "Levels" defines them (see inline/README.md for
// the table). A tailoring acts in three places only:
//   1. classes  — LB1: “ ‘ become OP and ” ’ become CL in Chinese context (ICU's CJ rules);
//   2. skip     — a named UAX #14 rule is relaxed at one boundary (…… at line start, loose);
//   3. forbid   — after the rules, a break the level prohibits is removed (· ～ ／ … at line
//                 start, ／ at line end, —— at strict), whatever spaces precede it.
// Mandatory breaks are never touched.
import type { ProhibitionLevel } from './levels';
import { chineseQuotes } from './quoteContext';
import type { RuleSkip } from './uax14Rules';
import { resolveClass, type Units } from './uax14Units';
import { eastAsianWidth, isEastAsian, type LineBreakClass } from './unicodeProps';

export interface Tailoring {
  readonly classes: (cps: readonly number[]) => LineBreakClass[];
  readonly skip?: RuleSkip;
  /** True when the level prohibits a break before unit k. */
  readonly forbid?: (units: Units, k: number) => boolean;
}

const ELLIPSES = new Set([0x2026, 0x22ef]); // … ⋯, the two halves of a 2-em ellipsis
const EM_DASH = 0x2014;
/** Connectors, interpunct and solidi that may not start a line at basic and above. */
const NO_START = new Set([0x00b7, 0xff5e, 0x2013, 0xff0f, 0x002f]);
const SOLIDI = new Set([0xff0f, 0x002f]);
/** CSS Text 3 `line-break: loose` for Chinese: iteration marks, centred punctuation, 〜 ゠. */
const LOOSE_STARTERS = new Set([
  0x3005, 0x303b, 0x309d, 0x309e, 0x30fd, 0x30fe, // 々 〻 ゝ ゞ ヽ ヾ
  0x30fb, 0xff1a, 0xff1b, 0xff65, 0x203c, 0x2047, 0x2048, 0x2049, 0xff01, 0xff1f, // ・ ： ； ･ ‼ ⁇ ⁈ ⁉ ！ ？
  0x301c, 0x30a0, // 〜 ゠
]);
const LOOSE_HYPHENS = new Set([0x2010, 0x2013]); // ‐ – after a Han character
/** Classes after which a loose starter may begin a line: letters and ideographs, not other marks (？！ stays one unit). */
const LETTER_LIKE: ReadonlySet<LineBreakClass> = new Set(['ID', 'AL', 'HL', 'NU', 'EB', 'EM', 'H2', 'H3', 'JL', 'JV', 'JT', 'AK', 'AS']);

/** The untailored algorithm: only LB1's default resolutions. */
const UAX14: Tailoring = { classes: (cps) => cps.map(resolveClass) };

function chineseClasses(cps: readonly number[]): LineBreakClass[] {
  const quotes = chineseQuotes(cps);
  return cps.map((cp, i) => {
    const quote = quotes[i];
    if (quote === 'opening') return 'OP';
    if (quote === 'closing') return 'CL';
    return resolveClass(cp);
  });
}

/** Unit k starts a 2-em ellipsis (…… or ⋯⋯). */
function startsDoubledEllipsis(units: Units, k: number): boolean {
  const cp = units.cp[k] ?? 0;
  return ELLIPSES.has(cp) && units.cp[k + 1] === cp && units.cp[k - 1] !== cp;
}

/** At `loose`, may a line start with unit k? */
function looseStart(units: Units, k: number): boolean {
  const cp = units.cp[k] ?? 0;
  const cls = units.cls[k];
  const before = units.cls[k - 1] ?? null;
  if (before === null) return false;
  if (cls === 'IN') return before !== 'IN';
  if (LOOSE_STARTERS.has(cp)) return LETTER_LIKE.has(before);
  if (LOOSE_HYPHENS.has(cp)) return before === 'ID';
  if (cls === 'PO') {
    const eaw = eastAsianWidth(cp);
    return (eaw === 'F' || eaw === 'W' || eaw === 'A') && (before === 'ID' || before === 'EB' || before === 'EM');
  }
  return false;
}

/** The rules `loose` relaxes, each only where looseStart says a line may begin. */
const LOOSE_RULES = new Set(['LB13', 'LB21', 'LB22', 'LB23a']);

function noStart(level: ProhibitionLevel, units: Units, k: number): boolean {
  const cp = units.cp[k] ?? 0;
  const cls = units.cls[k];
  if (level === 'loose' && looseStart(units, k)) return false;
  if (cls === 'NS' || NO_START.has(cp)) return true;
  if (cls === 'B2') return level === 'strict' || (cp === EM_DASH && units.cp[k + 1] !== EM_DASH);
  if (cls === 'IN') return level === 'strict' || !startsDoubledEllipsis(units, k);
  return false;
}

function chineseLevel(level: 'basic' | 'gb' | 'strict' | 'loose'): Tailoring {
  const skip: RuleSkip = (rule, k, units) => {
    if (level === 'strict') return false;
    if (level === 'loose') return LOOSE_RULES.has(rule) && looseStart(units, k);
    // basic and GB relax LB22 for the 2-em ellipsis only.
    return rule === 'LB22' && startsDoubledEllipsis(units, k);
  };
  return {
    classes: chineseClasses,
    skip,
    forbid: (units, k) => noStart(level, units, k) || (level !== 'basic' && SOLIDI.has(units.cp[k - 1] ?? 0)),
  };
}

/** Rules that hold a line-start or line-end mark against its neighbour; `none` drops them next to Chinese text. */
const NONE_RULES = new Set(['LB13', 'LB14', 'LB15a', 'LB15b', 'LB15d', 'LB16', 'LB19', 'LB19a', 'LB21', 'LB22', 'LB23a']);

const NONE: Tailoring = {
  classes: chineseClasses,
  skip: (rule, k, units) => {
    if (!NONE_RULES.has(rule)) return false;
    const A = units.cls[k - 1];
    const B = units.cls[k];
    // Units stay whole at every level: …… and ？！ are not split.
    if ((rule === 'LB22' && A === 'IN') || (rule === 'LB13' && A === 'EX' && B === 'EX')) return false;
    const chinese = (i: number): boolean => isEastAsian(units.cp[i] ?? 0) || ((units.cls[i] === 'OP' || units.cls[i] === 'CL') && isQuoteCp(units.cp[i] ?? 0));
    return B !== undefined && (chinese(k - 1) || chinese(k));
  },
};

function isQuoteCp(cp: number): boolean {
  return cp === 0x201c || cp === 0x201d || cp === 0x2018 || cp === 0x2019;
}

export function tailoringFor(level: ProhibitionLevel): Tailoring {
  switch (level) {
    case 'uax14':
      return UAX14;
    case 'none':
      return NONE;
    default:
      return chineseLevel(level);
  }
}
