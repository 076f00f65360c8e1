// composeParagraph.ts: a story paragraph → ComposedParagraph, the engine's inline stage end to
// end: styled segments → itemize + shape (shapeText) → break classes (breaks) → widths with
// compression (compression), Han–Latin gaps and tracking (lineExtras) → line ends (chooseLines:
// CLREQ fitter or total fit) → justification (justify) → positioned glyph runs (placeRuns).
// Pure and deterministic: everything from outside comes in `env`, positions are rounded to
// 1/1000 pt.
import { type Paragraph, type ParagraphStyle, paragraphText, roundPt, type Styles } from '../../model';
import type { LayoutEnv } from '../env';
import { resolveComposite } from '../fonts';
import { balancedLines } from './balance';
import { classifyBoundaries } from './breaks';
import { chooseLines, type LineBreaking } from './chooseLines';
import type { ComposedLine, ComposedParagraph, MeasureFor } from './composedParagraph';
import { buildMetrics, type MetricsOptions } from './compression';
import { hanLatinGaps } from './hanLatinSpacing';
import { setHangingLine } from './hangingLine';
import type { HyphenationHook } from './hyphenation';
import { englishHyphenator } from './hyphenPatterns';
import { type JustifyContext, setLine, stretchableBoundaries } from './justify';
import type { TotalFitOptions } from './knuthPlass';
import { lastVisible, lineExtras, measureWithExtras } from './lineExtras';
import { type HyphenGlyph, placeRuns } from './placeRuns';
import { type ShapeCache, shapeText, styledSegments } from './shapeText';

export interface ComposeOptions {
  /** Han–Latin gap in em of the style's size. Default ¼; 0 turns it off. */
  readonly hanLatinSpacingEm?: number;
  /**
   * CLREQ: no 孤字 on the last line, by the style's `minLastLineChars`. Default on for edition
   * styles; false turns it off whatever the style says (`galley lines` keeps it off).
   */
  readonly orphanControl?: boolean;
  /** 行末点号悬挂; overrides the style's `hangingPunctuation` (`galley lines` never hangs). */
  readonly hangingPunctuation?: boolean;
  /** Hyphenation for Latin-dominant paragraphs; null for none. Default US English TeX patterns. */
  readonly hyphenation?: HyphenationHook | null;
  /** 'auto': total fit for Latin-dominant justified paragraphs, the CLREQ fitter otherwise. */
  readonly lineBreaking?: LineBreaking;
  readonly totalFit?: TotalFitOptions;
  /** An opening bracket at line start drops its leading half. Default off. */
  readonly trimLineStartOpening?: boolean;
  /** Shaped runs kept across calls (font units, so any size); the caller owns and clears it. */
  readonly shapeCache?: ShapeCache;
}

/** What composeParagraph found out on the way, for tests and `galley lines --json`. */
export interface ComposeDiagnostics {
  readonly method: 'greedy' | 'total-fit';
}

export function composeParagraph(paragraph: Paragraph, style: ParagraphStyle, styles: Styles, measureFor: MeasureFor, env: LayoutEnv, options: ComposeOptions = {}): ComposedParagraph {
  return composeParagraphWithDiagnostics(paragraph, style, styles, measureFor, env, options).paragraph;
}

export function composeParagraphWithDiagnostics(
  paragraph: Paragraph,
  style: ParagraphStyle,
  styles: Styles,
  measureFor: MeasureFor,
  env: LayoutEnv,
  options: ComposeOptions = {},
): { paragraph: ComposedParagraph; diagnostics: ComposeDiagnostics } {
  const size = style.size;
  const frame = { spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter, keepWithNext: style.keepWithNext };
  const text = paragraphText(paragraph);
  if (text.length === 0) return { paragraph: { ...frame, lines: [emptyLine(style, measureFor(0), env)], missing: [] }, diagnostics: { method: 'greedy' } };

  const st = shapeText(text, styledSegments(paragraph, style, styles), style, env, options.shapeCache);
  const b = classifyBoundaries(st.cps, style.prohibition);
  const m = buildMetrics(st.cps, (i) => st.advance[i] ?? 0, size);
  const gaps = hanLatinGaps(st.cps, st.slot, m.marks, (options.hanLatinSpacingEm ?? style.hanLatinSpacingEm) * size);
  const extras = lineExtras(gaps, st.clusterHead, style.tracking);
  const metrics: MetricsOptions = { trimLineStartOpening: options.trimLineStartOpening ?? false };
  const ctx: JustifyContext = { m, extras, gaps, stretchable: stretchableBoundaries(st.cps, st.slot, st.clusterHead, m), metrics };
  const indent = style.firstLineIndentEm * size;
  const indentOf = (k: number): number => (k === 0 ? indent : 0);
  const measureAt = (k: number): number => measureFor(k) - indentOf(k);
  const hyphen = hyphenGlyph(style, env);

  const choose = (narrowBy: number, breaks = b) => chooseLines({
    b: breaks,
    m,
    clusterHead: st.clusterHead,
    justify: ctx,
    measureAt: narrowBy === 0 ? measureAt : (k) => measureAt(k) - narrowBy,
    lineMeasure: measureWithExtras(m, extras, metrics),
    metrics,
    justified: style.align === 'justify',
    minLastLineChars: options.orphanControl === false ? 1 : style.minLastLineChars,
    hangingPunctuation: options.hangingPunctuation ?? style.hangingPunctuation,
    hyphenate: options.hyphenation === undefined ? englishHyphenator() : options.hyphenation,
    hyphenAdvance: hyphen.advance,
    mode: options.lineBreaking ?? 'auto',
    ...(options.totalFit ? { totalFit: options.totalFit } : {}),
  });
  // Balanced lines are broken narrower (and where phrases end) but set below in the full
  // measure, so they keep their alignment in it.
  const chosen = style.balanceLines && style.align !== 'justify' ? balancedLines(choose, b, m, Math.max(measureAt(0), measureAt(1))) : choose(0);

  const lines: ComposedLine[] = chosen.lines.map((line, k) => {
    const last = k === chosen.lines.length - 1;
    const avail = measureAt(k);
    const hyphenWidth = line.hyphenated ? hyphen.advance : 0;
    const justify = style.align === 'justify' && !line.last;
    const mark = line.hanging ? lastVisible(m, line.start, line.end) : -1;
    const set = mark > line.start ? setHangingLine(ctx, line.start, mark, line.end, avail, justify) : setLine(ctx, line.start, line.end, avail - hyphenWidth, justify);
    const content = set.width + hyphenWidth;
    const free = Math.max(0, avail - content);
    const offset = style.align === 'center' ? free / 2 : style.align === 'end' ? free : 0;
    const x0 = indentOf(k) + offset;
    const placed = placeRuns(st, size, line.start, lastVisible(m, line.start, line.end), set, x0, line.hyphenated ? hyphen : null);
    const ascent = roundPt(placed.ascent);
    return {
      start: st.offsets[line.start] ?? 0,
      end: st.offsets[line.end] ?? text.length,
      width: roundPt(measureFor(k)),
      contentWidth: roundPt(roundPt(placed.end) - roundPt(x0)),
      ascent,
      descent: roundPt(placed.descent),
      leading: k === 0 ? ascent : roundPt(style.leading),
      runs: placed.runs,
      last,
    };
  });
  return { paragraph: { ...frame, lines, missing: st.missing }, diagnostics: { method: chosen.method } };
}

/** The hyphen of the style's Latin face at its weight, shaped once per call (a few µs). */
function hyphenGlyph(style: ParagraphStyle, env: LayoutEnv): HyphenGlyph {
  const face = resolveComposite(env.fonts, style.font, style.weight).latin;
  const shaped = env.shaper.shape({ text: '-', start: 0, end: 1, face, script: 'Latn', language: 'en' });
  return { fontId: shaped.fontId, glyphId: shaped.glyphIds[0] ?? 0, advance: ((shaped.xAdvances[0] ?? 0) * style.size) / shaped.unitsPerEm };
}

/** An empty paragraph still takes a line (a blank line is a section break, CLREQ). */
function emptyLine(style: ParagraphStyle, width: number, env: LayoutEnv): ComposedLine {
  const face = resolveComposite(env.fonts, style.font, style.weight).cjk;
  const scale = style.size / face.unitsPerEm;
  const ascent = roundPt(face.ascender * scale);
  return { start: 0, end: 0, width: roundPt(width), contentWidth: 0, ascent, descent: roundPt(-face.descender * scale), leading: ascent, runs: [], last: true };
}
