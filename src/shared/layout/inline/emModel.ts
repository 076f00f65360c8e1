// emModel.ts: the reference composition model of ../conformance/README.md, in ems. It supplies
// the one thing the engine will later take from HarfBuzz, each character's advance, and runs the
// shared stages (breaks → compression → fit) on it. `galley lines` and the conformance tests
// use it; the engine proper will call the same stages with advances in points.
import { classifyBoundaries, codePoints } from './breaks';
import { buildMetrics } from './compression';
import { fitParagraph, type LineResolution } from './fit';
import { type HyphenationHook, hyphenationPoints } from './hyphenation';
import type { ProhibitionLevel } from './levels';
import { chineseQuote } from './quoteContext';
import { eastAsianWidth, lineBreakClass } from './unicodeProps';

export interface EmFitOptions {
  readonly widthEm: number;
  readonly level: ProhibitionLevel;
  /** CLREQ orphan control (the last line holds more than one character). Default off. */
  readonly orphanControl?: boolean;
  /** With orphanControl, the least number of characters on the last line. Default 2. */
  readonly minLastLineChars?: number;
  /** 行末点号悬挂 (a hanging line reports resolution 'hang'). Default off, as in the model. */
  readonly hangingPunctuation?: boolean;
  /** Advance of every character the model has no width for (Latin, digits, WPT test characters). Default ½ em. */
  readonly latinAdvanceEm?: number;
  /** Advance of U+0020. Default ⅓ em. */
  readonly spaceAdvanceEm?: number;
  /** An opening bracket at line start drops its leading half. Default off, as in the model. */
  readonly trimLineStartOpening?: boolean;
  readonly hyphenate?: HyphenationHook;
}

export interface EmLine {
  readonly text: string;
  /** Code-point range [start, end) in the paragraph. */
  readonly start: number;
  readonly end: number;
  /** Natural width (line-end and adjacent-mark compression applied). */
  readonly naturalEm: number;
  /** The width the line is set to. */
  readonly widthEm: number;
  /** widthEm − naturalEm: negative when punctuation was compressed, positive when spread. */
  readonly adjustmentEm: number;
  readonly resolution: LineResolution;
  readonly hyphenated: boolean;
}

const ONE = new Set([0x2014]); // — : 1 em; two of them make the 2-em dash
const HALF = new Set([0x00b7, 0xff0f, 0x2013]); // · ／ –, never compressed
const TWO = new Set([0x2e3a]); // ⸺ (one code point, 2 em)
const ELLIPSES = new Set([0x2026, 0x22ef]);
const ZERO: ReadonlySet<string> = new Set(['CM', 'ZWJ', 'ZW', 'WJ', 'BK', 'CR', 'LF', 'NL']);

/** The model's advance of cps[i], in em. */
export function referenceAdvanceEm(cps: readonly number[], i: number, latinEm: number, spaceEm: number): number {
  const cp = cps[i] ?? 0;
  if (cp === 0x20) return spaceEm;
  if (TWO.has(cp)) return 2;
  if (ONE.has(cp)) return 1;
  if (HALF.has(cp)) return 0.5;
  // …… and ⋯⋯ are one 2-em unit; a lone … is just another character.
  if (ELLIPSES.has(cp)) return cps[i - 1] === cp || cps[i + 1] === cp ? 1 : latinEm;
  if (chineseQuote(cps, i) !== null) return 1;
  const eaw = eastAsianWidth(cp);
  if (eaw === 'W' || eaw === 'F') return 1;
  if (ZERO.has(lineBreakClass(cp))) return 0;
  return latinEm;
}

/** Lays `text` out as one paragraph `widthEm` wide, by the reference model. */
export function fitLinesEm(text: string, options: EmFitOptions): EmLine[] {
  const cps = codePoints(text);
  const latin = options.latinAdvanceEm ?? 0.5;
  const space = options.spaceAdvanceEm ?? 1 / 3;
  const boundaries = classifyBoundaries(cps, options.level);
  const metrics = buildMetrics(cps, (i) => referenceAdvanceEm(cps, i, latin, space), 1);
  const hyphens = options.hyphenate ? hyphenationPoints(boundaries, options.hyphenate) : undefined;
  const lines = fitParagraph(boundaries, metrics, {
    measure: options.widthEm,
    orphanControl: options.orphanControl ?? false,
    ...(options.minLastLineChars === undefined ? {} : { minLastLineChars: options.minLastLineChars }),
    hangingPunctuation: options.hangingPunctuation ?? false,
    ...(hyphens ? { hyphens, hyphenAdvance: latin } : {}),
    metrics: { trimLineStartOpening: options.trimLineStartOpening ?? false },
  });
  return lines.map((line) => ({
    text: String.fromCodePoint(...cps.slice(line.start, line.end)),
    start: line.start,
    end: line.end,
    naturalEm: round(line.natural),
    widthEm: round(line.width),
    adjustmentEm: round(line.adjustment),
    resolution: line.resolution,
    hyphenated: line.hyphenated,
  }));
}

/** Widths are sums of halves and of the caller's advances: round away float dust for output. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
