// glyphPaths.ts: glyph outlines as SVG path data, one per (font, glyph) for the whole session.
// Each glyph is drawn once in <defs> and placed with <use>, so a page of 8,000 glyphs holds
// about 1,500 outlines. Paths are in font units, y up (GlyphOutlines); the run's transform
// scales and flips them.
import type { FontCatalog, FontId, GlyphOutlines } from '../../shared/layout/fonts';
import type { PageLayout } from '../../shared/layout/output';

export interface GlyphDef {
  /** The element id (`gl<font>-<glyph>`): short, and unique in the document. */
  readonly id: string;
  readonly d: string;
}

export interface GlyphPaths {
  /** The def id of a glyph, or null when it draws nothing (a space, .notdef). */
  idOf(fontId: FontId, glyphId: number): string | null;
  /** The outlines a page uses, in first-use order. */
  defsFor(page: PageLayout): GlyphDef[];
}

export function createGlyphPaths(fonts: FontCatalog, outlines: GlyphOutlines): GlyphPaths {
  const fontIndex = new Map<FontId, number>();
  const paths = new Map<string, string>();

  const keyOf = (fontId: FontId, glyphId: number): string => {
    let index = fontIndex.get(fontId);
    if (index === undefined) {
      index = fontIndex.size;
      fontIndex.set(fontId, index);
    }
    return `gl${index}-${glyphId}`;
  };

  const pathOf = (fontId: FontId, glyphId: number, key: string): string => {
    let d = paths.get(key);
    if (d === undefined) {
      const face = fonts.byId(fontId);
      // Glyph 0 is .notdef: missing text is reported, never drawn (fonts/README.md).
      d = face && glyphId !== 0 ? outlines.glyphPath(face, glyphId) : '';
      paths.set(key, d);
    }
    return d;
  };

  return {
    idOf(fontId, glyphId) {
      const key = keyOf(fontId, glyphId);
      return pathOf(fontId, glyphId, key) === '' ? null : key;
    },
    defsFor(page) {
      const seen = new Set<string>();
      const defs: GlyphDef[] = [];
      for (const frame of page.frames) {
        for (const column of frame.columns) {
          for (const line of column.lines) {
            for (const run of line.runs) {
              for (const glyphId of run.glyphIds) {
                const key = keyOf(run.fontId, glyphId);
                if (seen.has(key)) continue;
                seen.add(key);
                const d = pathOf(run.fontId, glyphId, key);
                if (d !== '') defs.push({ id: key, d });
              }
            }
          }
        }
      }
      return defs;
    },
  };
}
