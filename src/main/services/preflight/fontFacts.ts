// fontFacts.ts: the preflight rules' view of the fonts (shared/preflight/input.ts FontFacts),
// answered from the catalog the edition is composed with: the same matching composition uses
// (catalog.match with the style weights), so "missing" here means "composition would fail".
import { type FontCatalog, isFontId, STYLE_WEIGHTS } from '../../../shared/layout/fonts';
import type { FontFacts } from '../../../shared/preflight';

export function fontFactsFrom(catalog: FontCatalog): FontFacts {
  return {
    face(fontId) {
      const face = isFontId(fontId) ? catalog.byId(fontId) : undefined;
      if (!face) return undefined;
      return { family: face.family, fullName: face.fullName, fsType: face.embedding.fsType, embeddable: face.embedding.embeddable };
    },
    has: (family, weight) => catalog.match(family, STYLE_WEIGHTS[weight]) !== undefined,
  };
}
