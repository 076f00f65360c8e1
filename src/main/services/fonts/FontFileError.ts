// FontFileError.ts: a font file that cannot be used, named for the person who has to fix it.

export class FontFileError extends Error {
  override readonly name = 'FontFileError';
  /**
   * @param file the file as the user knows it (fonts/Foo.ttf inside an edition, else the path)
   * @param reason what is wrong, from the font parser or the file system
   */
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}
