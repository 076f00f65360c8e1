// cropMath.ts: the picture inside an image frame, as crop values (ImageFrame.crop: offset of the
// picture's top-left from the frame's, in points, and points per pixel). Pure functions on the
// frame and the asset's pixel size; the picture is drawn by src/shared/layout/imagePlacement.ts,
// so what these return is exactly what the page and the PDF show.
//   cover  — 填满: scaled uniformly to cover the frame, centred; the frame crops the overflow
//   centre — 居中: the picture's current scale kept, centred in the frame
//   actual — 原大: the size the file declares (its ppi; 72 when it declares none), centred
//   pan / scaleAround — what a content drag and the scale slider do
import { imagePlacement, type PixelSize } from '../../shared/layout/imagePlacement';
import { type Asset, type ImageFrame, roundPt } from '../../shared/model';

export type Crop = ImageFrame['crop'];
type Placed = Pick<ImageFrame, 'x' | 'y' | 'width' | 'height' | 'fit' | 'crop'>;

/** Scale limits: a picture 1/1000 of a point per pixel is gone; 20 pt per pixel is a mosaic. */
export const MIN_SCALE = 0.001;
export const MAX_SCALE = 20;

function roundScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.round(scale * 1e6) / 1e6));
}

function centred(frame: Pick<ImageFrame, 'width' | 'height'>, pixels: PixelSize, scale: number): Crop {
  const s = roundScale(scale);
  return { offsetX: roundPt((frame.width - pixels.pixelWidth * s) / 2), offsetY: roundPt((frame.height - pixels.pixelHeight * s) / 2), scale: s };
}

/**
 * The crop that shows the picture as the frame shows it now. A stretched ('fill') picture has
 * no single scale; it becomes the covering crop, the nearest undistorted picture.
 */
export function currentCrop(frame: Placed, pixels: PixelSize): Crop {
  if (frame.fit === 'crop') return frame.crop;
  if (frame.fit === 'fill') return coverCrop(frame, pixels);
  const { image } = imagePlacement(frame, pixels, { x: 0, y: 0 });
  return { offsetX: roundPt(image.x), offsetY: roundPt(image.y), scale: roundScale(image.width / pixels.pixelWidth) };
}

export function coverCrop(frame: Pick<ImageFrame, 'width' | 'height'>, pixels: PixelSize): Crop {
  return centred(frame, pixels, Math.max(frame.width / pixels.pixelWidth, frame.height / pixels.pixelHeight));
}

export function centreCrop(frame: Placed, pixels: PixelSize): Crop {
  return centred(frame, pixels, currentCrop(frame, pixels).scale);
}

export function actualSizeCrop(frame: Pick<ImageFrame, 'width' | 'height'>, asset: PixelSize & Pick<Asset, 'ppi'>): Crop {
  return centred(frame, asset, 72 / (asset.ppi ?? 72));
}

/** Moves the picture by (dx, dy) points inside the frame. */
export function panCrop(crop: Crop, dx: number, dy: number): Crop {
  return { offsetX: roundPt(crop.offsetX + dx), offsetY: roundPt(crop.offsetY + dy), scale: crop.scale };
}

/**
 * Rescales the picture keeping the point under (cx, cy) — frame coordinates, points — where it
 * is, as a zoom about that point does.
 */
export function scaleCropAround(crop: Crop, scale: number, cx: number, cy: number): Crop {
  const s = roundScale(scale);
  const ratio = s / crop.scale;
  return { offsetX: roundPt(cx - (cx - crop.offsetX) * ratio), offsetY: roundPt(cy - (cy - crop.offsetY) * ratio), scale: s };
}

/** Scale as staff read it: 100 % is the size the file declares (its ppi, or 72). */
export function scaleToPercent(scale: number, asset: Pick<Asset, 'ppi'>): number {
  return (scale * (asset.ppi ?? 72) * 100) / 72;
}

export function percentToScale(percent: number, asset: Pick<Asset, 'ppi'>): number {
  return roundScale((percent * 72) / ((asset.ppi ?? 72) * 100));
}
