// glyfPrune.ts: a TrueType font cut down, before hb-subset sees it, to the outlines a document
// uses. hb-subset needs the font in its own wasm heap, and for a 15 MB CJK TTF that meant
// copying 15 MB in and about 35 MB of working memory on top (hbSubset.ts), most of it for the
// 14 MB 'glyf' table of which a page uses a few hundred KB. Here, in plain JavaScript, every
// glyph that is neither kept nor a component of a kept one is made empty (its loca entry spans
// no bytes), so glyph ids and every other table stay exactly as they were and hb-subset makes
// the same subset from the much smaller file (tests/unit/main/export/hbSubset.test.ts compares
// the bytes). Only single fonts with 'glyf' outlines are pruned; CFF fonts and collections
// come back unchanged (their outline tables are shared or indexed differently).

const FLAVOR_TRUETYPE = 0x00010000;
const FLAVOR_TRUE = 0x74727565; // 'true'

// Composite glyph component flags (OpenType 'glyf' table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

interface Table {
  readonly tag: string;
  readonly checksum: number;
  readonly offset: number;
  readonly length: number;
}

function readTables(view: DataView): Table[] | null {
  if (view.byteLength < 12) return null;
  const flavor = view.getUint32(0);
  if (flavor !== FLAVOR_TRUETYPE && flavor !== FLAVOR_TRUE) return null;
  const count = view.getUint16(4);
  if (12 + count * 16 > view.byteLength) return null;
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    const table = { tag, checksum: view.getUint32(at + 4), offset: view.getUint32(at + 8), length: view.getUint32(at + 12) };
    if (table.offset + table.length > view.byteLength) return null;
    tables.push(table);
  }
  return tables;
}

/** The glyphs whose outlines must stay: the kept ones, .notdef, and every component of a composite, recursively. */
function outlineClosure(view: DataView, glyf: Table, glyphStart: (gid: number) => number, numGlyphs: number, keep: Iterable<number>): Set<number> {
  const closed = new Set<number>([0]);
  const pending = [0, ...keep].filter((g) => g >= 0 && g < numGlyphs);
  for (let gid = pending.pop(); gid !== undefined; gid = pending.pop()) {
    closed.add(gid);
    const start = glyphStart(gid);
    const end = glyphStart(gid + 1);
    if (end - start < 10 || view.getInt16(glyf.offset + start) >= 0) continue; // empty, or a simple glyph
    let at = glyf.offset + start + 10;
    const limit = glyf.offset + end;
    for (;;) {
      if (at + 4 > limit) break;
      const flags = view.getUint16(at);
      const component = view.getUint16(at + 2);
      if (component < numGlyphs && !closed.has(component)) {
        closed.add(component);
        pending.push(component);
      }
      at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      at += flags & WE_HAVE_A_SCALE ? 2 : flags & WE_HAVE_AN_X_AND_Y_SCALE ? 4 : flags & WE_HAVE_A_TWO_BY_TWO ? 8 : 0;
      if (!(flags & MORE_COMPONENTS)) break;
    }
  }
  return closed;
}

/**
 * `font` with the outlines of every glyph not in `keep` (nor needed by one in it) removed, or
 * `font` itself when it is not a single TrueType-outline font or looks malformed (hb-subset then
 * sees the original and reports what it finds).
 */
export function pruneGlyf(font: Uint8Array, keep: Iterable<number>): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = readTables(view);
  const find = (tag: string): Table | undefined => tables?.find((t) => t.tag === tag);
  const [glyf, loca, head, maxp] = [find('glyf'), find('loca'), find('head'), find('maxp')];
  if (!tables || !glyf || !loca || !head || !maxp || head.length < 54 || maxp.length < 6) return font;
  const numGlyphs = view.getUint16(maxp.offset + 4);
  const longLoca = view.getInt16(head.offset + 50) === 1;
  if (loca.length < (numGlyphs + 1) * (longLoca ? 4 : 2)) return font;
  const glyphStart = (gid: number): number => (longLoca ? view.getUint32(loca.offset + gid * 4) : view.getUint16(loca.offset + gid * 2) * 2);
  for (let gid = 0; gid < numGlyphs; gid++) if (glyphStart(gid + 1) < glyphStart(gid)) return font;
  if (glyphStart(numGlyphs) > glyf.length) return font;
  const kept = outlineClosure(view, glyf, glyphStart, numGlyphs, keep);

  // New glyf (kept glyphs only) and a long loca over it. Each glyph keeps exactly the bytes its
  // old loca entry spanned, padding included: hb-subset copies a composite glyph's bytes as they
  // are, so added padding would show in its output.
  const sorted = [...kept].sort((a, b) => a - b);
  let glyfLength = 0;
  for (const gid of sorted) glyfLength += glyphStart(gid + 1) - glyphStart(gid);
  const newGlyf = new Uint8Array(glyfLength);
  const newLoca = new DataView(new ArrayBuffer((numGlyphs + 1) * 4));
  let written = 0;
  let next = 0;
  for (let gid = 0; gid <= numGlyphs; gid++) {
    newLoca.setUint32(gid * 4, written);
    if (gid === numGlyphs || gid !== sorted[next]) continue;
    next++;
    const start = glyphStart(gid);
    const end = glyphStart(gid + 1);
    newGlyf.set(font.subarray(glyf.offset + start, glyf.offset + end), written);
    written += end - start;
  }
  const replaced = new Map<string, Uint8Array>([
    ['glyf', newGlyf],
    ['loca', new Uint8Array(newLoca.buffer)],
  ]);
  const newHead = font.slice(head.offset, head.offset + head.length);
  new DataView(newHead.buffer).setInt16(50, 1); // indexToLocFormat: long
  replaced.set('head', newHead);

  // Same table directory (same order, same other tables), new offsets and lengths. hb-subset
  // does not check table checksums, and writes its own.
  const bodies = tables.map((t) => replaced.get(t.tag) ?? font.subarray(t.offset, t.offset + t.length));
  let size = 12 + tables.length * 16;
  for (const b of bodies) size += (b.byteLength + 3) & ~3;
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  out.set(font.subarray(0, 12), 0);
  let offset = 12 + tables.length * 16;
  bodies.forEach((body, i) => {
    const at = 12 + i * 16;
    out.set(font.subarray(at, at + 8), at); // tag and checksum
    outView.setUint32(at + 8, offset);
    outView.setUint32(at + 12, body.byteLength);
    out.set(body, offset);
    offset += (body.byteLength + 3) & ~3;
  });
  return out;
}
