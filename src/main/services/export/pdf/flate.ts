// flate.ts: Flate-compressed PDF streams made with node:zlib (native zlib) rather than
// pdf-lib's flateStream, which deflates with pako in JavaScript on the main thread: on the
// sample edition that was about an eighth of the export's CPU time, most of it in content
// streams and font programs. The bytes are the same format (zlib, /FlateDecode), so readers
// and the tests see no difference but the size, which is within a few per cent.
import { constants, deflateSync } from 'node:zlib';
import type { PDFContext, PDFRawStream } from 'pdf-lib';

type StreamDict = Parameters<PDFContext['stream']>[1];

/**
 * `contents` deflated with node:zlib into a stream with /Filter /FlateDecode (and `dict`'s
 * entries); not registered. A string is taken one byte per UTF-16 code unit, as pdf-lib does:
 * content streams are ASCII (glyphs are hex strings).
 */
export function zlibStream(ctx: PDFContext, contents: string | Uint8Array, dict: StreamDict = {}): PDFRawStream {
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents;
  // The default level: these streams are small (tens of KB), where level 6 costs a millisecond
  // or two more than level 1 and saves a fifth of the bytes.
  const deflated = deflateSync(bytes, { level: constants.Z_DEFAULT_COMPRESSION });
  return ctx.stream(new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.byteLength), { ...dict, Filter: 'FlateDecode' });
}
