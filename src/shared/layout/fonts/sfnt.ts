// sfnt.ts: the container of an OpenType/TrueType file. A single font starts with its table
// directory; a collection (TTC/OTC) starts with a 'ttcf' header listing one directory per face.
// Table offsets are always from the start of the FILE, in a collection too, so every reader
// here works on the whole file's bytes.
import { BinaryReader, FontFormatError } from './binary';

const TTCF = 0x74746366; // 'ttcf'
const TRUETYPE = 0x00010000;
const OTTO = 0x4f54544f; // 'OTTO': CFF outlines
const TRUE = 0x74727565; // 'true': old Apple TrueType
const WOFF = 0x774f4646; // 'wOFF'
const WOFF2 = 0x774f4632; // 'wOF2'

export interface TableRecord {
  readonly offset: number;
  readonly length: number;
}

export interface TableDirectory {
  /** 'truetype' for glyf outlines (0x00010000 or 'true'), 'cff' for 'OTTO'. */
  readonly flavor: 'truetype' | 'cff';
  readonly tables: ReadonlyMap<string, TableRecord>;
}

function header(bytes: Uint8Array): BinaryReader {
  if (bytes.byteLength < 12) throw new FontFormatError(`too short to be a font (${bytes.byteLength} bytes)`);
  return new BinaryReader(bytes, 0, bytes.byteLength, 'the font file');
}

function checkSignature(tag: number): void {
  if (tag === WOFF || tag === WOFF2) throw new FontFormatError('a WOFF web font; Galley needs the TTF or OTF file (print output embeds the original outlines)');
  if (tag !== TRUETYPE && tag !== OTTO && tag !== TRUE) throw new FontFormatError(`not an OpenType or TrueType font (signature 0x${tag.toString(16).padStart(8, '0')})`);
}

/** How many faces the file holds: 1 for a single font, numFonts for a collection. */
export function faceCount(bytes: Uint8Array): number {
  const r = header(bytes);
  const tag = r.u32(0);
  if (tag !== TTCF) {
    checkSignature(tag);
    return 1;
  }
  const count = r.u32(8);
  if (count === 0 || count > 10000) throw new FontFormatError(`a collection header claims ${count} faces`);
  return count;
}

/** Where face `faceIndex`'s table directory starts in the file. */
function directoryOffset(bytes: Uint8Array, faceIndex: number): number {
  const r = header(bytes);
  const count = faceCount(bytes);
  if (!Number.isInteger(faceIndex) || faceIndex < 0 || faceIndex >= count) {
    throw new FontFormatError(`face index ${faceIndex} does not exist (the file has ${count} face${count === 1 ? '' : 's'})`);
  }
  return r.u32(0) === TTCF ? r.u32(12 + 4 * faceIndex) : 0;
}

/** The table directory of face `faceIndex`, every record checked to lie inside the file. */
export function readTableDirectory(bytes: Uint8Array, faceIndex: number): TableDirectory {
  const at = directoryOffset(bytes, faceIndex);
  const head = new BinaryReader(bytes, at, Math.min(12, bytes.byteLength - at), `the table directory of face ${faceIndex}`);
  const signature = head.u32(0);
  checkSignature(signature);
  const numTables = head.u16(4);
  const dir = new BinaryReader(bytes, at, Math.min(12 + 16 * numTables, bytes.byteLength - at), `the table directory of face ${faceIndex}`);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    const tag = dir.tag(rec);
    const offset = dir.u32(rec + 8);
    const length = dir.u32(rec + 12);
    if (offset + length > bytes.byteLength) {
      throw new FontFormatError(`table '${tag}' lies outside the file (offset ${offset}, length ${length}, file ${bytes.byteLength} bytes)`);
    }
    tables.set(tag, { offset, length });
  }
  return { flavor: signature === OTTO ? 'cff' : 'truetype', tables };
}

/** A reader over table `tag`, or null when the face has no such table. */
export function tableReader(bytes: Uint8Array, dir: TableDirectory, tag: string): BinaryReader | null {
  const rec = dir.tables.get(tag);
  return rec ? new BinaryReader(bytes, rec.offset, rec.length, `the '${tag}' table`) : null;
}

/** As tableReader, for tables every font must have. */
export function requireTable(bytes: Uint8Array, dir: TableDirectory, tag: string): BinaryReader {
  const r = tableReader(bytes, dir, tag);
  if (!r) throw new FontFormatError(`the required '${tag}' table is missing`);
  return r;
}
