// paint/: what the painters that draw glyphs as outlines share (the screen, the e-paper images),
// and the emphasis dots every painter draws (the print PDF too).
export { type EmphasisDot, emphasisDots } from './emphasisDots';
export { placeGlyphs, type PlacedGlyph, relativeOutline, type RelativeOutline, runPathData, runScale } from './runOutline';
