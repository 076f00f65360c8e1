// missingGlyphs.ts: characters no face of the composite can draw. They are reported, with the
// story, paragraph and position the caller names, and never drawn silently as .notdef boxes
// (design.md, Fonts). Two checks: before shaping, from the cmap (findMissingGlyphs: what the
// fonts panel and preflight ask); after shaping, from glyph id 0 (missingInShapedRuns: what a
// layout actually produced, which also catches a cmap entry the shaper could not use).
import { isIgnorable, isSpaceSeparator } from './charClass';
import type { FontId } from './fontId';
import { type CompositeFont, itemize, type ItemizeOptions } from './itemize';
import type { ShapedRun } from './shapeRuns';

/** Where the text came from; the layout passes its own ids through. */
export interface TextSource {
  readonly storyId: string;
  readonly paragraphId: string;
}

export interface MissingGlyph extends TextSource {
  /** The character itself ("国", or a lone surrogate as is). */
  readonly char: string;
  readonly codePoint: number;
  /** UTF-16 offset of the character in the paragraph text. */
  readonly offset: number;
  /** The face that was asked to draw it (the one context chose; the other lacks it too). */
  readonly fontId: FontId;
  readonly family: string;
}

/** Every character of `text` that neither face of `font` has, in text order. */
export function findMissingGlyphs(text: string, font: CompositeFont, source: TextSource, options: ItemizeOptions = {}): MissingGlyph[] {
  const missing: MissingGlyph[] = [];
  for (const run of itemize(text, font, options)) {
    for (let i = run.start; i < run.end; ) {
      const cp = text.codePointAt(i) ?? 0;
      const width = cp > 0xffff ? 2 : 1;
      const drawable = run.face.hasGlyph(cp) || isIgnorable(cp) || (isSpaceSeparator(cp) && run.face.hasGlyph(0x20));
      if (!drawable) {
        missing.push({ ...source, char: text.slice(i, i + width), codePoint: cp, offset: i, fontId: run.face.id, family: run.face.family });
      }
      i += width;
    }
  }
  return missing;
}

/** Characters whose shaped glyph is .notdef (glyph id 0), one entry per cluster. */
export function missingInShapedRuns(text: string, runs: readonly ShapedRun[], source: TextSource): MissingGlyph[] {
  const missing: MissingGlyph[] = [];
  for (const run of runs) {
    const { glyphIds, clusters } = run.glyphs;
    let lastCluster = -1;
    for (let g = 0; g < glyphIds.length; g++) {
      const offset = clusters[g] ?? 0;
      if (glyphIds[g] !== 0 || offset === lastCluster) continue;
      lastCluster = offset;
      const cp = text.codePointAt(offset) ?? 0;
      if (isIgnorable(cp)) continue;
      missing.push({ ...source, char: String.fromCodePoint(cp), codePoint: cp, offset, fontId: run.face.id, family: run.face.family });
    }
  }
  return missing;
}
