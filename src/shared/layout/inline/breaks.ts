// breaks.ts: line-break opportunities of a paragraph, per prohibition level. Runs the stages:
// LB1 classes (tailored) → units (LB9/LB10) → UAX #14 pair rules with the level's skips → the
// level's extra prohibitions. Indices are code-point boundaries: boundary j lies between code
// point j-1 and code point j.
import type { ProhibitionLevel } from './levels';
import { tailoringFor } from './tailoring';
import { type BreakAction, decideBoundary } from './uax14Rules';
import { buildUnits, type Units } from './uax14Units';

export type { BreakAction } from './uax14Rules';

export interface Boundaries {
  readonly cps: readonly number[];
  readonly units: Units;
  /** action[j] for 0 < j < cps.length; action[0] is 'prohibited' and action[length] 'mandatory'. */
  readonly action: readonly BreakAction[];
  /** The rule behind each action: 'LB13', 'LB31', 'LB9' (inside a unit), or 'tailoring'. */
  readonly rule: readonly string[];
}

export interface BreakOpportunity {
  readonly index: number;
  readonly mandatory: boolean;
}

/** Every boundary of `cps` classified at `level`. */
export function classifyBoundaries(cps: readonly number[], level: ProhibitionLevel): Boundaries {
  const tailoring = tailoringFor(level);
  const units = buildUnits(cps, tailoring.classes(cps));
  const action: BreakAction[] = new Array<BreakAction>(cps.length + 1).fill('prohibited');
  const rule: string[] = new Array<string>(cps.length + 1).fill('LB9');
  rule[0] = 'LB2';
  action[cps.length] = 'mandatory';
  rule[cps.length] = 'LB3';
  for (let k = 1; k < units.count; k++) {
    const j = units.start[k] ?? 0;
    const decision = decideBoundary(units, k, tailoring.skip);
    if (decision.action === 'allowed' && tailoring.forbid?.(units, k)) {
      action[j] = 'prohibited';
      rule[j] = 'tailoring';
    } else {
      action[j] = decision.action;
      rule[j] = decision.rule;
    }
  }
  return { cps, units, action, rule };
}

/** Break opportunities (allowed and mandatory) of `text`, boundaries 0 and length excluded. */
export function analyzeBreaks(text: string, level: ProhibitionLevel): BreakOpportunity[] {
  const { cps, action } = classifyBoundaries(codePoints(text), level);
  const out: BreakOpportunity[] = [];
  for (let j = 1; j < cps.length; j++) {
    const a = action[j];
    if (a !== 'prohibited') out.push({ index: j, mandatory: a === 'mandatory' });
  }
  return out;
}

/** The code-point boundaries where `text` may be broken at `level`. */
export function breakOpportunities(text: string, level: ProhibitionLevel): number[] {
  return analyzeBreaks(text, level).map((b) => b.index);
}

export function codePoints(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(ch.codePointAt(0) ?? 0);
  return out;
}
