// zipWriter.ts: a small deterministic zip writer for the e-paper bundle's `<outDir>.zip`. No
// dependency in the tree writes zips, and the ones on npm stamp entries with the clock; this one
// gives the same bytes for the same files: entries sorted by path, every entry dated with one
// fixed DOS timestamp (the edition's date), no extra fields, Unix mode 0644, UTF-8 names.
// Compression is node:zlib's raw deflate, kept only where it saves bytes (JPEGs and the PDFs'
// already-compressed streams are stored). Format: PKWARE APPNOTE 6.3, without zip64 (a bundle
// over 4 GB is refused).
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

const deflate = promisify(deflateRaw);

export interface ZipEntry {
  /** Path inside the archive, `/`-separated, relative. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface ZipOptions {
  /** Every entry's modification time (DOS time has no zone: the wall-clock fields are used as given). */
  readonly date: { readonly year: number; readonly month: number; readonly day: number; readonly hours?: number; readonly minutes?: number };
  /** The archive comment (ASCII). */
  readonly comment?: string;
}

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const VERSION_NEEDED = 20;
/** Made by Unix (3) with spec 2.0, so the external attributes carry a Unix mode. */
const VERSION_MADE_BY = (3 << 8) | 20;
/** Bit 11: names are UTF-8. */
const FLAG_UTF8 = 0x0800;
const STORED = 0;
const DEFLATED = 8;
const MODE_FILE = 0o100644;
const MAX_32 = 0xffffffff;

/** DOS date and time fields; years before 1980 cannot be written and are clamped to it. */
export function dosDateTime(date: ZipOptions['date']): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, date.year));
  return {
    time: ((date.hours ?? 0) << 11) | ((date.minutes ?? 0) << 5),
    date: ((year - 1980) << 9) | (date.month << 5) | date.day,
  };
}

function checkPath(path: string): void {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`not a relative zip entry path: "${path}"`);
  }
}

interface Packed {
  readonly name: Buffer;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
}

async function pack(entry: ZipEntry): Promise<Packed> {
  checkPath(entry.path);
  const name = Buffer.from(entry.path, 'utf8');
  const crc = crc32(entry.bytes);
  const squeezed = entry.bytes.byteLength === 0 ? null : await deflate(entry.bytes);
  const deflated = squeezed !== null && squeezed.byteLength < entry.bytes.byteLength;
  return { name, method: deflated ? DEFLATED : STORED, crc, size: entry.bytes.byteLength, data: deflated ? squeezed : entry.bytes };
}

/** The archive's bytes. Entries are sorted by path (byte order), so input order does not matter. */
/**
 * The fields the local header and the central directory entry share, in the same order: flags,
 * method, time, date, CRC-32, compressed and uncompressed sizes, name length (APPNOTE 4.3.7, 4.3.12).
 */
function writeEntryFields(buf: Buffer, at: number, p: Packed, time: number, date: number): void {
  buf.writeUInt16LE(FLAG_UTF8, at);
  buf.writeUInt16LE(p.method, at + 2);
  buf.writeUInt16LE(time, at + 4);
  buf.writeUInt16LE(date, at + 6);
  buf.writeUInt32LE(p.crc, at + 8);
  buf.writeUInt32LE(p.data.byteLength, at + 12);
  buf.writeUInt32LE(p.size, at + 16);
  buf.writeUInt16LE(p.name.byteLength, at + 20);
}

export async function zipFiles(entries: readonly ZipEntry[], options: ZipOptions): Promise<Uint8Array> {
  const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(a.path, 'utf8'), Buffer.from(b.path, 'utf8')));
  const paths = new Set<string>();
  for (const { path } of sorted) {
    if (paths.has(path)) throw new Error(`the zip would hold "${path}" twice`);
    paths.add(path);
  }
  // Each entry deflates on libuv's thread pool; the results are placed in sorted order.
  const packed = await Promise.all(sorted.map(pack));
  const { time, date } = dosDateTime(options.date);
  const parts: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of packed) {
    if (p.size > MAX_32 || p.data.byteLength > MAX_32 || offset > MAX_32) throw new Error('the bundle is too large for a zip without zip64 (over 4 GB)');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    writeEntryFields(local, 6, p, time, date);
    local.writeUInt16LE(0, 28);
    parts.push(local, p.name, p.data);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_SIGNATURE, 0);
    header.writeUInt16LE(VERSION_MADE_BY, 4);
    header.writeUInt16LE(VERSION_NEEDED, 6);
    writeEntryFields(header, 8, p, time, date);
    // Extra length, comment length, disk number, internal attributes: all 0.
    header.writeUInt32LE(MODE_FILE * 0x10000, 38);
    header.writeUInt32LE(offset, 42);
    central.push(header, p.name);
    offset += local.byteLength + p.name.byteLength + p.data.byteLength;
  }
  const centralBytes = Buffer.concat(central);
  if (packed.length > 0xffff || offset > MAX_32) throw new Error('the bundle has too many files or bytes for a zip without zip64');
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_SIGNATURE, 0);
  end.writeUInt16LE(packed.length, 8);
  end.writeUInt16LE(packed.length, 10);
  end.writeUInt32LE(centralBytes.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.byteLength, 20);
  return Buffer.concat([...parts, centralBytes, end, comment]);
}
