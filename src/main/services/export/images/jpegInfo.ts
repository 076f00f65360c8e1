// jpegInfo.ts: the few facts about a JPEG file that decide whether its bytes can go into a PDF
// untouched (a DCTDecode stream): the frame type and precision (PDF's DCTDecode reads 8-bit
// Huffman-coded baseline and progressive JPEG only), the component count, and Adobe's APP14
// marker, whose presence means a CMYK JPEG stores its samples inverted (Photoshop's convention,
// which libjpeg, libvips and ImageMagick follow), so the PDF needs /Decode [1 0 1 0 1 0 1 0].

export interface JpegInfo {
  /** The SOF marker's second byte: 0xC0 baseline, 0xC1 extended, 0xC2 progressive, … */
  readonly sof: number;
  readonly precision: number;
  readonly width: number;
  readonly height: number;
  readonly components: number;
  /** Adobe APP14 present; `adobeTransform` is its colour transform byte (0 none, 1 YCbCr, 2 YCCK). */
  readonly adobe: boolean;
  readonly adobeTransform: number | null;
}

/** Start-of-frame markers; 0xC4 (DHT), 0xC8 (JPG) and 0xCC (DAC) share the range but are not frames. */
const isSof = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** Reads markers up to the first scan; null when `bytes` is not a JPEG with a frame header. */
export function readJpegInfo(bytes: Uint8Array): JpegInfo | null {
  if (bytes.byteLength < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  let frame: Omit<JpegInfo, 'adobe' | 'adobeTransform'> | null = null;
  let adobeTransform: number | null = null;
  let adobe = false;
  while (at + 4 <= bytes.byteLength) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break; // end of image, start of scan
    const length = view.getUint16(at + 2);
    const body = at + 4;
    if (length < 2 || body + length - 2 > bytes.byteLength) return null;
    if (isSof(marker) && length >= 8) {
      frame = { sof: marker, precision: view.getUint8(body), height: view.getUint16(body + 1), width: view.getUint16(body + 3), components: view.getUint8(body + 5) };
    } else if (marker === 0xee && length >= 14 && String.fromCharCode(...bytes.subarray(body, body + 5)) === 'Adobe') {
      adobe = true;
      adobeTransform = view.getUint8(body + 11);
    }
    at += 2 + length;
  }
  return frame ? { ...frame, adobe, adobeTransform } : null;
}

/** PDF's DCTDecode can take these bytes as they are: 8-bit, Huffman, baseline or progressive. */
export function isPdfCompatibleJpeg(info: JpegInfo): boolean {
  return (info.sof === 0xc0 || info.sof === 0xc1 || info.sof === 0xc2) && info.precision === 8;
}

/** The /Decode array a CMYK JPEG needs in a PDF: inverted when Adobe's marker says Photoshop wrote it. */
export function cmykJpegDecode(info: JpegInfo): readonly number[] | undefined {
  return info.components === 4 && info.adobe ? [1, 0, 1, 0, 1, 0, 1, 0] : undefined;
}
