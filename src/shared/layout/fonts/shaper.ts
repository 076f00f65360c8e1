// shaper.ts: the shaping seam. Layout code asks a Shaper for glyphs and never knows which engine
// answers; LayoutEnv carries one. The real one is harfbuzzShaper.ts over harfbuzzjs, created by
// main and the renderer (which each load the wasm their own way) and handed in.
import type { Face } from './face';
import type { FontId } from './fontId';
import type { ShapingScript } from './charClass';

export interface ShapeInput {
  /** The whole paragraph: the shaper sees the characters around the run as context. */
  readonly text: string;
  /** UTF-16 range of the run in `text`, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly face: Face;
  /** ISO 15924 ('Hani', 'Latn'…); 'Zyyy' lets the shaper guess from the text. */
  readonly script: ShapingScript;
  /** BCP 47 ('zh-Hans', 'en'): selects the font's localized forms. */
  readonly language: string;
  /**
   * OpenType features for the whole run in HarfBuzz syntax ('halt', '-liga', 'tnum'). Kerning,
   * ligatures and the other defaults are on without asking. Ranges ('kern[3:5]') are refused:
   * split the run instead, so ranges never have to be translated between offsets.
   */
  readonly features?: readonly string[];
}

/**
 * Glyphs of one run, as parallel arrays. All metrics are in FONT UNITS (integers, unitsPerEm to
 * the em), left to right: scaling to points (× size / unitsPerEm) happens once, in the layout,
 * so the shaped result does not depend on the type size and can be cached per run.
 */
export interface ShapedGlyphs {
  readonly fontId: FontId;
  readonly unitsPerEm: number;
  readonly glyphIds: readonly number[];
  /** UTF-16 offset in the PARAGRAPH of the first character each glyph came from. */
  readonly clusters: readonly number[];
  readonly xAdvances: readonly number[];
  readonly xOffsets: readonly number[];
  readonly yOffsets: readonly number[];
  /**
   * HarfBuzz glyph flags: bit 1 UNSAFE_TO_BREAK (a break before this glyph needs reshaping),
   * bit 2 UNSAFE_TO_CONCAT.
   */
  readonly flags: readonly number[];
}

export const GLYPH_FLAG_UNSAFE_TO_BREAK = 1;

export interface Shaper {
  shape(input: ShapeInput): ShapedGlyphs;
}

/**
 * Glyph outlines for painters that draw glyphs themselves (the screen painter). SVG path data
 * in FONT UNITS with y pointing UP, as in the font: the painter scales by size / unitsPerEm and
 * flips y. Empty for a glyph with no outline (a space).
 */
export interface GlyphOutlines {
  glyphPath(face: Face, glyphId: number): string;
}
