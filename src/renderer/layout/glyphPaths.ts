// glyphPaths.ts: each glyph run as one outline path (shared/layout/paint/runOutline.ts), with
// the session's caches: every (font, glyph) outline is asked of HarfBuzz and made relative once,
// and a run's path is joined once per run object and origin. Paths are made from an origin of
// their paragraph's block in the column (FrameText draws each such block under its own
// translate), and the same glyphs at the same place from that origin give the very same string:
// when typing adds a line, the lines that only moved keep their paths, and React hands the
// browser a new translate instead of new outlines to parse, lay out and paint.
import type { FontCatalog, FontId, GlyphOutlines } from '../../shared/layout/fonts';
import type { GlyphRun } from '../../shared/layout/output';
import { relativeOutline, type RelativeOutline, runPathData } from '../../shared/layout/paint';

export interface RunPath {
  /**
   * Path data in font units, y up, from (0, baseline) on the page: drawn under
   * `matrix(k 0 0 −k 0 0)` and then `translate(0 −baseline/k)`.
   */
  readonly d: string;
  /** Glyphs drawn (spaces and .notdef draw nothing). */
  readonly glyphs: number;
}

export interface GlyphPaths {
  /**
   * The run's outline from the point (`left`, `baseline`) on the page (points), or null when its
   * face is not in this session's catalog.
   */
  runPath(run: GlyphRun, baseline?: number, left?: number): RunPath | null;
  /**
   * What was drawn so far, for the GlyphPaths of the whole faces that replace the opening's
   * subsets (layoutSession.ts): hb-subset keeps glyph ids and outlines (RETAIN_GIDS), so every
   * outline a subset drew is the whole face's too. Glyphs a subset drew as nothing are left out:
   * the subset may simply lack them.
   */
  drawn(): DrawnOutlines;
}

export interface DrawnOutlines {
  readonly outlines: ReadonlyMap<FontId, ReadonlyMap<number, RelativeOutline>>;
  readonly paths: ReadonlyMap<string, RunPath>;
}

/** Distinct paths kept by content; a long session's typing must not grow the cache without end. */
const MAX_SHARED_PATHS = 20_000;

/** `from`: what the opening's subsets drew, when these are the whole faces of the same ids. */
export function createGlyphPaths(fonts: FontCatalog, outlines: GlyphOutlines, from?: DrawnOutlines): GlyphPaths {
  const byFont = new Map<FontId, Map<number, RelativeOutline | null>>([...(from?.outlines ?? [])].map(([id, glyphs]) => [id, new Map(glyphs)]));
  const byRun = new WeakMap<GlyphRun, { baseline: number; left: number; path: RunPath }>();
  // A subset's runs hold only glyph ids the subset kept (its cmap and closure name no others), whose
  // outlines it kept too: each run path it drew is the whole face's.
  const byContent = new Map<string, RunPath>(from?.paths ?? []);

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
    runPath(run, baseline = 0, left = 0) {
      const cached = byRun.get(run);
      if (cached && cached.baseline === baseline && cached.left === left) return cached.path;
      const face = fonts.byId(run.fontId);
      if (!face) return null;
      // Everything the path depends on: the face, the size, the place from the origin, the glyphs.
      const key = `${run.fontId} ${run.size} ${run.x - left} ${run.y - baseline} ${run.glyphIds.join(',')} ${run.advances.join(',')} ${run.dx.join(',')} ${run.dy.join(',')}`;
      let path = byContent.get(key);
      if (!path) {
        path = runPathData(run, face.unitsPerEm, (glyphId) => outlineOf(run.fontId, glyphId), baseline, left);
        if (byContent.size >= MAX_SHARED_PATHS) byContent.clear();
        byContent.set(key, path);
      }
      byRun.set(run, { baseline, left, path });
      return path;
    },
    drawn() {
      const drawnOutlines = new Map<FontId, Map<number, RelativeOutline>>();
      for (const [id, glyphs] of byFont) {
        const kept = new Map<number, RelativeOutline>();
        for (const [gid, outline] of glyphs) if (outline !== null) kept.set(gid, outline);
        drawnOutlines.set(id, kept);
      }
      return { outlines: drawnOutlines, paths: byContent };
    },
  };
}
