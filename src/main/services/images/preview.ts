// preview.ts: the screen rendition of a file the page view cannot show as it is. Browsers do not
// decode TIFF, and show CMYK JPEGs with no colour management (often inverted); print keeps the
// original either way (the PDF path reads `path`, never `preview`).
// The preview is sRGB, at most PREVIEW_MAX_PX on its long side (enough for 400 % zoom on a
// two-column photo, small enough to load at once), JPEG, or PNG when the file has transparency.
// CMYK goes to sRGB through the file's embedded profile, or libvips's built-in CMYK profile.
// Both are upright (orientation.ts): they carry no EXIF tag, so the browser draws them as they are.
import sharp from 'sharp';
import type { ImageFacts } from './imageFacts';
import { UPRIGHT } from './orientation';

export const PREVIEW_MAX_PX = 2400;
const PREVIEW_JPEG_QUALITY = 85;

export function needsPreview(facts: Pick<ImageFacts, 'format' | 'colorSpace'>): boolean {
  return facts.format === 'tiff' || facts.colorSpace === 'cmyk';
}

export async function makePreview(bytes: Uint8Array, facts: Pick<ImageFacts, 'hasAlpha'>): Promise<Uint8Array> {
  const image = sharp(bytes, UPRIGHT)
    .resize({ width: PREVIEW_MAX_PX, height: PREVIEW_MAX_PX, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb');
  const encoded = facts.hasAlpha ? image.png() : image.flatten({ background: '#ffffff' }).jpeg({ quality: PREVIEW_JPEG_QUALITY });
  const buffer = await encoded.toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** The long side of the rendition the page view gets of a large photo (readScreenRendition). */
export const SCREEN_MAX_PX = 2048;

/**
 * A photo sized for the screen: at most SCREEN_MAX_PX on its long side, sRGB JPEG (PNG when it
 * has transparency). A 3 MB camera JPEG becomes a few hundred KB that the page view downloads
 * and decodes at once, instead of the whole file competing with the fonts for the first paint.
 */
export async function makeScreenRendition(bytes: Uint8Array): Promise<{ mime: string; bytes: Uint8Array }> {
  // An alpha channel that is opaque everywhere (common in PNG photos) does not need PNG.
  const hasAlpha = (await sharp(bytes).metadata()).hasAlpha && !(await sharp(bytes).stats()).isOpaque;
  const image = sharp(bytes, UPRIGHT).resize({ width: SCREEN_MAX_PX, height: SCREEN_MAX_PX, fit: 'inside', withoutEnlargement: true }).toColourspace('srgb');
  const encoded = hasAlpha ? image.png() : image.flatten({ background: '#ffffff' }).jpeg({ quality: PREVIEW_JPEG_QUALITY });
  const buffer = await encoded.toBuffer();
  return { mime: hasAlpha ? 'image/png' : 'image/jpeg', bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
}
