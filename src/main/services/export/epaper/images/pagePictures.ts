// pagePictures.ts: the photos of one page image, each ready to paint (pagePaint.ts): placed by
// shared/layout/imagePlacement.ts with the asset record's pixel size, as the PDF and the page view
// place it; only the part the frame shows on the trim is cut from the file (whole source pixels),
// resampled (Lanczos 3) to the page image's resolution, so it is painted pixel for pixel.
// Colour: the file's own pixels in sRGB: RGB through its embedded profile (untagged is taken as
// sRGB), CMYK through its embedded profile or libvips's built-in CMYK profile, grey as grey;
// transparency flattened on white paper, as print flattens it. Upright by the EXIF orientation,
// as print and the page view draw it (services/images/orientation.ts).
// A file sharp cannot read falls back to the asset's screen preview, if it has one.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { imagePlacement, type PlacementRect } from '../../../../../shared/layout/imagePlacement';
import type { Asset, Edition, Frame, ImageFrame } from '../../../../../shared/model';
import { UPRIGHT, uprightSize } from '../../../images';
import { PrintImageError } from '../../images';
import type { RasterPicture } from './pagePaint';

export interface PagePicturesInput {
  readonly edition: Edition;
  readonly editionDir: string;
  readonly pageLabel: string;
  /** The frames drawn on the page (master's, then its own). */
  readonly frames: readonly Frame[];
  /** Trim size, points. */
  readonly width: number;
  readonly height: number;
  /** Pixels per point of the page image. */
  readonly scale: number;
  /** Without it, a missing or unreadable file throws; with it, it is reported and its frame stays empty (as in print). */
  readonly onProblem?: (problem: PrintImageError) => void;
}

/** The source cut: whole source pixels, and where they fall on the page (points). */
export interface PictureCut {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly rect: PlacementRect;
}

function intersect(a: PlacementRect, b: PlacementRect): PlacementRect | null {
  const x0 = Math.max(a.x, b.x);
  const y0 = Math.max(a.y, b.y);
  const x1 = Math.min(a.x + a.width, b.x + b.width);
  const y1 = Math.min(a.y + a.height, b.y + b.height);
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

/**
 * The source pixels (of a file `fileWidth` × `fileHeight`) drawn inside `visible`, when the whole
 * file is drawn over `image`; the cut is widened to whole pixels and `rect` is where it lands.
 */
export function pictureCut(image: PlacementRect, visible: PlacementRect, fileWidth: number, fileHeight: number): PictureCut {
  const fx = fileWidth / image.width;
  const fy = fileHeight / image.height;
  // A hair of tolerance so that a frame edge on a pixel edge does not take in one more pixel.
  const eps = 1e-6;
  const left = Math.min(fileWidth - 1, Math.max(0, Math.floor((visible.x - image.x) * fx + eps)));
  const top = Math.min(fileHeight - 1, Math.max(0, Math.floor((visible.y - image.y) * fy + eps)));
  const right = Math.max(left + 1, Math.min(fileWidth, Math.ceil((visible.x + visible.width - image.x) * fx - eps)));
  const bottom = Math.max(top + 1, Math.min(fileHeight, Math.ceil((visible.y + visible.height - image.y) * fy - eps)));
  return {
    left,
    top,
    width: right - left,
    height: bottom - top,
    rect: { x: image.x + left / fx, y: image.y + top / fy, width: (right - left) / fx, height: (bottom - top) / fy },
  };
}

interface Source {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
}

async function readable(file: string, bytes: Uint8Array): Promise<Source | string> {
  try {
    const meta = await sharp(bytes).metadata();
    if (meta.width === undefined || meta.height === undefined) return 'it has no pixel size';
    return { file, bytes, ...uprightSize(meta) };
  } catch (error) {
    return `it is not an image sharp can read (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** The file to draw: the asset's own, or its preview when sharp cannot read the original. */
async function loadSource(editionDir: string, asset: Asset): Promise<Source | { kind: 'missing' | 'unreadable'; reason: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(join(editionDir, ...asset.path.split('/'))));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { kind: 'missing', reason: `the file does not exist in the edition folder ${editionDir}` } : { kind: 'unreadable', reason: `the file cannot be read (${code ?? String(error)})` };
  }
  const own = await readable(asset.path, bytes);
  if (typeof own !== 'string') return own;
  if (asset.preview !== null) {
    try {
      const preview = await readable(asset.preview, new Uint8Array(await readFile(join(editionDir, ...asset.preview.split('/')))));
      if (typeof preview !== 'string') return preview;
    } catch {
      // The preview is only a fallback: the original's own reason is the one to report.
    }
  }
  return { kind: 'unreadable', reason: own };
}

/**
 * Prepared cuts, remembered per process (a 16-page edition often shows one photo on many pages):
 * keyed by the file, its size and modification time, the cut and the output size, so an edited
 * file is read again. Bounded: past the limit the oldest entry goes.
 */
const prepared = new Map<string, Promise<Pixels>>();
/** About 1 MB each for a two-column photo at 150 dpi. */
const PREPARED_LIMIT = 24;

interface Pixels {
  readonly pixels: Uint8Array;
  readonly width: number;
  readonly height: number;
}

async function preparedPixels(source: Source, absolute: string, cut: PictureCut, width: number, height: number): Promise<Pixels> {
  const info = await stat(absolute).catch(() => null);
  const key = info ? [absolute, info.size, info.mtimeMs, source.file, cut.left, cut.top, cut.width, cut.height, width, height].join('\n') : null;
  const hit = key === null ? undefined : prepared.get(key);
  if (hit) return hit;
  const pending = sharp(source.bytes, UPRIGHT)
    .extract({ left: cut.left, top: cut.top, width: cut.width, height: cut.height })
    .resize(width, height, { fit: 'fill', kernel: 'lanczos3' })
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .removeAlpha()
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true })
    .then(({ data, info }) => {
      if (info.channels !== 3 || info.width !== width || info.height !== height) throw new Error(`came out ${info.width} × ${info.height} × ${info.channels}, not ${width} × ${height} × 3`);
      return { pixels: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width, height };
    });
  if (key !== null) {
    prepared.set(key, pending);
    pending.catch(() => prepared.delete(key));
    const oldest = prepared.keys().next();
    if (prepared.size > PREPARED_LIMIT && oldest.done !== true) prepared.delete(oldest.value);
  }
  return pending;
}

export async function pagePictures(input: PagePicturesInput): Promise<Map<string, RasterPicture>> {
  const assets = new Map(input.edition.assets.map((a) => [a.id, a]));
  const trim = { x: 0, y: 0, width: input.width, height: input.height };
  const sources = new Map<string, ReturnType<typeof loadSource>>();
  const jobs: Array<Promise<readonly [string, RasterPicture] | null>> = [];
  for (const frame of input.frames) {
    if (frame.kind !== 'image' || frame.assetId === null) continue;
    const asset = assets.get(frame.assetId);
    // parseEdition guarantees the record exists; a frame without one has nothing to show.
    if (!asset) continue;
    let source = sources.get(asset.id);
    if (!source) sources.set(asset.id, (source = loadSource(input.editionDir, asset)));
    jobs.push(placedPicture(input, frame, asset, source, trim));
  }
  const out = new Map<string, RasterPicture>();
  for (const entry of await Promise.all(jobs)) if (entry) out.set(entry[0], entry[1]);
  return out;
}

async function placedPicture(input: PagePicturesInput, frame: ImageFrame, asset: Asset, pending: ReturnType<typeof loadSource>, trim: PlacementRect): Promise<readonly [string, RasterPicture] | null> {
  const { image, clip } = imagePlacement(frame, asset);
  const shown = image.width > 0 && image.height > 0 ? intersect(image, clip) : null;
  const visible = shown ? intersect(shown, trim) : null;
  if (!visible) return null;
  const source = await pending;
  const problem = (kind: 'missing' | 'unreadable', reason: string): null => {
    const error = new PrintImageError(kind, asset.path, input.pageLabel, frame.id, reason);
    if (!input.onProblem) throw error;
    input.onProblem(error);
    return null;
  };
  if (!('bytes' in source)) return problem(source.kind, source.reason);
  const cut = pictureCut(image, visible, source.width, source.height);
  const width = Math.max(1, Math.round(cut.rect.width * input.scale));
  const height = Math.max(1, Math.round(cut.rect.height * input.scale));
  let pixels: Pixels;
  try {
    pixels = await preparedPixels(source, join(input.editionDir, ...source.file.split('/')), cut, width, height);
  } catch (error) {
    // The header read, but the pixels do not decode (a cut-off file).
    return problem('unreadable', `its pixels cannot be decoded (${error instanceof Error ? error.message : String(error)})`);
  }
  return [frame.id, { ...pixels, rect: cut.rect, clip }];
}
