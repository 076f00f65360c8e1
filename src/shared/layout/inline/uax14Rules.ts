// uax14Rules.ts: stage 2 of line breaking, the pair rules LB4–LB31 of UAX #14 (Unicode 17.0)
// applied in order at each boundary between units. Tailorings do not copy this table: they
// change classes before it runs (LB1), or name a rule to skip at one boundary, which lets the
// later rules decide exactly as if that rule were absent.
import { isEastAsian, isFinalQuote, isInitialQuote, isUnassignedPictographic, type LineBreakClass } from './unicodeProps';
import type { Units } from './uax14Units';

export type BreakAction = 'mandatory' | 'allowed' | 'prohibited';

export interface RuleDecision {
  readonly action: BreakAction;
  /** The rule that decided, as UAX #14 numbers it: 'LB13', 'LB25', 'LB31' … */
  readonly rule: string;
}

/** Return true to skip `rule` at the boundary before unit `k` (a tailoring relaxes it). */
export type RuleSkip = (rule: string, k: number, units: Units) => boolean;

type C = LineBreakClass;
const set = (...classes: C[]): ReadonlySet<C> => new Set(classes);

const HARD = set('BK', 'CR', 'LF', 'NL');
const LB15A_BEFORE = set('BK', 'CR', 'LF', 'NL', 'OP', 'QU', 'GL', 'SP', 'ZW');
const LB15B_AFTER = set('SP', 'GL', 'WJ', 'CL', 'QU', 'CP', 'EX', 'IS', 'SY', 'BK', 'CR', 'LF', 'NL', 'ZW');
const LB20A_BEFORE = set('BK', 'CR', 'LF', 'NL', 'SP', 'ZW', 'CB', 'GL');
const LETTER = set('AL', 'HL');
const IDEO = set('ID', 'EB', 'EM');
const AFFIX = set('PR', 'PO');
const HANGUL = set('JL', 'JV', 'JT', 'H2', 'H3');
const DOTTED_CIRCLE = 0x25cc;


// Helpers at module level, not closures in decideBoundary: it runs once per boundary, and a
// closure per call (plus the name-keeping wrapper tsx adds to each) cost ten times the rules.
function clsAt(u: Units, i: number): C | null {
  return i >= 0 && i < u.count ? (u.cls[i] ?? null) : null;
}

function eaAt(u: Units, i: number): boolean {
  return isEastAsian(u.cp[i] ?? 0);
}

function dottedAt(u: Units, i: number): boolean {
  return u.cp[i] === DOTTED_CIRCLE;
}

function aksaraAt(u: Units, i: number): boolean {
  const c = clsAt(u, i);
  return c === 'AK' || c === 'AS' || dottedAt(u, i);
}

/** The first unit at or before i that is not SP. */
function beforeSpaces(u: Units, i: number): number {
  let j = i;
  while (j >= 0 && u.cls[j] === 'SP') j--;
  return j;
}

/** NU (SY | IS)* ending at unit i. */
function numberEndsAt(u: Units, i: number): boolean {
  let j = i;
  while (clsAt(u, j) === 'SY' || clsAt(u, j) === 'IS') j--;
  return clsAt(u, j) === 'NU';
}

/** Decisions are shared constants: one object per action and rule, made on first use. */
function cache(action: BreakAction): (rule: string) => RuleDecision {
  const made = new Map<string, RuleDecision>();
  return (rule) => {
    let d = made.get(rule);
    if (d === undefined) {
      d = { action, rule };
      made.set(rule, d);
    }
    return d;
  };
}
const ALLOW = cache('allowed');
const FORBID = cache('prohibited');
const MUST = cache('mandatory');

/** The rule's decision, unless the tailoring skips it at this boundary (then later rules decide). */
function pick(u: Units, k: number, skip: RuleSkip | undefined, id: string, make: (r: string) => RuleDecision): RuleDecision | null {
  return skip !== undefined && skip(id, k, u) ? null : make(id);
}

/** Decides the boundary between unit k-1 and unit k (1 ≤ k < units.count). */
export function decideBoundary(u: Units, k: number, skip?: RuleSkip): RuleDecision {
  const a = k - 1;
  const A = u.cls[a] ?? 'AL';
  const B = u.cls[k] ?? 'AL';

  if (A === 'BK') return MUST('LB4');
  if (A === 'CR' && B === 'LF') return FORBID('LB5');
  if (A === 'CR' || A === 'LF' || A === 'NL') return MUST('LB5');
  if (HARD.has(B)) return FORBID('LB6');
  if (B === 'SP' || B === 'ZW') return FORBID('LB7');
  if (clsAt(u, beforeSpaces(u, a)) === 'ZW') return ALLOW('LB8');
  if (u.endsWithZwj[a]) return FORBID('LB8a');
  let d: RuleDecision | null = null;
  if ((A === 'WJ' || B === 'WJ') && (d = pick(u, k, skip, 'LB11', FORBID))) return d;
  if (A === 'GL' && (d = pick(u, k, skip, 'LB12', FORBID))) return d;
  if (B === 'GL' && A !== 'SP' && A !== 'BA' && A !== 'HY' && A !== 'HH' && (d = pick(u, k, skip, 'LB12a', FORBID))) return d;
  if ((B === 'CL' || B === 'CP' || B === 'EX' || B === 'SY') && (d = pick(u, k, skip, 'LB13', FORBID))) return d;
  const lastNonSpace = beforeSpaces(u, a);
  const L = clsAt(u, lastNonSpace);
  if (L === 'OP' && (d = pick(u, k, skip, 'LB14', FORBID))) return d;
  if (L === 'QU' && isInitialQuote(u.cp[lastNonSpace] ?? 0)) {
    const before = clsAt(u, lastNonSpace - 1);
    if ((before === null || LB15A_BEFORE.has(before)) && (d = pick(u, k, skip, 'LB15a', FORBID))) return d;
  }
  if (B === 'QU' && isFinalQuote(u.cp[k] ?? 0)) {
    const after = clsAt(u, k + 1);
    if ((after === null || LB15B_AFTER.has(after)) && (d = pick(u, k, skip, 'LB15b', FORBID))) return d;
  }
  if (A === 'SP' && B === 'IS' && clsAt(u, k + 1) === 'NU' && (d = pick(u, k, skip, 'LB15c', ALLOW))) return d;
  if (B === 'IS' && (d = pick(u, k, skip, 'LB15d', FORBID))) return d;
  if ((L === 'CL' || L === 'CP') && B === 'NS' && (d = pick(u, k, skip, 'LB16', FORBID))) return d;
  if (L === 'B2' && B === 'B2' && (d = pick(u, k, skip, 'LB17', FORBID))) return d;
  if (A === 'SP' && (d = pick(u, k, skip, 'LB18', ALLOW))) return d;
  if (B === 'QU' && !isInitialQuote(u.cp[k] ?? 0) && (d = pick(u, k, skip, 'LB19', FORBID))) return d;
  if (A === 'QU' && !isFinalQuote(u.cp[a] ?? 0) && (d = pick(u, k, skip, 'LB19', FORBID))) return d;
  if (B === 'QU' && (!eaAt(u, a) || k + 1 >= u.count || !eaAt(u, k + 1)) && (d = pick(u, k, skip, 'LB19a', FORBID))) return d;
  if (A === 'QU' && (!eaAt(u, k) || a === 0 || !eaAt(u, a - 1)) && (d = pick(u, k, skip, 'LB19a', FORBID))) return d;
  if ((A === 'CB' || B === 'CB') && (d = pick(u, k, skip, 'LB20', ALLOW))) return d;
  // LB20a names AL only in 17.0 (LineBreakTest 17.0: "- ÷ א" at the start of text).
  if ((A === 'HY' || A === 'HH') && B === 'AL') {
    const before = clsAt(u, a - 1);
    if ((before === null || LB20A_BEFORE.has(before)) && (d = pick(u, k, skip, 'LB20a', FORBID))) return d;
  }
  if ((B === 'BA' || B === 'HH' || B === 'HY' || B === 'NS' || A === 'BB') && (d = pick(u, k, skip, 'LB21', FORBID))) return d;
  if ((A === 'HY' || A === 'HH') && clsAt(u, a - 1) === 'HL' && B !== 'HL' && (d = pick(u, k, skip, 'LB21a', FORBID))) return d;
  if (A === 'SY' && B === 'HL' && (d = pick(u, k, skip, 'LB21b', FORBID))) return d;
  if (B === 'IN' && (d = pick(u, k, skip, 'LB22', FORBID))) return d;
  if (((LETTER.has(A) && B === 'NU') || (A === 'NU' && LETTER.has(B))) && (d = pick(u, k, skip, 'LB23', FORBID))) return d;
  if (((A === 'PR' && IDEO.has(B)) || (IDEO.has(A) && B === 'PO')) && (d = pick(u, k, skip, 'LB23a', FORBID))) return d;
  if (((AFFIX.has(A) && LETTER.has(B)) || (LETTER.has(A) && AFFIX.has(B))) && (d = pick(u, k, skip, 'LB24', FORBID))) return d;
  if (numberRule(u, A, B, k) && (d = pick(u, k, skip, 'LB25', FORBID))) return d;
  if (koreanRule(A, B) && (d = pick(u, k, skip, 'LB26', FORBID))) return d;
  if (((HANGUL.has(A) && B === 'PO') || (A === 'PR' && HANGUL.has(B))) && (d = pick(u, k, skip, 'LB27', FORBID))) return d;
  if (LETTER.has(A) && LETTER.has(B) && (d = pick(u, k, skip, 'LB28', FORBID))) return d;
  const brahmic =
    (A === 'AP' && (B === 'AK' || B === 'AS' || dottedAt(u, k))) ||
    (aksaraAt(u, a) && (B === 'VF' || B === 'VI')) ||
    (A === 'VI' && aksaraAt(u, a - 1) && (B === 'AK' || dottedAt(u, k))) ||
    (aksaraAt(u, a) && aksaraAt(u, k) && clsAt(u, k + 1) === 'VF');
  if (brahmic && (d = pick(u, k, skip, 'LB28a', FORBID))) return d;
  if (A === 'IS' && LETTER.has(B) && (d = pick(u, k, skip, 'LB29', FORBID))) return d;
  const lb30 = ((LETTER.has(A) || A === 'NU') && B === 'OP' && !eaAt(u, k)) || (A === 'CP' && !eaAt(u, a) && (LETTER.has(B) || B === 'NU'));
  if (lb30 && (d = pick(u, k, skip, 'LB30', FORBID))) return d;
  if (A === 'RI' && B === 'RI') {
    let run = 0;
    for (let j = a; clsAt(u, j) === 'RI'; j--) run++;
    if ((d = pick(u, k, skip, 'LB30a', run % 2 === 1 ? FORBID : ALLOW))) return d;
  }
  if (B === 'EM' && (A === 'EB' || isUnassignedPictographic(u.cp[a] ?? 0)) && (d = pick(u, k, skip, 'LB30b', FORBID))) return d;
  return ALLOW('LB31');
}

/** LB25 as Unicode 15.1 and later state it: numbers with their affixes stay whole. */
function numberRule(u: Units, A: C, B: C, k: number): boolean {
  const a = k - 1;
  if ((A === 'CL' || A === 'CP') && AFFIX.has(B) && numberEndsAt(u, a - 1)) return true;
  if (AFFIX.has(B) && numberEndsAt(u, a)) return true;
  const next = clsAt(u, k + 1);
  if (AFFIX.has(A) && B === 'OP' && (next === 'NU' || (next === 'IS' && clsAt(u, k + 2) === 'NU'))) return true;
  if (AFFIX.has(A) && B === 'NU') return true;
  if ((A === 'HY' || A === 'IS') && B === 'NU') return true;
  return B === 'NU' && numberEndsAt(u, a);
}

function koreanRule(A: C, B: C): boolean {
  if (A === 'JL') return B === 'JL' || B === 'JV' || B === 'H2' || B === 'H3';
  if (A === 'JV' || A === 'H2') return B === 'JV' || B === 'JT';
  if (A === 'JT' || A === 'H3') return B === 'JT';
  return false;
}
