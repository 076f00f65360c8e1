// orientation.ts: a photo's EXIF orientation, applied alike by every path that draws it. A camera
// or phone held upright stores the picture lying down and says so in the Orientation tag (5–8
// turn it a quarter; 2–4 flip or half-turn it). The page view's browser honours the tag on any
// JPEG it draws, so import, previews, print and e-paper honour it too: the asset's pixel size is
// the upright one, and every decode for output starts with sharp's autoOrient.
import type { Metadata, SharpOptions } from 'sharp';

/** sharp's input option that turns the pixels upright before anything else (crop, resize). */
export const UPRIGHT: Pick<SharpOptions, 'autoOrient'> = { autoOrient: true };

/** Whether the file's pixels must be turned or flipped to be seen as meant. */
export function isReoriented(meta: Pick<Metadata, 'orientation'>): boolean {
  return meta.orientation !== undefined && meta.orientation >= 2 && meta.orientation <= 8;
}

/** The picture's size as seen: the stored one, across and down swapped for orientations 5–8. */
export function uprightSize(meta: Pick<Metadata, 'width' | 'height' | 'orientation'>): { readonly width: number; readonly height: number } {
  const quarter = meta.orientation !== undefined && meta.orientation >= 5 && meta.orientation <= 8;
  return quarter ? { width: meta.height, height: meta.width } : { width: meta.width, height: meta.height };
}
