// glyphPaths.ts: each glyph run as one outline path (shared/layout/paint/runOutline.ts), with
// the session's caches: every (font, glyph) outline is asked of HarfBuzz and made relative once,
// and every run's path is joined once per GlyphRun object. The composer keeps the objects of
// lines that came out the same (keepIdentity.ts), so a keystroke joins only the changed runs.
import type { FontCatalog, FontId, GlyphOutlines } from '../../shared/layout/fonts';
import type { GlyphRun } from '../../shared/layout/output';
import { relativeOutline, type RelativeOutline, runPathData } from '../../shared/layout/paint';

export interface RunPath {
  /** Path data in font units, y up, placed on the page; drawn under `matrix(k 0 0 −k 0 0)`. */
  readonly d: string;
  /** Glyphs drawn (spaces and .notdef draw nothing). */
  readonly glyphs: number;
}

export interface GlyphPaths {
  /** The run's outline, or null when its face is not in this session's catalog. */
  runPath(run: GlyphRun): RunPath | null;
}

export function createGlyphPaths(fonts: FontCatalog, outlines: GlyphOutlines): GlyphPaths {
  const byFont = new Map<FontId, Map<number, RelativeOutline | null>>();
  const runs = new WeakMap<GlyphRun, RunPath>();

  const outlineOf = (fontId: FontId, glyphId: number): RelativeOutline | null => {
    let glyphs = byFont.get(fontId);
    if (!glyphs) byFont.set(fontId, (glyphs = new Map()));
    let outline = glyphs.get(glyphId);
    if (outline === undefined) {
      const face = fonts.byId(fontId);
      // Glyph 0 is .notdef: missing text is reported, never drawn (fonts/README.md).
      outline = face && glyphId !== 0 ? relativeOutline(outlines.glyphPath(face, glyphId)) : null;
      glyphs.set(glyphId, outline);
    }
    return outline;
  };

  return {
    runPath(run) {
      const cached = runs.get(run);
      if (cached) return cached;
      const face = fonts.byId(run.fontId);
      if (!face) return null;
      const path = runPathData(run, face.unitsPerEm, (glyphId) => outlineOf(run.fontId, glyphId));
      runs.set(run, path);
      return path;
    },
  };
}
