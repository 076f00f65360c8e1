// punctuation.ts: stage 4, which full-width marks have a blank half and what may happen to it
// (标点挤压). Widths of glyphs are not decided here: a mark's blank is half an em of the body
// size, whatever font draws it, so the same table serves the em reference model and the real
// engine's HarfBuzz advances.
import { chineseQuotes } from './quoteContext';
import { eastAsianWidth, lineBreakClass } from './unicodeProps';

/**
 * opening/closing: brackets, book-title marks and Chinese quotes (blank outside the enclosed text);
 * comma: ，、；  stop: 。．？！  colon: ：  (blank on the right; the glyph sits next to the text before it);
 * cluster: ？！ ！？ ？？ ！！ and longer runs, set together as one unit (GB/T 15834 §5.1.2).
 */
export type MarkKind = 'opening' | 'closing' | 'comma' | 'stop' | 'colon' | 'cluster';

export interface Mark {
  readonly kind: MarkKind;
  /** Blank on each side, in em. */
  readonly blankLeft: number;
  readonly blankRight: number;
}

const COMMA = new Set([0xff0c, 0x3001, 0xff1b]);
const STOP = new Set([0x3002, 0xff0e, 0xff1f, 0xff01]);
const COLON = 0xff1a;
const EXCLAIM_QUESTION = new Set([0xff1f, 0xff01]);
const HALF = 0.5;

function fullWidth(cp: number): boolean {
  const eaw = eastAsianWidth(cp);
  return eaw === 'F' || eaw === 'W';
}

/** One entry per code point: its mark, or null for anything else (Han, Latin, · ／ – —— …). */
export function classifyMarks(cps: readonly number[]): Array<Mark | null> {
  const quotes = chineseQuotes(cps);
  const marks: Array<Mark | null> = cps.map((cp, i) => {
    const quote = quotes[i];
    if (quote === 'opening') return { kind: 'opening', blankLeft: HALF, blankRight: 0 };
    if (quote === 'closing') return { kind: 'closing', blankLeft: 0, blankRight: HALF };
    if (COMMA.has(cp)) return { kind: 'comma', blankLeft: 0, blankRight: HALF };
    if (STOP.has(cp)) return { kind: 'stop', blankLeft: 0, blankRight: HALF };
    if (cp === COLON) return { kind: 'colon', blankLeft: 0, blankRight: HALF };
    if (!fullWidth(cp)) return null;
    const cls = lineBreakClass(cp);
    if (cls === 'OP') return { kind: 'opening', blankLeft: HALF, blankRight: 0 };
    if (cls === 'CL' || cls === 'CP') return { kind: 'closing', blankLeft: 0, blankRight: HALF };
    return null;
  });
  // ？！ runs: two take 1 em, three take 2 em, so every mark is set at ½ em and an odd run
  // keeps one blank half after its last mark.
  for (let i = 0; i < cps.length; ) {
    let end = i;
    while (end < cps.length && EXCLAIM_QUESTION.has(cps[end] ?? 0)) end++;
    if (end - i >= 2) {
      for (let j = i; j < end; j++) marks[j] = { kind: 'cluster', blankLeft: 0, blankRight: j === end - 1 && (end - i) % 2 === 1 ? HALF : 0 };
    }
    i = Math.max(end, i + 1);
  }
  return marks;
}

export function isBracket(mark: Mark | null): boolean {
  return mark !== null && (mark.kind === 'opening' || mark.kind === 'closing');
}

/**
 * The CLREQ reduction tier of a mark's remaining blank when a line must shrink (lower goes
 * first), or 0 when it never shrinks: the colon and ？！ clusters keep their width; the
 * interpunct, connectors, solidi and 2-em units are not marks here at all.
 */
export function shrinkTier(mark: Mark | null): number {
  switch (mark?.kind) {
    case 'opening':
    case 'closing':
      return 2;
    case 'comma':
      return 3;
    case 'stop':
      return 4;
    default:
      return 0;
  }
}
