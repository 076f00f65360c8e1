// imageFacts.ts: what an import needs to know about an image file, read with sharp (libvips):
//   1. the header: format (JPEG, PNG or TIFF only), pixel size, colour space, declared ppi;
//   2. a decode of the whole picture at thumbnail size, so a damaged or truncated file is
//      refused now rather than found blank at export;
//   3. caption and credit from the IPTC, XMP and EXIF blocks (captionCredit.ts).
// Pixel size is the upright one, after the EXIF orientation (orientation.ts): the page view,
// preflight, print and e-paper all draw the picture upright.
import sharp, { type Metadata } from 'sharp';
import type { HostErrorReason } from '../../../shared/host-api';
import { IMAGE_REFUSAL_KEY_PREFIX, type ImageRefusal } from '../../../shared/image-api';
import { type CaptionCredit, captionAndCredit } from './captionCredit';
import { parseExif } from './exif';
import { parseIptc } from './iptc';
import { uprightSize } from './orientation';
import { parseXmp } from './xmp';

export type ImageFormat = 'jpeg' | 'png' | 'tiff';
export type ImageColorSpace = 'rgb' | 'cmyk' | 'grey';

export interface ImageFacts extends CaptionCredit {
  readonly format: ImageFormat;
  readonly mime: 'image/jpeg' | 'image/png' | 'image/tiff';
  readonly width: number;
  readonly height: number;
  readonly colorSpace: ImageColorSpace;
  /** The resolution the file declares, or null (no unit, or none at all). */
  readonly ppi: number | null;
  readonly hasAlpha: boolean;
}

/**
 * A file that cannot be imported; `reason` is written for the person who picked it, in English
 * (logs, the CLI), and `refusal` says the same as a message key for the window.
 */
export class ImageImportError extends Error {
  override readonly name = 'ImageImportError';
  readonly refusal: HostErrorReason | undefined;
  constructor(
    readonly file: string,
    readonly reason: string,
    refusal?: { readonly kind: ImageRefusal; readonly params?: Readonly<Record<string, string | number>> },
  ) {
    super(`${file}: ${reason}`);
    this.refusal = refusal ? { key: `${IMAGE_REFUSAL_KEY_PREFIX}${refusal.kind}`, params: { name: file, ...refusal.params } } : undefined;
  }
}

const MIME: Readonly<Record<ImageFormat, ImageFacts['mime']>> = { jpeg: 'image/jpeg', png: 'image/png', tiff: 'image/tiff' };
const FORMAT_NAMES: Readonly<Record<string, string>> = { webp: 'WebP', gif: 'GIF', heif: 'HEIF/HEIC', avif: 'AVIF', svg: 'SVG', pdf: 'PDF', jp2k: 'JPEG 2000', jxl: 'JPEG XL' };

export async function readImageFacts(bytes: Uint8Array, file: string): Promise<ImageFacts> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch (error) {
    throw new ImageImportError(file, `is not a JPEG, PNG or TIFF image, or its header is damaged (${messageOf(error)})`, { kind: 'unreadable' });
  }
  const format = meta.format;
  if (format !== 'jpeg' && format !== 'png' && format !== 'tiff') {
    const named = FORMAT_NAMES[format] ?? format;
    throw new ImageImportError(file, `is a ${named} file; only JPEG, PNG and TIFF can be placed (save it as one of those first)`, { kind: 'format', params: { format: named } });
  }
  const colorSpace = colorSpaceOf(meta.space);
  if (colorSpace === null) {
    throw new ImageImportError(file, `its colour space is "${meta.space}"; only RGB, CMYK and greyscale images can be printed (convert it first)`, { kind: 'colour', params: { space: meta.space } });
  }
  try {
    // Decoding to a thumbnail reads every scanline (JPEG scales in the DCT), so a cut-off or
    // corrupt file fails here.
    await sharp(bytes).resize({ width: 64, height: 64, fit: 'inside', withoutEnlargement: true }).raw().toBuffer();
  } catch (error) {
    throw new ImageImportError(file, `the picture is damaged or incomplete and cannot be read (${messageOf(error)})`, { kind: 'damaged' });
  }
  return {
    format,
    mime: MIME[format],
    ...uprightSize(meta),
    colorSpace,
    ppi: declaredPpi(meta),
    hasAlpha: meta.hasAlpha,
    ...captionAndCredit(textMetadata(meta, bytes)),
  };
}

function colorSpaceOf(space: string): ImageColorSpace | null {
  if (space === 'srgb' || space === 'rgb' || space === 'rgb16' || space === 'scrgb') return 'rgb';
  if (space === 'cmyk') return 'cmyk';
  if (space === 'b-w' || space === 'grey16') return 'grey';
  return null;
}

/**
 * sharp reports density in ppi whatever the file's unit. A JFIF header with no unit (aspect ratio
 * only) still reads as 72 with no unit: that is not a declared resolution.
 */
function declaredPpi(meta: Metadata): number | null {
  if (meta.density === undefined || !(meta.density > 0)) return null;
  if (meta.resolutionUnit !== 'inch' && meta.resolutionUnit !== 'cm') return null;
  return Math.round(meta.density * 100) / 100;
}

function textMetadata(meta: Metadata, bytes: Uint8Array): Parameters<typeof captionAndCredit>[0] {
  // A metadata block that does not parse is only a missing caption, never a failed import.
  const iptc = safely(() => (meta.iptc ? parseIptc(meta.iptc) : null) ?? (meta.tifftagPhotoshop ? parseIptc(meta.tifftagPhotoshop) : null));
  const xmp = safely(() => (meta.xmp ? parseXmp(new TextDecoder('utf-8').decode(meta.xmp)) : null));
  // A TIFF's ImageDescription and Artist are in the file's own first directory, which is what
  // EXIF's structure is: the file is read as it stands.
  const exif = safely(() => (meta.format === 'tiff' ? parseExif(bytes) : meta.exif ? parseExif(meta.exif) : null));
  return { iptc, xmp, exif };
}

function safely<T>(read: () => T | null): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // libvips repeats its complaint once per attempt; once is enough for the user.
  return [...new Set(text.split('\n').map((l) => l.trim()).filter(Boolean))].join('; ');
}
