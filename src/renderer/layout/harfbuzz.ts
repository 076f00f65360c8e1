// harfbuzz.ts: HarfBuzz in the renderer. harfbuzzjs instantiates its wasm at import time (top-level
// await) from `new URL('harfbuzz.wasm', import.meta.url)`; Vite recognises that pattern and emits
// the wasm as an asset next to the chunk, so a plain dynamic import is all the loading needed.
// The import is dynamic so the page view paints its frames before the 440 KB wasm arrives.
// Instantiating wasm needs 'wasm-unsafe-eval' in the CSP (src/shared/csp.ts).
import { createHarfBuzzShaper, type HarfBuzzShaper } from '../../shared/layout/fonts';

let shaper: Promise<HarfBuzzShaper> | null = null;

/** The one shaper of this window (it keeps the fonts in the wasm heap); loaded on first use. */
export function loadHarfBuzzShaper(): Promise<HarfBuzzShaper> {
  if (!shaper) {
    shaper = import('harfbuzzjs').then((hb) => createHarfBuzzShaper(hb));
    // A failed load (CSP, network) may be retried by the next caller.
    shaper.catch(() => {
      shaper = null;
    });
  }
  return shaper;
}

/**
 * A second shaper over the same wasm, for the opening's subset faces (LayoutSession): they carry
 * the ids of the whole faces, and a shaper remembers its fonts and shaped runs by face id, so the
 * whole faces get the window's own shaper, untouched by the subsets.
 */
export function loadSubsetShaper(): Promise<HarfBuzzShaper> {
  return import('harfbuzzjs').then((hb) => createHarfBuzzShaper(hb));
}
