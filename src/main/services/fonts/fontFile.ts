// fontFile.ts: one font file on disk → its SHA-256 and the faces in it. The hash is of the
// whole file, so a face's id (sha256:<hex>#<index>) names exactly these bytes.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { describeFaces, type FaceInfo, FontFormatError } from '../../../shared/layout/fonts';
import { FontFileError } from './FontFileError';

/** Larger than any real font (the biggest CJK collections are ~30 MB); refuses junk early. */
export const MAX_FONT_FILE_BYTES = 256 * 1024 * 1024;

/** The extensions scanned for: sfnt fonts and collections. WOFF is for browsers, not print. */
export const FONT_EXTENSIONS = ['.ttf', '.otf', '.ttc', '.otc'] as const;

export function isFontFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return FONT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export interface FontFileRecord {
  readonly sha256: string;
  readonly size: number;
  readonly faces: readonly FaceInfo[];
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads `path` whole; `display` is how errors name it. */
export async function readFontBytes(path: string, display: string): Promise<Uint8Array> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new FontFileError(display, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (size > MAX_FONT_FILE_BYTES) throw new FontFileError(display, `is ${size} bytes, more than any font file (limit ${MAX_FONT_FILE_BYTES})`);
  try {
    const buf = await readFile(path);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (error) {
    throw new FontFileError(display, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** Hashes and describes the bytes of a font file; a file that does not parse is a FontFileError. */
export function describeFontBytes(bytes: Uint8Array, display: string): FontFileRecord {
  const sha256 = sha256Hex(bytes);
  try {
    return { sha256, size: bytes.byteLength, faces: describeFaces(bytes, sha256) };
  } catch (error) {
    if (error instanceof FontFormatError) throw new FontFileError(display, `is not a usable font: ${error.message}`);
    throw error;
  }
}

export async function readFontFile(path: string, display: string): Promise<FontFileRecord> {
  return describeFontBytes(await readFontBytes(path, display), display);
}
