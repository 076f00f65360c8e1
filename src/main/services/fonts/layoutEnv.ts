// layoutEnv.ts: a LayoutEnv for composing in this process: the edition's fonts and the
// defaults, plus any system font whose family the edition's styles name, in priority order,
// with the HarfBuzz shaper.
import type { LayoutEnv } from '../../../shared/layout/env';
import { createFontCatalog, type Face, type FontCatalog } from '../../../shared/layout/fonts';
import { timePhase } from '../timings';
import type { FontService } from './fontService';
import { loadHarfBuzzShaper } from './harfbuzz';

export interface LayoutEnvOptions {
  readonly editionDir?: string;
  /** Families the styles name; system fonts of other families are not loaded. */
  readonly families?: readonly string[];
}

/**
 * `catalog` with its answers to `match` remembered. The composer asks for the same family and
 * weight again and again (every paragraph resolves its composite font, and again for its hyphen
 * glyph), and each answer folds every family name of every face: 0.15 s of a one-page CLI
 * export (bench/exportPdf.bench.ts). A catalog's faces never change, so neither do its answers.
 */
export function rememberMatches(catalog: FontCatalog): FontCatalog {
  const answers = new Map<string, Face | undefined>();
  return {
    faces: catalog.faces,
    byId: (id) => catalog.byId(id),
    families: () => catalog.families(),
    match(family, weight, italic = false) {
      const key = `${family}\u0000${weight}\u0000${italic ? 1 : 0}`;
      if (answers.has(key)) return answers.get(key);
      const face = catalog.match(family, weight, italic);
      answers.set(key, face);
      return face;
    },
  };
}

export async function loadLayoutEnv(fonts: FontService, options: LayoutEnvOptions = {}): Promise<LayoutEnv> {
  const wanted = new Set((options.families ?? []).map((f) => f.normalize('NFC').toLowerCase()));
  const listing = await timePhase('fonts: list', () => fonts.list(options.editionDir === undefined ? {} : { editionDir: options.editionDir }));
  const entries = listing.fonts.filter((e) => e.source !== 'system' || e.info.familyNames.some((n) => wanted.has(n.normalize('NFC').toLowerCase())));
  const [faces, shaper] = await Promise.all([timePhase('fonts: open faces', () => fonts.openFaces(entries)), timePhase('harfbuzz: load', () => loadHarfBuzzShaper())]);
  return { fonts: rememberMatches(createFontCatalog(faces)), shaper };
}
