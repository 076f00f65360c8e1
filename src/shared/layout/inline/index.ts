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
export { chooseLines, type ChosenLines, isLatinDominant, type LineBreaking } from './chooseLines';
export type { ComposedLine, ComposedParagraph, ComposedRun, MeasureFor } from './composedParagraph';
export { type ComposeDiagnostics, composeParagraph, composeParagraphWithDiagnostics, type ComposeOptions } from './composeParagraph';
export { type FitOptions, type FittedLine, fitParagraph, type LineResolution } from './fit';
export { hanLatinGaps } from './hanLatinSpacing';
export { type HyphenationHook, hyphenationPoints } from './hyphenation';
export { EN_US_PATTERNS, englishHyphenator } from './hyphenPatterns';
export { type JustifyContext, type LineSetting, setLine, stretchableBoundaries, stretchCapacity } from './justify';
export { totalFit, type TotalFitInput, type TotalFitOptions } from './knuthPlass';
export { createLiangHyphenator, type HyphenPatternData, type HyphenTrie, type HyphenTrieNode, type LiangOptions } from './liang';
export { extrasIn, lastVisible, type LineExtras, lineExtras, measureWithExtras } from './lineExtras';
export { type HyphenGlyph, type PlacedLine, placeRuns } from './placeRuns';
export { type ShapeCache, type ShapedText, shapeText, type StyledSegment, styledSegments } from './shapeText';
export { parseProhibitionLevel, PROHIBITION_LEVELS, type ProhibitionLevel } from './levels';
export { classifyMarks, type Mark, type MarkKind } from './punctuation';
export { chineseQuote, chineseQuotes } from './quoteContext';
export { eastAsianWidth, type EastAsianWidth, lineBreakClass, type LineBreakClass } from './unicodeProps';
