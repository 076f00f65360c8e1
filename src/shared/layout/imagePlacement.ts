// imagePlacement.ts: where an image frame's picture is drawn, for every painter (the screen's SVG,
// the print PDF, e-paper) so they agree by construction. Pure geometry in page points (y down
// from the trim's top-left), from the frame and the asset's pixel size alone:
//   fill — the picture is stretched to the frame;
//   fit  — scaled uniformly to lie inside the frame, centred (letterboxed);
//   crop — at the frame's own scale (1 = one pixel per point, 72 ppi) and offset from the
//          frame's top-left corner; the frame cuts it.
// The painter draws the picture at `image` and clips to `clip`, which is always the frame.
import type { ImageFrame } from '../model';

export interface PlacementRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ImagePlacement {
  /** The whole picture's rectangle on the page (it may extend beyond the frame). */
  readonly image: PlacementRect;
  /** What is visible: the frame's rectangle. */
  readonly clip: PlacementRect;
}

export interface PixelSize {
  readonly pixelWidth: number;
  readonly pixelHeight: number;
}

type PlacedFrame = Pick<ImageFrame, 'x' | 'y' | 'width' | 'height' | 'fit' | 'crop'>;

/**
 * The picture's rectangle and clip for `frame`. `at` draws the frame somewhere else (the screen
 * shows a frame being dragged there); the picture moves with it.
 */
export function imagePlacement(frame: PlacedFrame, pixels: PixelSize, at: { readonly x: number; readonly y: number } = frame): ImagePlacement {
  const clip = { x: at.x, y: at.y, width: frame.width, height: frame.height };
  if (frame.fit === 'fill') return { image: clip, clip };
  if (frame.fit === 'crop') {
    const { offsetX, offsetY, scale } = frame.crop;
    return { image: { x: at.x + offsetX, y: at.y + offsetY, width: pixels.pixelWidth * scale, height: pixels.pixelHeight * scale }, clip };
  }
  const scale = Math.min(frame.width / pixels.pixelWidth, frame.height / pixels.pixelHeight);
  const width = pixels.pixelWidth * scale;
  const height = pixels.pixelHeight * scale;
  return { image: { x: at.x + (frame.width - width) / 2, y: at.y + (frame.height - height) / 2, width, height }, clip };
}

/**
 * Effective resolution of `pixels` drawn over `image` (points), in pixels per inch, across and
 * down. They differ only where `fill` stretches the picture.
 */
export function effectivePpi(image: Pick<PlacementRect, 'width' | 'height'>, pixels: PixelSize): { readonly x: number; readonly y: number } {
  return { x: (pixels.pixelWidth * 72) / image.width, y: (pixels.pixelHeight * 72) / image.height };
}
