// textDecoding.ts: text from metadata fields whose encoding the file does not always declare.
// IPTC says UTF-8 only with its 1:90 marker; EXIF "ASCII" fields carry UTF-8 from most current
// tools and the Windows code page from older ones. For a Chinese newsroom that code page is GBK,
// so undeclared bytes are read as UTF-8 when they are valid UTF-8, else as GB18030 (a superset
// of GBK) when valid, else as Windows-1252, which accepts any byte. Latin-1 text that happens to
// form valid GBK pairs is misread by this order; it is the rarer case on this desk.

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const gb18030 = new TextDecoder('gb18030', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/** Decodes `bytes`; `declared` is the encoding the file declares, when it declares one. */
export function decodeText(bytes: Uint8Array, declared: 'utf-8' | null = null): string {
  if (declared === 'utf-8') return clean(utf8Lenient.decode(bytes));
  for (const decoder of [utf8, gb18030]) {
    try {
      return clean(decoder.decode(bytes));
    } catch {
      // Not valid in this encoding: try the next one.
    }
  }
  return clean(windows1252.decode(bytes));
}

/** UCS-2 little-endian, as Windows writes its XP* EXIF tags. */
export function decodeUtf16le(bytes: Uint8Array): string {
  return clean(new TextDecoder('utf-16le').decode(bytes));
}

/** Up to the first NUL (C strings), surrounding whitespace trimmed, line ends unified. */
function clean(text: string): string {
  const end = text.indexOf('\0');
  return (end === -1 ? text : text.slice(0, end)).replace(/\r\n?/gu, '\n').trim();
}
