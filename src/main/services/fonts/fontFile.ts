// fontFile.ts: one font file on disk → its SHA-256 and the faces in it. The hash is of the
// whole file, so a face's id (sha256:<hex>#<index>) names exactly these bytes. A file's stat
// signature (size, times, inode) says whether it is still the file that was hashed, which is
// what lets the font index skip hashing on later runs (fontIndexCache.ts).
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
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

/**
 * What identifies one version of a file without reading it. Any write changes ctime, which no
 * program can set back (utimes sets only atime and mtime), so equal signatures mean equal bytes
 * in practice; a copy or a replacement has another inode or ctime.
 */
export interface FileSignature {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
  readonly dev: number;
}

export function signatureOf(info: Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino' | 'dev'>): FileSignature {
  return { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino, dev: info.dev };
}

export function sameSignature(a: FileSignature, b: FileSignature): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev;
}

/**
 * Reads `path` whole, with the signature of the version read: null when the file changed while
 * it was being read (the bytes may then mix two versions, so nobody should remember them).
 */
export async function readFontBytesSigned(path: string, display: string): Promise<{ bytes: Uint8Array; signature: FileSignature | null }> {
  const cannot = (error: unknown): FontFileError => new FontFileError(display, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw cannot(error);
  });
  try {
    const before = signatureOf(await handle.stat());
    if (before.size > MAX_FONT_FILE_BYTES) throw new FontFileError(display, `is ${before.size} bytes, more than any font file (limit ${MAX_FONT_FILE_BYTES})`);
    const buf = await handle.readFile().catch((error: unknown) => {
      throw cannot(error);
    });
    const after = signatureOf(await handle.stat());
    return { bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), signature: sameSignature(before, after) ? after : null };
  } finally {
    await handle.close();
  }
}

/** As readFontBytesSigned, synchronously: for a face whose bytes are first needed mid-layout. */
export function readFontBytesSignedSync(path: string, display: string): { bytes: Uint8Array; signature: FileSignature | null } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new FontFileError(display, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    const before = signatureOf(fstatSync(fd));
    if (before.size > MAX_FONT_FILE_BYTES) throw new FontFileError(display, `is ${before.size} bytes, more than any font file (limit ${MAX_FONT_FILE_BYTES})`);
    let buf: Buffer;
    try {
      buf = readFileSync(fd);
    } catch (error) {
      throw new FontFileError(display, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    const after = signatureOf(fstatSync(fd));
    return { bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), signature: sameSignature(before, after) ? after : null };
  } finally {
    closeSync(fd);
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
