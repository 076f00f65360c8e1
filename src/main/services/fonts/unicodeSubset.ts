// unicodeSubset.ts: a subset of one face holding given characters, for the page view's first
// paint (fontSubsets.ts). Unlike the PDF writer's subsets (export/pdf/hbSubset.ts: glyph ids,
// no layout closure) these must SHAPE exactly like the whole face: hb-subset is given Unicode
// code points and closes over GSUB (every alternate a feature could reach stays), keeps every
// feature, script and name record, and RETAIN_GIDS keeps each glyph at its id, so HarfBuzz picks
// the same glyphs at the same advances and the outlines the page view draws by glyph id are the
// same. The wasm has a fixed 65 MB heap; one instance serves a batch of subsets, one font at a
// time, and a failure is retried once in a fresh instance before it is reported.
import { freshSubsetInstance as instance, HB_MEMORY_MODE_READONLY, type HbSubsetExports as SubsetExports } from './hbSubsetWasm';

/** hb_subset_flags_t (hb-subset.h). */
const HB_SUBSET_FLAGS_RETAIN_GIDS = 0x2;
const HB_SUBSET_FLAGS_NOTDEF_OUTLINE = 0x40;
/** hb_subset_sets_t: the sets that are inverted to "keep all". */
const HB_SUBSET_SETS_NAME_ID = 4;
const HB_SUBSET_SETS_NAME_LANG_ID = 5;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_SETS_LAYOUT_SCRIPT_TAG = 7;

/** hb-subset refused the face (damaged, of a kind it cannot subset, or too large for its heap). */
export class UnicodeSubsetError extends Error {
  override readonly name = 'UnicodeSubsetError';
}

/** Makes subsets one after another in a shared heap; `subset` may be called again after a failure. */
export interface UnicodeSubsetter {
  subset(fontBytes: Uint8Array, faceIndex: number, codePoints: Iterable<number>, fontName: string): Promise<Uint8Array>;
}

export function createUnicodeSubsetter(): UnicodeSubsetter {
  let current: Promise<{ hb: SubsetExports; uses: number }> | null = null;
  return {
    async subset(fontBytes, faceIndex, codePoints, fontName) {
      const cps = [...codePoints];
      current ??= instance().then((hb) => ({ hb, uses: 0 }));
      const used = await current;
      try {
        return subsetIn(used, fontBytes, faceIndex, cps, fontName);
      } catch (error) {
        if (!(error instanceof UnicodeSubsetError) || used.uses <= 1) throw error;
        // A heap that held other fonts may be too fragmented for this one: once more in a fresh one.
        current = instance().then((hb) => ({ hb, uses: 0 }));
        return subsetIn(await current, fontBytes, faceIndex, cps, fontName);
      }
    },
  };
}

function subsetIn(s: { hb: SubsetExports; uses: number }, fontBytes: Uint8Array, faceIndex: number, codePoints: readonly number[], fontName: string): Uint8Array {
  const { hb } = s;
  s.uses += 1;
  const ptr = hb.malloc(fontBytes.byteLength);
  if (ptr === 0) throw new UnicodeSubsetError(`cannot subset ${fontName}: the font (${fontBytes.byteLength} bytes) does not fit in hb-subset's fixed 65 MB memory`);
  new Uint8Array(hb.memory.buffer, ptr, fontBytes.byteLength).set(fontBytes);
  const blob = hb.hb_blob_create(ptr, fontBytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, faceIndex);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    if (input === 0) throw new UnicodeSubsetError(`cannot subset ${fontName}: hb-subset could not allocate its input`);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const cp of codePoints) hb.hb_set_add(unicodes, cp);
    for (const which of [HB_SUBSET_SETS_NAME_ID, HB_SUBSET_SETS_NAME_LANG_ID, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG, HB_SUBSET_SETS_LAYOUT_SCRIPT_TAG]) {
      const set = hb.hb_subset_input_set(input, which);
      hb.hb_set_clear(set);
      hb.hb_set_invert(set);
    }
    hb.hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NOTDEF_OUTLINE);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new UnicodeSubsetError(`hb-subset returned NULL for ${fontName} (face ${faceIndex}): the font is damaged, of a kind hb-subset cannot subset, or too large for its heap`);
    const out = hb.hb_face_reference_blob(subset);
    const length = hb.hb_blob_get_length(out);
    // Copied out: the heap is reused by the next subset.
    const bytes = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(out, 0), length).slice();
    hb.hb_blob_destroy(out);
    hb.hb_face_destroy(subset);
    if (length === 0) throw new UnicodeSubsetError(`hb-subset returned an empty font for ${fontName}`);
    return bytes;
  } finally {
    if (input !== 0) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.hb_blob_destroy(blob);
    hb.free(ptr);
  }
}
