// decodeUtf8.ts: strict UTF-8 decoding that says where the first bad byte is. TextDecoder's
// fatal mode only says that something is wrong; a user fixing a file needs the place.
import { ImportError } from './errors';

/**
 * Offset of the first byte that is not part of well-formed UTF-8 (Unicode Table 3-7: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or -1 when all of it is well-formed.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i] ?? 0;
    if (b0 < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
    else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      if (b0 === 0xe0) lo = 0xa0;
      if (b0 === 0xed) hi = 0x9f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      if (b0 === 0xf0) lo = 0x90;
      if (b0 === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const b = bytes[i + k];
      if (b === undefined) return i;
      if (k === 1 ? b < lo || b > hi : b < 0x80 || b > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Decodes a text file, refusing UTF-16, binary files and malformed UTF-8 with a clear reason. */
export function decodeTextFile(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ImportError(file, '', 'the file is empty');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportError(file, 'byte 0', 'the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8 and import again');
  }
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) {
    const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new ImportError(
      file,
      `byte ${bad} (line ${lineOfByte(bytes, bad)})`,
      `not valid UTF-8 (byte 0x${hex}); the file may be GBK/GB18030 — save it as UTF-8 and import again`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ImportError(file, `byte ${nul} (line ${lineOfByte(bytes, nul)})`, 'contains a NUL byte: this is not a text file');
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  if (text.trim() === '') throw new ImportError(file, '', 'the file contains only whitespace');
  return text;
}
