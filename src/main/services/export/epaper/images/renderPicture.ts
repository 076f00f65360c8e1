// renderPicture.ts: an article photo's web rendition (EpaperPaths.picture): the whole picture
// (not the page's crop: the article page shows the photo, the page image shows the page), upright
// by its EXIF orientation, scaled down to at most `maxSide` on its long side (Lanczos 3, never
// enlarged; exactly shared/epaper pictureRenditionSize), in sRGB (RGB through its embedded
// profile, untagged taken as sRGB; CMYK through its embedded profile or libvips's built-in one;
// grey as grey), transparency flattened on white, as baseline JPEG with no metadata at all (no
// EXIF, no profile, no thumbnail: sRGB is what an untagged JPEG means on the web). A file sharp
// cannot read falls back to the asset's screen preview. Same file, same bytes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { pictureRenditionSize } from '../../../../../shared/epaper/bundle';
import type { Asset } from '../../../../../shared/model';
import { UPRIGHT, uprightSize } from '../../../images';
import type { EncodedImage } from './renderPageImages';

/** Photos are seen at their full size here, so a little more quality than the page images. */
export const PICTURE_JPEG_QUALITY = 85;

export interface RenderPictureInput {
  readonly asset: Asset;
  /** The edition folder; asset paths are relative to it. */
  readonly editionDir: string;
  /** Long side of the rendition, pixels (PICTURE_MAX_SIDE in bundle.ts). */
  readonly maxSide: number;
}

/** A photo with no rendition: the file (relative to the edition), the asset, why. */
export class PictureError extends Error {
  override readonly name = 'PictureError';
  constructor(
    readonly kind: 'missing' | 'unreadable',
    readonly file: string,
    readonly assetId: string,
    readonly reason: string,
  ) {
    super(`${file} (photo ${assetId}): ${reason}`);
  }
}

type ReadFailure = { readonly kind: 'missing' | 'unreadable'; readonly reason: string };

async function readAssetFile(editionDir: string, path: string): Promise<Uint8Array | ReadFailure> {
  try {
    return new Uint8Array(await readFile(join(editionDir, ...path.split('/'))));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { kind: 'missing', reason: `the file does not exist in the edition folder ${editionDir}` } : { kind: 'unreadable', reason: `the file cannot be read (${code ?? String(error)})` };
  }
}

async function encode(bytes: Uint8Array, maxSide: number): Promise<EncodedImage> {
  const meta = await sharp(bytes).metadata();
  if (meta.width === undefined || meta.height === undefined) throw new Error('it has no pixel size');
  const { width: w, height: h } = uprightSize(meta);
  const size = pictureRenditionSize(w, h, maxSide);
  const image = sharp(bytes, UPRIGHT);
  const sized = size.width === w && size.height === h ? image : image.resize(size.width, size.height, { fit: 'fill', kernel: 'lanczos3' });
  const { data, info } = await sized
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .jpeg({ quality: PICTURE_JPEG_QUALITY })
    .toBuffer({ resolveWithObject: true });
  if (info.width !== size.width || info.height !== size.height) throw new Error(`it came out ${info.width} × ${info.height}, not ${size.width} × ${size.height}`);
  return { bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

/**
 * The rendition of `asset`. A file that is missing, or that neither it nor its preview decodes,
 * throws a PictureError naming the file and the reason.
 */
export async function renderPicture(input: RenderPictureInput): Promise<EncodedImage> {
  const { asset, editionDir } = input;
  if (!(Number.isInteger(input.maxSide) && input.maxSide > 0)) throw new Error(`renderPicture: maxSide must be a positive whole number of pixels, not ${input.maxSide}`);
  const bytes = await readAssetFile(editionDir, asset.path);
  let failure: ReadFailure;
  if (bytes instanceof Uint8Array) {
    try {
      return await encode(bytes, input.maxSide);
    } catch (error) {
      failure = { kind: 'unreadable', reason: `it is not an image that can be decoded (${error instanceof Error ? error.message : String(error)})` };
    }
  } else {
    failure = bytes;
  }
  if (asset.preview !== null) {
    const preview = await readAssetFile(editionDir, asset.preview);
    if (preview instanceof Uint8Array) {
      try {
        return await encode(preview, input.maxSide);
      } catch {
        // The original's reason is the one to report.
      }
    }
  }
  throw new PictureError(failure.kind, asset.path, asset.id, failure.reason);
}
