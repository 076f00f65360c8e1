// jsonText.ts: bytes → JSON value, or a reason a person can act on: the byte offset of invalid
// UTF-8, or the line and column of a JSON syntax error. JSON.parse's own messages differ between
// Node versions and do not always carry a position, so the position comes from our own scan.

export type JsonText = { ok: true; value: unknown } | { ok: false; reason: string };

export function parseJsonBytes(bytes: Uint8Array): JsonText {
  const badByte = firstInvalidUtf8(bytes);
  if (badByte !== -1) return { ok: false, reason: `not valid UTF-8 text (byte offset ${badByte})` };
  let text = new TextDecoder('utf-8').decode(bytes);
  // Editors on Windows like to add a byte-order mark; it carries no meaning in JSON.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return parseJsonText(text);
}

export function parseJsonText(text: string): JsonText {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const { offset, expected } = locateSyntaxError(text);
    const { line, column } = lineColumn(text, offset);
    const found = offset >= text.length ? 'the end of the file' : JSON.stringify(text[offset]);
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return { ok: false, reason: `malformed JSON at line ${line}, column ${column}: expected ${expected}, found ${found}${detail}` };
  }
}

/** 1-based line and column (in UTF-16 units) of a string offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const lead = utf8Lead(b);
    if (lead === null) return i;
    const { need, min } = lead;
    let cp = need === 0 ? b : b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

function utf8Lead(b: number): { need: number; min: number } | null {
  if (b < 0x80) return { need: 0, min: 0 };
  if (b >= 0xc2 && b <= 0xdf) return { need: 1, min: 0x80 };
  if (b >= 0xe0 && b <= 0xef) return { need: 2, min: 0x800 };
  if (b >= 0xf0 && b <= 0xf4) return { need: 3, min: 0x10000 };
  return null;
}

/** A recursive-descent walk over JSON syntax that stops at the first thing JSON.parse rejects. */
function locateSyntaxError(text: string): { offset: number; expected: string } {
  let i = 0;
  class Stop {
    constructor(readonly expected: string) {}
  }
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const literal = (word: string): void => {
    for (const ch of word) {
      if (text[i] !== ch) throw new Stop(`"${word}"`);
      i++;
    }
  };
  const string = (): void => {
    if (text[i] !== '"') throw new Stop('a string');
    i++;
    for (;;) {
      const ch = text[i];
      if (ch === undefined) throw new Stop('a closing quote');
      if (ch === '"') {
        i++;
        return;
      }
      if (ch < ' ') throw new Stop('a closing quote before the control character');
      if (ch === '\\') {
        i++;
        const esc = text[i];
        if (esc === 'u') {
          i++;
          for (let k = 0; k < 4; k++, i++) if (!/[0-9a-fA-F]/u.test(text[i] ?? '')) throw new Stop('four hex digits after \\u');
          continue;
        }
        if (esc === undefined || !'"\\/bfnrt'.includes(esc)) throw new Stop('a valid escape after \\');
      }
      i++;
    }
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/u.exec(text.slice(i, i + 400));
    if (!match || match[0] === '' || match[0] === '-') throw new Stop('a value');
    i += match[0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        string();
        ws();
        if (text[i] !== ':') throw new Stop('":"');
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else throw new Stop('"," or "}"');
      }
    }
    if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else throw new Stop('"," or "]"');
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    return number();
  };
  try {
    value();
    ws();
    if (i < text.length) throw new Stop('the end of the file');
  } catch (stop) {
    if (stop instanceof Stop) return { offset: i, expected: stop.expected };
    throw stop;
  }
  // JSON.parse failed but the scan did not: should not happen; point at the start.
  return { offset: 0, expected: 'valid JSON' };
}
