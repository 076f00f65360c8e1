// hbSubsetWasm.ts: harfbuzzjs's hb-subset wasm (harfbuzz-subset.wasm), compiled once per process,
// and the part of its C API Galley calls (hb-subset.h). Two subsetters drive it: the PDF writer's
// by glyph id (export/pdf/hbSubset.ts) and the page view's by character (unicodeSubset.ts). The
// wasm has no imports and a FIXED 65 MB memory, so each keeps its own instance.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export const HB_MEMORY_MODE_READONLY = 1;

export interface HbSubsetExports {
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
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize?: () => void;
}

let compiled: Promise<WebAssembly.Module> | null = null;

/** A new instance, with a fresh 65 MB heap; the module is compiled once. */
export async function freshSubsetInstance(): Promise<HbSubsetExports> {
  compiled ??= readFile(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')).then((bytes) => WebAssembly.compile(bytes));
  const instance = await WebAssembly.instantiate(await compiled, {});
  // The wasm's exports are untyped; HbSubsetExports lists the C functions Galley calls.
  const exports = instance.exports as unknown as HbSubsetExports;
  exports._initialize?.();
  return exports;
}
