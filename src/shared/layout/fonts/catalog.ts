// catalog.ts: the faces a layout may use, by id and by family and weight. Order is priority:
// when two faces answer to the same family, weight and slant (an edition's own copy of a font
// and the app's default, say), the one earlier in the list wins, so callers put the edition's
// fonts first, then the defaults, then system fonts. Nothing here depends on Map iteration order.
import type { Face } from './face';
import type { FontId } from './fontId';

/** The weights a style can ask for (ParagraphStyle.weight), as usWeightClass values. */
export const STYLE_WEIGHTS = { regular: 400, bold: 700 } as const;
export type StyleWeight = keyof typeof STYLE_WEIGHTS;

export interface FontCatalog {
  /** In priority order. */
  readonly faces: readonly Face[];
  byId(id: FontId): Face | undefined;
  /**
   * The face of `family` (any of its names, any case) whose weight is nearest `weight` by the CSS
   * font-matching rules, upright unless `italic`; undefined when no face has that family.
   */
  match(family: string, weight: number, italic?: boolean): Face | undefined;
  /** The family names known, sorted, for messages ("no family X; known: …"). */
  families(): string[];
}

const fold = (s: string): string => s.normalize('NFC').toLowerCase();

/**
 * CSS Fonts 4 §5.2 step 4, for one desired weight: lower is a better candidate. Desired 400–500
 * looks up to 500 first, then down, then up past 500; below 400 looks down first; above 500 up first.
 */
function weightDistance(desired: number, actual: number): number {
  if (actual === desired) return 0;
  if (desired >= 400 && desired <= 500) {
    if (actual > desired && actual <= 500) return actual - desired;
    if (actual < desired) return 1000 + (desired - actual);
    return 2000 + (actual - desired);
  }
  if (desired < 400) return actual < desired ? desired - actual : 1000 + (actual - desired);
  return actual > desired ? actual - desired : 1000 + (desired - actual);
}

/** What face matching reads: a font listing (host API) fits as well as an opened Face. */
export interface FaceMatchInfo {
  readonly family: string;
  readonly familyNames: readonly string[];
  readonly weight: number;
  readonly italic: boolean;
}

/**
 * The candidate of `family` whose weight is nearest `weight` (CSS rules), upright unless
 * `italic`; the earliest wins a tie. The catalog matches with this, and so can a process that
 * must choose which faces to fetch before it has their bytes (the renderer): given the same
 * list in the same order, both choose the same face.
 */
export function matchFace<T extends FaceMatchInfo>(candidates: readonly T[], family: string, weight: number, italic = false): T | undefined {
  const wanted = fold(family);
  let best: T | undefined;
  let bestScore = Infinity;
  for (const face of candidates) {
    if (!face.familyNames.some((n) => fold(n) === wanted) && fold(face.family) !== wanted) continue;
    // Slant outranks weight, as in CSS: an upright bold beats an italic regular for "bold".
    const score = (face.italic === italic ? 0 : 10_000) + weightDistance(weight, face.weight);
    if (score < bestScore) {
      best = face;
      bestScore = score;
    }
  }
  return best;
}

export function createFontCatalog(faces: readonly Face[]): FontCatalog {
  const ids = new Map<string, Face>();
  for (const face of faces) if (!ids.has(face.id)) ids.set(face.id, face);
  const unique = [...ids.values()];
  return {
    faces: unique,
    byId: (id) => ids.get(id),
    match: (family, weight, italic = false) => matchFace(unique, family, weight, italic),
    families: () => [...new Set(unique.map((f) => f.family))].sort(),
  };
}
