// fontId.ts: how a layout names the exact font bytes it used. A face is identified by the
// SHA-256 of its whole file plus its index in that file (0 unless the file is a TTC/OTC
// collection), so two machines with "the same" font of different versions never agree by accident.

/** `sha256:<64 lowercase hex>#<face index>`, e.g. `sha256:9f86…08#2` for the SC face of a TTC. */
export type FontId = string & { readonly __brand: 'FontId' };

/**
 * The one pattern every boundary checks ids against (the host API validates `readFont` with it).
 * The index is capped at 4 digits: OpenType collections have at most a few dozen faces.
 */
export const FONT_ID_PATTERN = /^sha256:[0-9a-f]{64}#(0|[1-9][0-9]{0,3})$/;

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Builds the id of face `faceIndex` of the file whose SHA-256 (lowercase hex) is `sha256Hex`. */
export function makeFontId(sha256Hex: string, faceIndex: number): FontId {
  if (!SHA256_HEX.test(sha256Hex)) throw new Error(`not a lowercase SHA-256 hex digest: "${sha256Hex}"`);
  if (!Number.isInteger(faceIndex) || faceIndex < 0 || faceIndex > 9999) throw new Error(`bad face index ${faceIndex}`);
  return `sha256:${sha256Hex}#${faceIndex}` as FontId;
}

export function isFontId(value: string): value is FontId {
  return FONT_ID_PATTERN.test(value);
}

/** The file hash and face index of an id, or null when `value` is not a well-formed id. */
export function parseFontId(value: string): { readonly sha256: string; readonly faceIndex: number } | null {
  if (!isFontId(value)) return null;
  const hash = value.indexOf('#');
  return { sha256: value.slice('sha256:'.length, hash), faceIndex: Number(value.slice(hash + 1)) };
}
