// hbSubset.ts: font subsets with HarfBuzz's hb-subset (harfbuzzjs's harfbuzz-subset.wasm), driven
// through its C API (stack-notes §2.5). The wasm has no imports and a FIXED 65 MB memory, which a
// 15 MB CJK font nearly fills; so every subset runs in a fresh instance of the compiled module
// (instantiating costs about a millisecond) and no heap fragmentation carries from font to font.
// Input is glyph ids, not Unicode: the shaper has already resolved GSUB, and NO_LAYOUT_CLOSURE
// is what lets the big CJK fonts fit in the heap at all.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** hb_subset_flags_t values (hb-subset.h). */
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

/** A subset that hb-subset refused (it returned NULL) or that could not start. */
export class FontSubsetError extends Error {
  override readonly name = 'FontSubsetError';
}

interface SubsetExports {
  readonly memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_length(blob: number): number;
  hb_blob_get_data(blob: number, lengthPtr: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize?: () => void;
}

let compiled: Promise<WebAssembly.Module> | null = null;

function subsetModule(): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    const file = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    return WebAssembly.compile(await readFile(file));
  })();
  return compiled;
}

async function freshInstance(): Promise<SubsetExports> {
  const instance = await WebAssembly.instantiate(await subsetModule(), {});
  // The wasm's exports are untyped; SubsetExports lists the C functions this file calls.
  const exports = instance.exports as unknown as SubsetExports;
  exports._initialize?.();
  return exports;
}

const HB_MEMORY_MODE_READONLY = 1;

/**
 * The subset of face `faceIndex` of `fontBytes` (a whole TTF, OTF or collection) keeping
 * `glyphIds` (glyph 0 is always kept). Glyph ids are compacted in ascending order of the
 * original ids. `fontName` only names the font in errors.
 */
export async function subsetFont(fontBytes: Uint8Array, faceIndex: number, glyphIds: Iterable<number>, fontName: string): Promise<Uint8Array> {
  const hb = await freshInstance();
  const fontPtr = hb.malloc(fontBytes.byteLength);
  if (fontPtr === 0) throw new FontSubsetError(`cannot subset ${fontName}: the font (${fontBytes.byteLength} bytes) does not fit in hb-subset's fixed 65 MB memory`);
  new Uint8Array(hb.memory.buffer, fontPtr, fontBytes.byteLength).set(fontBytes);
  const blob = hb.hb_blob_create(fontPtr, fontBytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, faceIndex);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new FontSubsetError(`cannot subset ${fontName}: hb-subset could not allocate its input`);
  try {
    const set = hb.hb_subset_input_glyph_set(input);
    hb.hb_set_add(set, 0);
    for (const gid of glyphIds) hb.hb_set_add(set, gid);
    hb.hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) {
      throw new FontSubsetError(`hb-subset returned NULL for ${fontName} (face ${faceIndex}): the font is damaged, of a kind hb-subset cannot subset, or too large for its fixed 65 MB memory`);
    }
    const out = hb.hb_face_reference_blob(subset);
    const length = hb.hb_blob_get_length(out);
    const data = hb.hb_blob_get_data(out, 0);
    // Copy out: the instance (and its memory) is dropped when this function returns.
    const bytes = new Uint8Array(hb.memory.buffer, data, length).slice();
    hb.hb_blob_destroy(out);
    hb.hb_face_destroy(subset);
    if (length === 0) throw new FontSubsetError(`hb-subset returned an empty font for ${fontName}`);
    return bytes;
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.hb_blob_destroy(blob);
    hb.free(fontPtr);
  }
}
