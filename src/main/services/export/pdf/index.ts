// The PDF painter: the only place that imports pdf-lib (README.md: the font objects and why).
export { type EmbeddedFont, embedFace, type FaceUsage, type SubsetCache, subsetTag } from './fontObjects';
export { collectGlyphUsage, MissingFontError } from './glyphUsage';
export { FontSubsetError, subsetFont } from './hbSubset';
export { paintPdf, type PaintPdfOptions } from './paintPdf';
