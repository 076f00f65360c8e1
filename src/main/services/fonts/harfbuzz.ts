// harfbuzz.ts: the HarfBuzz shaper for Node (the CLI, the HTTP host, the Electron main
// process). harfbuzzjs loads its wasm when first imported, so the import is dynamic and runs
// once per process; every LayoutEnv in the process shares the one shaper (and its cache of
// fonts in the wasm heap).
import { createHarfBuzzShaper, type HarfBuzzShaper } from '../../../shared/layout/fonts';

let shaper: Promise<HarfBuzzShaper> | null = null;

export function loadHarfBuzzShaper(): Promise<HarfBuzzShaper> {
  shaper ??= import('harfbuzzjs').then((hb) => createHarfBuzzShaper(hb));
  return shaper;
}
