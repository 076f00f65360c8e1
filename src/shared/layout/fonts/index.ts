// Fonts for the composition engine: font bytes → faces (names, metrics, coverage, embedding
// licence), composite fonts and the itemizer, the shaping seam, and missing-glyph reports.
// Pure: no fs, no fetch, no wasm loading; bytes, hashes and the harfbuzzjs module come in.
export { BinaryReader, FontFormatError } from './binary';
export { createFontCatalog, type FaceMatchInfo, type FontCatalog, matchFace, STYLE_WEIGHTS, type StyleWeight } from './catalog';
export { charClass, type CharClass, type ShapingScript } from './charClass';
export { FontNotFoundError, type FontPair, resolveComposite } from './composite';
export { describeFace, describeFaces, type Face, type FaceInfo, openFace, readFaceMetadata } from './face';
export { FONT_ID_PATTERN, type FontId, isFontId, makeFontId, parseFontId } from './fontId';
export { createHarfBuzzShaper, type HarfBuzzModule, type HarfBuzzShaper } from './harfbuzzShaper';
export { type CompositeFont, type FontRun, type FontSlot, itemize, type ItemizeOptions } from './itemize';
export { type QuoteRole, type QuoteRuleOptions, resolveQuotes, type ScriptContext } from './quotes';
export type { EmbeddingLicence, EmbeddingPermission } from './metricsTables';
export { findMissingGlyphs, type MissingGlyph, missingInShapedRuns, type TextSource } from './missingGlyphs';
export { findFaceIndex } from './selectFace';
export { faceCount, readTableDirectory, requireTable, type TableDirectory, tableReader, type TableRecord } from './sfnt';
export { GLYPH_FLAG_UNSAFE_TO_BREAK, type GlyphOutlines, type ShapedGlyphs, type ShapeInput, type Shaper } from './shaper';
export { runAdvance, shapeParagraph, type ShapeParagraphOptions, type ShapedRun, shapeRuns } from './shapeRuns';
