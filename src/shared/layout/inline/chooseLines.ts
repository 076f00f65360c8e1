// chooseLines.ts: which line breaker sets a paragraph (decision in README.md, "Engine").
//   - Chinese (and mixed) text: fit.ts, the CLREQ fitter of the conformance model — fill, push in
//     before push out, orphan control — because CLREQ prefers shrinking a line over spreading
//     it, which a total-fit optimiser weighing both ways would trade away, and the conformance
//     vectors pin that behaviour.
//   - Latin-dominant justified text: knuthPlass.ts, total fit with TeX-pattern hyphenation, over
//     the same candidates and widths; when no solution is within tolerance, fit.ts again.
// Hyphenation is used in Latin-dominant paragraphs only: in Chinese text an English word moves
// whole to the next line, as Chinese newspapers set it.
import { charClass } from '../fonts';
import type { Boundaries } from './breaks';
import type { InlineMetrics, LineMeasure, MetricsOptions } from './compression';
import { type FittedLine, fitParagraph } from './fit';
import { type HyphenationHook, hyphenationPoints } from './hyphenation';
import { type JustifyContext, stretchCapacity } from './justify';
import { totalFit, type TotalFitOptions } from './knuthPlass';
import { lineBreakClass } from './unicodeProps';

export type LineBreaking = 'auto' | 'greedy' | 'total-fit';

export interface ChooseLinesInput {
  readonly b: Boundaries;
  readonly m: InlineMetrics;
  readonly clusterHead: Uint8Array;
  readonly justify: JustifyContext;
  readonly measureAt: (line: number) => number;
  readonly lineMeasure: (s: number, e: number) => LineMeasure;
  readonly metrics: MetricsOptions;
  readonly justified: boolean;
  /** The last line holds at least this many characters; 1 turns orphan control off. */
  readonly minLastLineChars: number;
  /** 行末点号悬挂 in the CLREQ fitter (total fit never hangs: it sets Latin-dominant text). */
  readonly hangingPunctuation: boolean;
  readonly hyphenate: HyphenationHook | null;
  readonly hyphenAdvance: number;
  readonly mode: LineBreaking;
  readonly totalFit?: TotalFitOptions;
}

export interface ChosenLines {
  readonly lines: FittedLine[];
  readonly method: 'greedy' | 'total-fit';
}

/** More Latin letters and digits than Han characters. */
export function isLatinDominant(cps: readonly number[]): boolean {
  let latin = 0;
  let han = 0;
  for (const cp of cps) {
    const cls = charClass(cp);
    if (cls === 'latin') latin++;
    else if (cls === 'cjk' && lineBreakClass(cp) === 'ID') han++;
  }
  return latin > han;
}

/** Characters that count for orphan control: letters, digits, Han (not marks, not spaces). */
function contentCount(cps: readonly number[], m: InlineMetrics, s: number, e: number): number {
  let count = 0;
  for (let i = s; i < e; i++) {
    const cls = charClass(cps[i] ?? 0);
    if ((cls === 'latin' || cls === 'cjk') && m.marks[i] === null && m.hangs[i] !== 1) count++;
  }
  return count;
}

export function chooseLines(input: ChooseLinesInput): ChosenLines {
  const { b, m } = input;
  const latin = isLatinDominant(b.cps);
  const useTotalFit = input.justified && (input.mode === 'total-fit' || (input.mode === 'auto' && latin));
  const hyphens = latin && input.hyphenate ? new Set([...hyphenationPoints(b, input.hyphenate)].filter((j) => input.clusterHead[j] === 1)) : new Set<number>();
  if (useTotalFit) {
    const lines = totalFit(
      {
        b,
        hyphens,
        hyphenAdvance: input.hyphenAdvance,
        measureAt: input.measureAt,
        measure: input.lineMeasure,
        stretch: (s, e) => stretchCapacity(input.justify, s, e),
        ...(input.minLastLineChars > 1 ? { orphanCount: (s: number, e: number) => contentCount(b.cps, m, s, e), minLastLineChars: input.minLastLineChars } : {}),
      },
      input.totalFit,
    );
    if (lines) return { lines, method: 'total-fit' };
  }
  const lines = fitParagraph(b, m, {
    measure: input.measureAt(0),
    measureAt: input.measureAt,
    lineMeasure: input.lineMeasure,
    orphanControl: input.minLastLineChars > 1,
    minLastLineChars: input.minLastLineChars,
    hangingPunctuation: input.hangingPunctuation,
    metrics: input.metrics,
    ...(hyphens.size > 0 ? { hyphens, hyphenAdvance: input.hyphenAdvance } : {}),
  });
  return { lines, method: 'greedy' };
}
