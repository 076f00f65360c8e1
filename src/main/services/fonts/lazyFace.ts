// lazyFace.ts: a Face whose file is read when the layout first needs its glyphs, not when the
// catalog is made. A catalog lists every face the styles might ask for (a family's Regular and
// Bold, fallbacks), but a page often uses only some of them: the sample page never sets Noto
// Serif SC Bold, a 15 MB file. Reading only what is used saves its time and its memory. The
// metadata (FaceInfo) comes from the listing; the bytes come from `readBytes`, which the font
// service makes verify that the file is still the one the id names.
import { type Face, type FaceInfo, FontFormatError, openFace, parseFontId } from '../../../shared/layout/fonts';
import { FontFileError } from './FontFileError';

/**
 * A face of the file `readBytes` reads (called at most once per face; the service shares one
 * reader, and so one copy of the bytes, among the faces of a collection). `display` names the
 * file in errors: a cmap that does not parse fails here, naming it, on first use.
 */
export function lazyFace(info: FaceInfo, readBytes: () => Uint8Array, display: string): Face {
  const id = parseFontId(info.id);
  if (!id) throw new Error(`not a font id: ${info.id}`);
  let opened: Face | null = null;
  const face = (): Face => {
    if (opened) return opened;
    try {
      opened = openFace(readBytes(), id.sha256, info.faceIndex);
    } catch (error) {
      if (error instanceof FontFormatError) throw new FontFileError(display, `is not a usable font: ${error.message}`);
      throw error;
    }
    return opened;
  };
  return {
    ...info,
    get bytes() {
      return face().bytes;
    },
    glyphIndex: (codePoint) => face().glyphIndex(codePoint),
    hasGlyph: (codePoint) => face().hasGlyph(codePoint),
  };
}
