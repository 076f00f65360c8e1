// layoutEnv.ts: a LayoutEnv for composing in this process: the edition's fonts and the
// defaults, plus any system font whose family the edition's styles name, in priority order,
// with the HarfBuzz shaper.
import type { LayoutEnv } from '../../../shared/layout/env';
import { createFontCatalog } from '../../../shared/layout/fonts';
import type { FontService } from './fontService';
import { loadHarfBuzzShaper } from './harfbuzz';

export interface LayoutEnvOptions {
  readonly editionDir?: string;
  /** Families the styles name; system fonts of other families are not loaded. */
  readonly families?: readonly string[];
}

export async function loadLayoutEnv(fonts: FontService, options: LayoutEnvOptions = {}): Promise<LayoutEnv> {
  const wanted = new Set((options.families ?? []).map((f) => f.normalize('NFC').toLowerCase()));
  const listing = await fonts.list(options.editionDir === undefined ? {} : { editionDir: options.editionDir });
  const entries = listing.fonts.filter((e) => e.source !== 'system' || e.info.familyNames.some((n) => wanted.has(n.normalize('NFC').toLowerCase())));
  const [faces, shaper] = await Promise.all([fonts.openFaces(entries), loadHarfBuzzShaper()]);
  return { fonts: createFontCatalog(faces), shaper };
}
