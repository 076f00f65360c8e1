// iccProfile.ts: reads what an ICC profile says about itself (ICC.1:2010 §7.2 header, §7.3 tag
// table, and the description tag), enough to refuse a file that cannot be a PDF/X output
// intent before it reaches a colour transform or a PDF: libvips only warns on a bad profile and
// leaves the pixels unconverted, and a plant's preflight rejects a non-CMYK output intent.

export interface IccHeader {
  /** The size the header declares, in bytes. */
  readonly size: number;
  /** e.g. "2.2.0", "4.3.0". */
  readonly version: string;
  /** Device class signature: 'prtr' (output), 'mntr', 'scnr', 'link', 'spac', 'abst', 'nmcl'. */
  readonly deviceClass: string;
  /** Data colour space signature: 'CMYK', 'RGB ', 'GRAY' … */
  readonly colorSpace: string;
  /** Profile connection space: 'Lab ' or 'XYZ '. */
  readonly pcs: string;
  /** The 'desc' tag's text (ASCII of a v2 textDescriptionType, or the first mluc record), or "". */
  readonly description: string;
}

/** Why a file is not a usable ICC profile; `reason` is a sentence for the person fixing it. */
export class IccFormatError extends Error {
  override readonly name = 'IccFormatError';
  constructor(readonly reason: string) {
    super(reason);
  }
}

const HEADER_BYTES = 128;

const sig = (view: DataView, at: number): string => String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));

/** The header and description of `bytes`, or IccFormatError when it is not an ICC profile at all. */
export function readIccHeader(bytes: Uint8Array): IccHeader {
  if (bytes.byteLength < HEADER_BYTES + 4) throw new IccFormatError(`it is ${bytes.byteLength} bytes long, shorter than an ICC profile's header and tag count`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (sig(view, 36) !== 'acsp') throw new IccFormatError("it is not an ICC profile (no 'acsp' signature at byte 36)");
  const size = view.getUint32(0);
  if (size !== bytes.byteLength) throw new IccFormatError(`its header declares ${size} bytes but the file has ${bytes.byteLength} (truncated or padded)`);
  const major = view.getUint8(8);
  const minor = view.getUint8(9);
  const version = `${major}.${minor >> 4}.${minor & 0x0f}`;
  return { size, version, deviceClass: sig(view, 12), colorSpace: sig(view, 16), pcs: sig(view, 20), description: readDescription(view) };
}

function readDescription(view: DataView): string {
  const count = view.getUint32(HEADER_BYTES);
  if (HEADER_BYTES + 4 + count * 12 > view.byteLength) throw new IccFormatError(`its tag table (${count} tags) runs past the end of the file`);
  for (let i = 0; i < count; i++) {
    const entry = HEADER_BYTES + 4 + i * 12;
    if (sig(view, entry) !== 'desc') continue;
    const offset = view.getUint32(entry + 4);
    const length = view.getUint32(entry + 8);
    if (offset + length > view.byteLength || length < 12) throw new IccFormatError(`its 'desc' tag (at ${offset}, ${length} bytes) lies outside the file`);
    return decodeText(new DataView(view.buffer, view.byteOffset + offset, length));
  }
  return '';
}

/** textDescriptionType (v2: count + ASCII) or multiLocalizedUnicodeType (v4: UTF-16BE records). */
function decodeText(tag: DataView): string {
  const type = sig(tag, 0);
  if (type === 'desc') {
    const n = tag.getUint32(8);
    const chars: number[] = [];
    for (let i = 0; i < n && 12 + i < tag.byteLength; i++) chars.push(tag.getUint8(12 + i));
    return String.fromCharCode(...chars).replace(/\0+$/u, '');
  }
  if (type === 'mluc' && tag.byteLength >= 28) {
    const length = tag.getUint32(20);
    const offset = tag.getUint32(24);
    const units: number[] = [];
    for (let i = 0; i + 1 < length && offset + i + 1 < tag.byteLength; i += 2) units.push(tag.getUint16(offset + i));
    return String.fromCharCode(...units).replace(/\0+$/u, '');
  }
  return '';
}

/** Throws IccFormatError unless `header` is an output ('prtr') profile for CMYK data. */
export function assertCmykOutputProfile(header: IccHeader): void {
  if (header.deviceClass !== 'prtr') throw new IccFormatError(`it is a '${header.deviceClass.trim()}' profile, not an output ('prtr') profile`);
  if (header.colorSpace !== 'CMYK') throw new IccFormatError(`its data colour space is '${header.colorSpace.trim()}', not CMYK`);
  if (header.pcs !== 'Lab ' && header.pcs !== 'XYZ ') throw new IccFormatError(`its connection space '${header.pcs.trim()}' is neither Lab nor XYZ`);
}
