// fontTables.ts: what the PDF font objects need from a font beyond what the layout carries:
// nominal advances (hmtx) for the W array, and, for CFF-flavoured fonts, the bare 'CFF ' table
// and which CID each glyph has (a CID-keyed CFF keeps its original CIDs in the charset after
// hb-subset; a name-keyed one is addressed by glyph index).
import { BinaryReader, FontFormatError, readTableDirectory, requireTable } from '../../../../shared/layout/fonts';

/** Advance widths in font units for every glyph id of face `faceIndex`. */
export function readAdvances(bytes: Uint8Array, faceIndex: number): (gid: number) => number {
  const dir = readTableDirectory(bytes, faceIndex);
  const hhea = requireTable(bytes, dir, 'hhea');
  const hmtx = requireTable(bytes, dir, 'hmtx');
  const count = hhea.u16(34);
  if (count === 0) throw new FontFormatError("the 'hhea' table lists no horizontal metrics");
  // Glyphs past numberOfHMetrics share the last advance (monospaced tails).
  return (gid) => hmtx.u16(4 * Math.min(gid, count - 1));
}

/** The bare CFF table of a CFF-flavoured sfnt (CFF2, the variable format, is not embeddable in PDF). */
export function bareCff(sfnt: Uint8Array): Uint8Array {
  const dir = readTableDirectory(sfnt, 0);
  const rec = dir.tables.get('CFF ');
  if (!rec) throw new FontFormatError(dir.tables.has('CFF2') ? 'a CFF2 (variable) font; PDF embeds only CFF' : "the 'CFF ' table is missing");
  return sfnt.subarray(rec.offset, rec.offset + rec.length);
}

interface CffIndex {
  readonly count: number;
  /** Start and end of each item, absolute. */
  readonly items: ReadonlyArray<readonly [number, number]>;
  readonly end: number;
}

function readIndex(r: BinaryReader, at: number): CffIndex {
  const count = r.u16(at);
  if (count === 0) return { count, items: [], end: at + 2 };
  const offSize = r.u8(at + 2);
  if (offSize < 1 || offSize > 4) throw new FontFormatError(`a CFF INDEX has offSize ${offSize}`);
  const offset = (i: number): number => {
    let v = 0;
    for (let b = 0; b < offSize; b++) v = v * 256 + r.u8(at + 3 + i * offSize + b);
    return v;
  };
  const base = at + 2 + (count + 1) * offSize; // offsets are 1-based from the byte before the data
  const items: Array<readonly [number, number]> = [];
  for (let i = 0; i < count; i++) items.push([base + offset(i), base + offset(i + 1)]);
  return { count, items, end: base + offset(count) };
}

/** The Top DICT's operators (12 x as 1200 + x) with their operands. */
function readDict(r: BinaryReader, start: number, end: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let operands: number[] = [];
  let at = start;
  while (at < end) {
    const b0 = r.u8(at);
    if (b0 <= 21) {
      const op = b0 === 12 ? 1200 + r.u8(at + 1) : b0;
      at += b0 === 12 ? 2 : 1;
      out.set(op, operands);
      operands = [];
    } else if (b0 === 28) {
      operands.push(r.i16(at + 1));
      at += 3;
    } else if (b0 === 29) {
      operands.push(r.u32(at + 1) | 0);
      at += 5;
    } else if (b0 === 30) {
      // A real number: its nibbles end with 0xf; the value is not needed here.
      at += 1;
      while ((r.u8(at) & 0x0f) !== 0x0f && (r.u8(at) & 0xf0) !== 0xf0) at += 1;
      at += 1;
      operands.push(0);
    } else if (b0 >= 32 && b0 <= 246) {
      operands.push(b0 - 139);
      at += 1;
    } else if (b0 >= 247 && b0 <= 250) {
      operands.push((b0 - 247) * 256 + r.u8(at + 1) + 108);
      at += 2;
    } else if (b0 >= 251 && b0 <= 254) {
      operands.push(-(b0 - 251) * 256 - r.u8(at + 1) - 108);
      at += 2;
    } else {
      throw new FontFormatError(`a CFF DICT has the reserved byte ${b0}`);
    }
  }
  return out;
}

const ROS = 1230;
const CHARSET = 15;

/**
 * The CID of every glyph index of a bare CFF: its charset for a CID-keyed font (one with ROS),
 * or the glyph index itself for a name-keyed one (PDF 32000-1 §9.7.4.2: the CIDs of a CIDFont
 * whose CFF is not CID-keyed are used directly as glyph indices).
 */
export function cffCids(cff: Uint8Array, glyphCount: number): { readonly cidKeyed: boolean; readonly cids: number[] } {
  const r = new BinaryReader(cff, 0, cff.byteLength, "the 'CFF ' table");
  const names = readIndex(r, r.u8(2));
  const top = readIndex(r, names.end);
  const first = top.items[0];
  if (!first) throw new FontFormatError('the CFF has no Top DICT');
  const dict = readDict(r, first[0], first[1]);
  const identity = Array.from({ length: glyphCount }, (_, gid) => gid);
  if (!dict.has(ROS)) return { cidKeyed: false, cids: identity };
  const at = dict.get(CHARSET)?.[0] ?? 0;
  if (at <= 2) throw new FontFormatError('a CID-keyed CFF without a custom charset');
  const cids = [0];
  const format = r.u8(at);
  let p = at + 1;
  if (format === 0) {
    for (let gid = 1; gid < glyphCount; gid++, p += 2) cids.push(r.u16(p));
  } else if (format === 1 || format === 2) {
    while (cids.length < glyphCount) {
      const firstCid = r.u16(p);
      const left = format === 1 ? r.u8(p + 2) : r.u16(p + 2);
      p += format === 1 ? 3 : 4;
      for (let i = 0; i <= left && cids.length < glyphCount; i++) cids.push(firstCid + i);
    }
  } else {
    throw new FontFormatError(`the CFF charset has unknown format ${format}`);
  }
  return { cidKeyed: true, cids };
}
