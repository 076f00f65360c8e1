// composite.ts: a character style's font pair ({ cjk: family, latin: family }, FontPairSchema)
// and weight → the two faces that draw it. The default families have one file per weight, so
// 'bold' selects the Bold file, not a synthesized emboldening.
import { type FontCatalog, STYLE_WEIGHTS, type StyleWeight } from './catalog';
import type { CompositeFont } from './itemize';

export interface FontPair {
  readonly cjk: string;
  readonly latin: string;
}

/** A family a style names is not among the fonts the layout was given. */
export class FontNotFoundError extends Error {
  override readonly name = 'FontNotFoundError';
  constructor(
    readonly family: string,
    readonly weight: StyleWeight,
    known: readonly string[],
  ) {
    super(`no font of the family "${family}" (${weight}) is available; known families: ${known.join(', ') || 'none'}`);
  }
}

export function resolveComposite(catalog: FontCatalog, pair: FontPair, weight: StyleWeight): CompositeFont {
  const w = STYLE_WEIGHTS[weight];
  const cjk = catalog.match(pair.cjk, w);
  if (!cjk) throw new FontNotFoundError(pair.cjk, weight, catalog.families());
  const latin = catalog.match(pair.latin, w);
  if (!latin) throw new FontNotFoundError(pair.latin, weight, catalog.families());
  return { cjk, latin };
}
