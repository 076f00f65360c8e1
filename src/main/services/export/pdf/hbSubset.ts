// hbSubset.ts: font subsets with HarfBuzz's hb-subset (harfbuzzjs's harfbuzz-subset.wasm), driven
// through its C API (stack-notes §2.5). The wasm has no imports and a FIXED 65 MB memory, which a
// 15 MB CJK font nearly fills. Input is glyph ids, not Unicode: the shaper has already resolved
// GSUB, and NO_LAYOUT_CLOSURE is what lets the big CJK fonts fit in the heap at all.
//
// A TrueType font is first cut down to the outlines the subset keeps (glyfPrune.ts: same glyph
// ids, same tables, same subset), so a 15 MB CJK TTF goes into the heap as about 1 MB, and
// hb-subset's working memory shrinks with it. One instance is reused from subset to subset, and
// the last font stays in its heap, so the next subset of the same file (a CFF font or a
// collection, which are not pruned) does not copy it again. A fresh instance per subset cost 30–400 ms each (a new 65 MB
// memory every time, and the garbage collector freeing the old ones) and held several of them
// in RSS. Reuse must not make a subset fail where a fresh heap would not (fragmentation): a
// failure in a used instance is retried once in a fresh one. The instance is dropped after a
// second without subsets, so a long-running process does not keep 65 MB for nothing.
import { freshSubsetInstance, HB_MEMORY_MODE_READONLY, type HbSubsetExports as SubsetExports } from '../../fonts/hbSubsetWasm';
import { timePhase } from '../../timings';
import { pruneGlyf } from './glyfPrune';

/** hb_subset_flags_t values (hb-subset.h). */
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

/** A subset that hb-subset refused (it returned NULL) or that could not start. */
export class FontSubsetError extends Error {
  override readonly name = 'FontSubsetError';
  constructor(
    /** The font's name, as the PDF names it. */
    readonly font: string,
    message: string,
    /** Whether the font's licence forbids embedding it, rather than hb-subset failing on it. */
    readonly licence = false,
  ) {
    super(message);
  }
}

const IDLE_RELEASE_MS = 1000;

/** The reused instance, and the font whose bytes sit in its heap (by identity of the caller's array). */
interface Subsetter {
  readonly hb: SubsetExports;
  /** Subsets made in it; 0 means fresh, so a failure is the font's, not fragmentation's. */
  uses: number;
  font: { readonly bytes: Uint8Array; readonly ptr: number; readonly blob: number } | null;
}

let current: Promise<Subsetter> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

function subsetter(): Promise<Subsetter> {
  current ??= freshSubsetInstance().then((hb) => ({ hb, uses: 0, font: null }));
  return current;
}

function dropSubsetter(): void {
  current = null; // the garbage collector frees the instance and its 65 MB memory
}

/** Loads `bytes` into the heap (replacing the previous font) unless they are already there. */
function loadFont(s: Subsetter, bytes: Uint8Array, fontName: string): number {
  if (s.font?.bytes === bytes) return s.font.blob;
  if (s.font) {
    s.hb.hb_blob_destroy(s.font.blob);
    s.hb.free(s.font.ptr);
    s.font = null;
  }
  const ptr = s.hb.malloc(bytes.byteLength);
  if (ptr === 0) throw new FontSubsetError(fontName, `cannot subset ${fontName}: the font (${bytes.byteLength} bytes) does not fit in hb-subset's fixed 65 MB memory`);
  new Uint8Array(s.hb.memory.buffer, ptr, bytes.byteLength).set(bytes);
  const blob = s.hb.hb_blob_create(ptr, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  s.font = { bytes, ptr, blob };
  return blob;
}

/**
 * The subset of face `faceIndex` of `fontBytes` (a whole TTF, OTF or collection) keeping
 * `glyphIds` (glyph 0 is always kept). Glyph ids are compacted in ascending order of the
 * original ids. `fontName` only names the font in errors. Pass the same array for the same file
 * (a Face's bytes) and the copy into the wasm heap is made once.
 */
export async function subsetFont(fontBytes: Uint8Array, faceIndex: number, glyphIds: Iterable<number>, fontName: string): Promise<Uint8Array> {
  return timePhase('pdf: hb-subset', async () => {
    if (idleTimer !== null) clearTimeout(idleTimer);
    const gids = [...glyphIds];
    const font = pruneGlyf(fontBytes, gids);
    try {
      const s = await subsetter();
      const fresh = s.uses === 0;
      try {
        return subsetIn(s, font, faceIndex, gids, fontName);
      } catch (error) {
        if (!(error instanceof FontSubsetError) || fresh) throw error;
        // A heap that held other fonts may be too fragmented for this one: once more in a fresh one.
        dropSubsetter();
        return subsetIn(await subsetter(), font, faceIndex, gids, fontName);
      }
    } finally {
      idleTimer = setTimeout(dropSubsetter, IDLE_RELEASE_MS);
      idleTimer.unref();
    }
  });
}

function subsetIn(s: Subsetter, fontBytes: Uint8Array, faceIndex: number, glyphIds: readonly number[], fontName: string): Uint8Array {
  const { hb } = s;
  s.uses += 1;
  const blob = loadFont(s, fontBytes, fontName);
  const face = hb.hb_face_create(blob, faceIndex);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) {
    hb.hb_face_destroy(face);
    throw new FontSubsetError(fontName, `cannot subset ${fontName}: hb-subset could not allocate its input`);
  }
  try {
    const set = hb.hb_subset_input_glyph_set(input);
    hb.hb_set_add(set, 0);
    for (const gid of glyphIds) hb.hb_set_add(set, gid);
    hb.hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) {
      throw new FontSubsetError(fontName, `hb-subset returned NULL for ${fontName} (face ${faceIndex}): the font is damaged, of a kind hb-subset cannot subset, or too large for its fixed 65 MB memory`);
    }
    const out = hb.hb_face_reference_blob(subset);
    const length = hb.hb_blob_get_length(out);
    const data = hb.hb_blob_get_data(out, 0);
    // Copy out: the heap is reused by the next subset.
    const bytes = new Uint8Array(hb.memory.buffer, data, length).slice();
    hb.hb_blob_destroy(out);
    hb.hb_face_destroy(subset);
    if (length === 0) throw new FontSubsetError(fontName, `hb-subset returned an empty font for ${fontName}`);
    return bytes;
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
  }
}
