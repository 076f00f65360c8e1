// glyphOutlines.ts: glyph outlines for the page images, from HarfBuzz's draw API on the same
// hb_font the layout was shaped with (shared/layout/fonts/harfbuzzShaper.ts), so the outlines
// come from exactly the bytes that were measured. Each (font, glyph) outline is asked for and
// parsed once per process: a 16-page edition uses ~1,000 distinct glyphs, most of them on every
// page.
import type { LayoutEnv } from '../../../../../shared/layout/env';
import type { FontId, GlyphOutlines, Shaper } from '../../../../../shared/layout/fonts';
import { relativeOutline, type RelativeOutline } from '../../../../../shared/layout/paint';
import { loadHarfBuzzShaper } from '../../../fonts';
import { type ParsedOutline, parseOutline } from './glyphRaster';

/** Outlines by font and glyph id; null for a glyph that draws nothing (a space, .notdef). */
export interface OutlineSource {
  /** For the rasteriser (glyphRaster.ts). */
  parsed(fontId: FontId, glyphId: number): ParsedOutline | null;
  /** For SVG paths (pageSvg.ts with text). */
  relative(fontId: FontId, glyphId: number): RelativeOutline | null;
}

interface Entry {
  parsed?: ParsedOutline | null;
  relative?: RelativeOutline | null;
  readonly d: string;
}

// Keyed by the outline source: a font id names its bytes (a content hash), so one map per source
// can never mix up two fonts.
const caches = new WeakMap<GlyphOutlines, Map<string, Entry>>();

const drawsOutlines = (shaper: Shaper): shaper is Shaper & GlyphOutlines => typeof (shaper as Partial<GlyphOutlines>).glyphPath === 'function';

/**
 * The env's shaper when it can draw (main's HarfBuzz shaper can: it is the process's one
 * instance), else the process's HarfBuzz shaper, which reads the same face bytes.
 */
export async function outlinesFor(env: LayoutEnv): Promise<GlyphOutlines> {
  return drawsOutlines(env.shaper) ? env.shaper : loadHarfBuzzShaper();
}

export function outlineSource(env: LayoutEnv, outlines: GlyphOutlines): OutlineSource {
  let cache = caches.get(outlines);
  if (!cache) caches.set(outlines, (cache = new Map()));
  const entries = cache;
  const entry = (fontId: FontId, glyphId: number): Entry | null => {
    // Glyph 0 is .notdef: missing text is reported by the layout, never drawn.
    if (glyphId === 0) return null;
    const key = `${fontId}\n${glyphId}`;
    let found = entries.get(key);
    if (!found) {
      const face = env.fonts.byId(fontId);
      // A face this env lacks cannot have been composed with it; not remembered, another env may have it.
      if (!face) return null;
      found = { d: outlines.glyphPath(face, glyphId) };
      entries.set(key, found);
    }
    return found;
  };
  return {
    parsed(fontId, glyphId) {
      const e = entry(fontId, glyphId);
      if (!e) return null;
      if (e.parsed === undefined) e.parsed = parseOutline(e.d);
      return e.parsed;
    },
    relative(fontId, glyphId) {
      const e = entry(fontId, glyphId);
      if (!e) return null;
      if (e.relative === undefined) e.relative = relativeOutline(e.d);
      return e.relative;
    },
  };
}
