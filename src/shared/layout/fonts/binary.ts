// binary.ts: bounds-checked big-endian reads over font bytes. Every read outside the bytes
// becomes a FontFormatError that says which structure was cut short, instead of a RangeError or
// (worse) a silent zero from a typed array.

/** The bytes are not a font this code can read; `message` says what is wrong, for the user. */
export class FontFormatError extends Error {
  override readonly name = 'FontFormatError';
}

/** A window onto part of the font bytes (a table, a subtable) with reads relative to its start. */
export class BinaryReader {
  private readonly view: DataView;

  /**
   * @param bytes the whole file
   * @param offset where this window starts in the file
   * @param length how many bytes it covers
   * @param what names the structure in error messages ("the 'name' table")
   */
  constructor(
    bytes: Uint8Array,
    readonly offset: number,
    readonly length: number,
    readonly what: string,
  ) {
    if (offset < 0 || length < 0 || offset + length > bytes.byteLength) {
      throw new FontFormatError(`${what} lies outside the file (offset ${offset}, length ${length}, file ${bytes.byteLength} bytes)`);
    }
    this.view = new DataView(bytes.buffer, bytes.byteOffset + offset, length);
  }

  private check(at: number, size: number): void {
    if (at < 0 || at + size > this.length) throw new FontFormatError(`${this.what} is cut short (needs byte ${at + size} of ${this.length})`);
  }

  u8(at: number): number {
    this.check(at, 1);
    return this.view.getUint8(at);
  }

  u16(at: number): number {
    this.check(at, 2);
    return this.view.getUint16(at);
  }

  i16(at: number): number {
    this.check(at, 2);
    return this.view.getInt16(at);
  }

  u32(at: number): number {
    this.check(at, 4);
    return this.view.getUint32(at);
  }

  /** Four ASCII bytes as a string ('head', 'OS/2'). */
  tag(at: number): string {
    this.check(at, 4);
    return String.fromCharCode(this.view.getUint8(at), this.view.getUint8(at + 1), this.view.getUint8(at + 2), this.view.getUint8(at + 3));
  }

  /** True when `size` bytes from `at` lie inside this window. */
  has(at: number, size: number): boolean {
    return at >= 0 && at + size <= this.length;
  }
}
