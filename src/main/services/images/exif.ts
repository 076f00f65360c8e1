// exif.ts: the descriptive text fields of EXIF (or of a TIFF file's own first directory, which
// is the same structure). sharp gives JPEG EXIF with its "Exif\0\0" prefix and PNG eXIf without
// it; a TIFF file's ImageDescription and Artist sit in the file's IFD0, so the whole file is
// parsed as it is. Only IFD0 and the Exif sub-IFD are read, with every offset bounds-checked:
// a damaged directory yields the fields that were readable, never an exception.
import { decodeText, decodeUtf16le } from './textDecoding';

export interface ExifText {
  /** 0x010E ImageDescription. */
  readonly description: string;
  /** 0x013B Artist. */
  readonly artist: string;
  /** Windows Explorer's fields (UCS-2): 0x9C9B XPTitle, 0x9C9C XPComment, 0x9C9D XPAuthor. */
  readonly xpTitle: string;
  readonly xpComment: string;
  readonly xpAuthor: string;
  /** 0x9286 UserComment in the Exif sub-IFD, after its 8-byte character code. */
  readonly userComment: string;
}

const TAG = {
  description: 0x010e,
  artist: 0x013b,
  exifIfd: 0x8769,
  userComment: 0x9286,
  xpTitle: 0x9c9b,
  xpComment: 0x9c9c,
  xpAuthor: 0x9c9d,
} as const;

/** Bytes per value of each TIFF field type (1 BYTE … 13 IFD). */
const TYPE_SIZE: Readonly<Record<number, number>> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };
const MAX_ENTRIES = 1000;

interface Entry {
  readonly tag: number;
  readonly type: number;
  readonly bytes: Uint8Array;
  /** The value as an unsigned number, for LONG/SHORT single values. */
  readonly number: number;
}

/** Reads the text fields; null when `block` is not EXIF/TIFF data. */
export function parseExif(block: Uint8Array): ExifText | null {
  const tiff = startsWithExifHeader(block) ? block.subarray(6) : block;
  if (tiff.length < 8) return null;
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  const big = tiff[0] === 0x4d && tiff[1] === 0x4d;
  if (!little && !big) return null;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  if (view.getUint16(2, little) !== 42) return null; // BigTIFF (43) and others: not read
  const ifd0 = readIfd(tiff, view, view.getUint32(4, little), little);
  const byTag = new Map(ifd0.map((e) => [e.tag, e]));
  const exifPointer = byTag.get(TAG.exifIfd);
  const exifIfd = exifPointer ? readIfd(tiff, view, exifPointer.number, little) : [];
  const userComment = exifIfd.find((e) => e.tag === TAG.userComment);
  const ascii = (tag: number): string => {
    const entry = byTag.get(tag);
    return entry ? decodeText(entry.bytes) : '';
  };
  const ucs2 = (tag: number): string => {
    const entry = byTag.get(tag);
    return entry ? decodeUtf16le(entry.bytes) : '';
  };
  return {
    description: ascii(TAG.description),
    artist: ascii(TAG.artist),
    xpTitle: ucs2(TAG.xpTitle),
    xpComment: ucs2(TAG.xpComment),
    xpAuthor: ucs2(TAG.xpAuthor),
    userComment: userComment ? decodeUserComment(userComment.bytes, little) : '',
  };
}

function startsWithExifHeader(block: Uint8Array): boolean {
  return block.length >= 6 && block[0] === 0x45 && block[1] === 0x78 && block[2] === 0x69 && block[3] === 0x66 && block[4] === 0 && block[5] === 0;
}

function readIfd(tiff: Uint8Array, view: DataView, offset: number, little: boolean): Entry[] {
  if (offset < 8 || offset + 2 > tiff.length) return [];
  const count = Math.min(view.getUint16(offset, little), MAX_ENTRIES);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const at = offset + 2 + i * 12;
    if (at + 12 > tiff.length) break;
    const tag = view.getUint16(at, little);
    const type = view.getUint16(at + 2, little);
    const n = view.getUint32(at + 4, little);
    const size = (TYPE_SIZE[type] ?? 0) * n;
    if (size === 0) continue;
    const valueAt = size <= 4 ? at + 8 : view.getUint32(at + 8, little);
    if (valueAt + size > tiff.length) continue;
    const number = type === 3 ? view.getUint16(at + 8, little) : view.getUint32(at + 8, little);
    entries.push({ tag, type, bytes: tiff.subarray(valueAt, valueAt + size), number });
  }
  return entries;
}

/** UserComment: 8 bytes naming the code ("ASCII", "UNICODE", "JIS", or zeros), then the text. */
function decodeUserComment(bytes: Uint8Array, little: boolean): string {
  if (bytes.length <= 8) return '';
  const code = String.fromCharCode(...bytes.subarray(0, 8)).replace(/\0+$/u, '');
  const text = bytes.subarray(8);
  if (code === 'UNICODE') {
    // UCS-2 in the file's byte order; swap big-endian pairs for the little-endian decoder.
    if (little) return decodeUtf16le(text);
    const swapped = new Uint8Array(text.length - (text.length % 2));
    for (let i = 0; i + 1 < text.length; i += 2) {
      swapped[i] = text[i + 1] ?? 0;
      swapped[i + 1] = text[i] ?? 0;
    }
    return decodeUtf16le(swapped);
  }
  if (code === 'JIS') return ''; // Shift-JIS/JIS X 0208 captions are not expected on this desk
  // "ASCII" or undefined (zeros): in practice UTF-8 or the writer's code page.
  return decodeText(text);
}
