// errors.ts: why a file could not be imported, naming the file, where in it, and the reason.

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    /** The path as the user gave it. */
    readonly file: string,
    /** Where in the file: "byte 1234 (line 5)", or "" for the file as a whole. */
    readonly location: string,
    readonly reason: string,
  ) {
    super(location === '' ? `${file}: ${reason}` : `${file}: ${location}: ${reason}`);
  }
}
