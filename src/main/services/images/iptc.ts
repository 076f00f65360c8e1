// iptc.ts: caption and credit from IPTC IIM ("IPTC-NAA") metadata. sharp hands it over in two
// wrappings: JPEG's APP13 Photoshop block ("Photoshop 3.0\0" then 8BIM resources, the IIM in
// resource 0x0404), and TIFF's tag 33723 as bare IIM. TIFFs written by Photoshop may carry it
// only in their Photoshop tag (34377), which is the 8BIM form without the header.
// IIM datasets: 0x1C, record, dataset, a 2-byte big-endian length (high bit set: the next
// `length & 0x7FFF` bytes hold the real length), then the data. 1:90 (coded character set)
// holding ESC % G declares UTF-8; without it the text's encoding is a guess (textDecoding.ts).
import { decodeText } from './textDecoding';

export interface IptcText {
  /** 2:120 Caption/Abstract. */
  readonly caption: string;
  /** 2:80 By-line, one entry per dataset (it repeats for several photographers). */
  readonly bylines: readonly string[];
  /** 2:110 Credit (the provider: an agency, the paper). */
  readonly credit: string;
}

const PHOTOSHOP_HEADER = 'Photoshop 3.0\0';
const IIM_RESOURCE = 0x0404;
const TAG_MARKER = 0x1c;
const UTF8_ESCAPE = [0x1b, 0x25, 0x47];

interface Dataset {
  readonly record: number;
  readonly dataset: number;
  readonly data: Uint8Array;
}

/** Reads caption, by-lines and credit; null when `block` holds no IIM data at all. */
export function parseIptc(block: Uint8Array): IptcText | null {
  const iim = iimData(block);
  if (iim === null) return null;
  const datasets = readDatasets(iim);
  if (datasets.length === 0) return null;
  const charset = datasets.find((d) => d.record === 1 && d.dataset === 90);
  const declared = charset && containsSequence(charset.data, UTF8_ESCAPE) ? 'utf-8' : null;
  const text = (dataset: number): string[] =>
    datasets.filter((d) => d.record === 2 && d.dataset === dataset).map((d) => decodeText(d.data, declared)).filter((s) => s !== '');
  return { caption: text(120)[0] ?? '', bylines: text(80), credit: text(110)[0] ?? '' };
}

/** The IIM bytes inside a Photoshop block, or the block itself when it is bare IIM. */
function iimData(block: Uint8Array): Uint8Array | null {
  if (block.length > 0 && block[0] === TAG_MARKER) return block;
  let start = 0;
  if (startsWith(block, PHOTOSHOP_HEADER)) start = PHOTOSHOP_HEADER.length;
  else if (!startsWith(block, '8BIM')) return null;
  return findResource(block, start, IIM_RESOURCE);
}

/** Walks 8BIM image resources: signature, id, padded Pascal name, size, padded data. */
function findResource(block: Uint8Array, start: number, id: number): Uint8Array | null {
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  let at = start;
  while (at + 12 <= block.length && startsWith(block.subarray(at), '8BIM')) {
    const resource = view.getUint16(at + 4);
    const nameLength = block[at + 6] ?? 0;
    // The name's length byte plus the name is padded to an even size.
    const sizeAt = at + 6 + ((nameLength + 2) & ~1);
    if (sizeAt + 4 > block.length) return null;
    const size = view.getUint32(sizeAt);
    const dataAt = sizeAt + 4;
    if (dataAt + size > block.length) return null;
    if (resource === id) return block.subarray(dataAt, dataAt + size);
    at = dataAt + size + (size & 1);
  }
  return null;
}

function readDatasets(iim: Uint8Array): Dataset[] {
  const out: Dataset[] = [];
  let at = 0;
  while (at + 5 <= iim.length && iim[at] === TAG_MARKER) {
    const record = iim[at + 1] ?? 0;
    const dataset = iim[at + 2] ?? 0;
    let length = ((iim[at + 3] ?? 0) << 8) | (iim[at + 4] ?? 0);
    at += 5;
    if (length & 0x8000) {
      const count = length & 0x7fff;
      if (count > 4 || at + count > iim.length) break;
      length = 0;
      for (let i = 0; i < count; i++) length = length * 256 + (iim[at + i] ?? 0);
      at += count;
    }
    if (at + length > iim.length) break; // truncated: keep what was whole
    out.push({ record, dataset, data: iim.subarray(at, at + length) });
    at += length;
  }
  return out;
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  if (bytes.length < ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function containsSequence(bytes: Uint8Array, sequence: readonly number[]): boolean {
  outer: for (let i = 0; i + sequence.length <= bytes.length; i++) {
    for (let j = 0; j < sequence.length; j++) if (bytes[i + j] !== sequence[j]) continue outer;
    return true;
  }
  return false;
}
