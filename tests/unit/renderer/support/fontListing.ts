// fontListing.ts: listFonts entries and readFont answers for real default font files, for specs
// of the renderer's font loading (layout/layoutSession.ts, app/opening.ts).
import type { FontListing, HostRequest, HostResponse } from '../../../../src/shared/host-api';
import { describeFaces } from '../../../../src/shared/layout/fonts';
import { FONT_FILES, fontBytes, sha256 } from '../../../fixtures/fonts/fontFiles';

/** Noto Serif SC and Source Serif 4 Regular: what a paragraph in style G of the flow fixtures needs. */
export const SERIF_AND_LATIN = [FONT_FILES.serifRegular, FONT_FILES.latinRegular];

export function listingOf(path: string): FontListing {
  const bytes = fontBytes(path);
  const info = describeFaces(bytes, sha256(bytes))[0]!;
  return { id: info.id, family: info.family, style: info.style, weight: info.weight, italic: info.italic, postscriptName: info.postscriptName, source: 'default', file: path.split('/').at(-1)!, embeddable: true, licence: null };
}

/** readFont over `files`: the bytes of the file whose face has the id asked for. */
export function readFontOf(files: readonly string[]): (req: HostRequest<'readFont'>) => Promise<HostResponse<'readFont'>> {
  return async (req) => {
    const file = files.find((f) => listingOf(f).id === req.id);
    if (!file) throw new Error(`no font ${req.id}`);
    return { id: req.id, bytes: fontBytes(file) };
  };
}
