// harfbuzzShaper.ts: the Shaper over harfbuzzjs. shared/ must not load the wasm itself (the
// package's entry reads harfbuzz.wasm with node:fs in Node and fetch in a browser, at import
// time), so this module only IMPORTS TYPES from harfbuzzjs: main and the renderer import the
// package their own way and pass the module in. The adapter code is then the same in both, and
// both measure identically.
import type * as HarfBuzz from 'harfbuzzjs';
import type { Face } from './face';
import type { GlyphOutlines, ShapedGlyphs, ShapeInput, Shaper } from './shaper';

/** The parts of the harfbuzzjs module the shaper uses (`await import('harfbuzzjs')` fits). */
export type HarfBuzzModule = Pick<typeof HarfBuzz, 'Blob' | 'Face' | 'Font' | 'Buffer' | 'Feature' | 'shape' | 'BufferFlag' | 'Direction'>;

export interface HarfBuzzShaper extends Shaper, GlyphOutlines {
  /** Frees the wasm copy of a font file (all its faces); the next shape loads it again. */
  release(sha256: string): void;
}

// HarfBuzz reads at most a few characters of context on each side (Arabic joining, contextual
// alternates); copying a bounded slice keeps long paragraphs from being copied per run.
const CONTEXT = 16;

/**
 * Runs shaped before, by everything HarfBuzz is given: the face, script, language, features,
 * the buffer flags and the run with its context slice. A keystroke changes one run of a
 * paragraph; the paragraph's other runs are then answered from here instead of being copied into
 * the wasm heap and shaped again (in Chromium each copy's malloc alone cost ~0.3 ms). Bounded:
 * past the limit it starts again.
 */
const RUN_CACHE_LIMIT = 8000;

interface CachedRun {
  readonly glyphs: ShapedGlyphs;
  /** The context slice's offset in the paragraph the run was first shaped in. */
  readonly from: number;
}

export function createHarfBuzzShaper(hb: HarfBuzzModule): HarfBuzzShaper {
  // One blob per FILE (a TTC's faces share it: the wasm heap holds one copy of 26 MB, not five).
  const blobs = new Map<string, HarfBuzz.Blob>();
  const fonts = new Map<string, HarfBuzz.Font>();
  const features = new Map<string, HarfBuzz.Feature[]>();
  const buffer = new hb.Buffer();
  const runs = new Map<string, CachedRun>();

  const fontFor = (face: Face): HarfBuzz.Font => {
    let font = fonts.get(face.id);
    if (font) return font;
    const file = face.id.slice(0, face.id.indexOf('#'));
    let blob = blobs.get(file);
    if (!blob) {
      blob = new hb.Blob(face.bytes);
      blobs.set(file, blob);
    }
    // The font's scale stays at its default, unitsPerEm, so positions come out in font units.
    font = new hb.Font(new hb.Face(blob, face.faceIndex));
    fonts.set(face.id, font);
    return font;
  };

  const featuresFor = (list: readonly string[] | undefined): HarfBuzz.Feature[] => {
    if (!list || list.length === 0) return [];
    const key = list.join(',');
    let parsed = features.get(key);
    if (!parsed) {
      parsed = list.map((s) => {
        const f = s.includes('[') ? undefined : hb.Feature.fromString(s);
        if (!f) throw new Error(`not a whole-run OpenType feature setting: "${s}"`);
        return f;
      });
      features.set(key, parsed);
    }
    return parsed;
  };

  const shaper: HarfBuzzShaper = {
    shape(input: ShapeInput): ShapedGlyphs {
      const { text, start, end, face } = input;
      if (start < 0 || end > text.length || start > end) throw new Error(`shape: range ${start}–${end} is outside the text (length ${text.length})`);
      const from = Math.max(0, start - CONTEXT);
      const to = Math.min(text.length, end + CONTEXT);
      const flagBits = (start === 0 ? 1 : 0) | (end === text.length ? 2 : 0);
      const key = `${face.id}|${input.script}|${input.language}|${input.features?.join(',') ?? ''}|${flagBits}|${start - from}|${end - from}|${text.slice(from, to)}`;
      const hit = runs.get(key);
      if (hit) return hit.from === from ? hit.glyphs : { ...hit.glyphs, clusters: hit.glyphs.clusters.map((c) => c - hit.from + from) };
      if (runs.size >= RUN_CACHE_LIMIT) runs.clear();
      const glyphs = shapeUncached(input, from, to);
      runs.set(key, { glyphs, from });
      return glyphs;
    },
    // The same hb_font as shaping, so outlines come from exactly the bytes that were measured.
    glyphPath(face: Face, glyphId: number): string {
      return fontFor(face).glyphToPath(glyphId);
    },
    release(sha256: string) {
      const file = `sha256:${sha256}`;
      blobs.delete(file);
      for (const id of [...fonts.keys()]) if (id.startsWith(`${file}#`)) fonts.delete(id);
      for (const key of [...runs.keys()]) if (key.startsWith(`${file}#`)) runs.delete(key);
    },
  };
  return shaper;

  /** One run through HarfBuzz; `from`–`to` is the run with its context slice. */
  function shapeUncached(input: ShapeInput, from: number, to: number): ShapedGlyphs {
    const { text, start, end, face } = input;
    const font = fontFor(face);
    buffer.clearContents();
    buffer.addText(text.slice(from, to), start - from, end - start);
    buffer.setDirection(hb.Direction.LTR);
    if (input.script !== 'Zyyy') buffer.setScript(input.script);
    buffer.setLanguage(input.language);
    buffer.guessSegmentProperties(); // fills in only what is still unset (the 'Zyyy' script)
    buffer.setFlags((start === 0 ? hb.BufferFlag.BOT : 0) | (end === text.length ? hb.BufferFlag.EOT : 0));
    hb.shape(font, buffer, featuresFor(input.features));
    const infos = buffer.getGlyphInfos();
    const positions = buffer.getGlyphPositions();
    const n = infos.length;
    const glyphIds = new Array<number>(n);
    const clusters = new Array<number>(n);
    const xAdvances = new Array<number>(n);
    const xOffsets = new Array<number>(n);
    const yOffsets = new Array<number>(n);
    const flags = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const info = infos[i];
      const pos = positions[i];
      glyphIds[i] = info?.codepoint ?? 0;
      clusters[i] = (info?.cluster ?? 0) + from;
      flags[i] = info?.flags ?? 0;
      xAdvances[i] = pos?.xAdvance ?? 0;
      xOffsets[i] = pos?.xOffset ?? 0;
      yOffsets[i] = pos?.yOffset ?? 0;
    }
    return { fontId: face.id, unitsPerEm: face.unitsPerEm, glyphIds, clusters, xAdvances, xOffsets, yOffsets, flags };
  }
}
