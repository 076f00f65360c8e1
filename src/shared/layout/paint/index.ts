// paint/: what the painters that draw glyphs as outlines share (the screen, the e-paper images).
export { placeGlyphs, type PlacedGlyph, relativeOutline, type RelativeOutline, runPathData, runScale } from './runOutline';
