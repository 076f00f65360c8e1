// The PDF painter: the only place that imports pdf-lib (README.md: the font objects and why).
export { type EmbeddedFont, embedFace, type FaceUsage, type SubsetCache, subsetTag } from './fontObjects';
export { collectGlyphUsage, MissingFontError } from './glyphUsage';
export { FontSubsetError, subsetFont } from './hbSubset';
export { cropMarkSegments, MARK_SPACE_MM, type PageBoxes, pageBoxes, type Segment, slugPlacement } from './marks';
export { paintPdf, type PaintPdfOptions } from './paintPdf';
export { checkOutputProfile, OutputProfileError, pdfxHeaderVersion } from './pdfx';
export { formatOutputTime, slugText } from './slug';
export { inkName, spotTint } from './spotColors';
export { pdfxVersionString } from './xmp';
