// The paragraph-composition stages (line breaking, punctuation compression, line fitting).
// Callers import from here; see README.md in this folder for the stages and how the engine
// reuses them with real glyph advances.
export {
  analyzeBreaks,
  type Boundaries,
  type BreakAction,
  type BreakOpportunity,
  breakOpportunities,
  classifyBoundaries,
  codePoints,
} from './breaks';
export { buildMetrics, compressLine, type InlineMetrics, type LineMeasure, measureLine, type MetricsOptions } from './compression';
export { type EmFitOptions, type EmLine, fitLinesEm, referenceAdvanceEm } from './emModel';
export { type FitOptions, type FittedLine, fitParagraph, type LineResolution } from './fit';
export { type HyphenationHook, hyphenationPoints } from './hyphenation';
export { parseProhibitionLevel, PROHIBITION_LEVELS, type ProhibitionLevel } from './levels';
export { classifyMarks, type Mark, type MarkKind } from './punctuation';
export { chineseQuote } from './quoteContext';
export { eastAsianWidth, type EastAsianWidth, lineBreakClass, type LineBreakClass } from './unicodeProps';
