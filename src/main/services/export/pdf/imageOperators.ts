// imageOperators.ts: the content-stream operators that draw one image frame's picture, placed
// by the same geometry as the page view (src/shared/layout/imagePlacement.ts): clip to the
// frame, then map the image's unit square onto its placed rectangle.
//   q  x y w h re W n   a b c d e f cm   /Im1 Do  Q
import { imagePlacement, type PixelSize } from '../../../../shared/layout/imagePlacement';
import type { ImageFrame } from '../../../../shared/model';

/** An image frame's picture on a page: its XObject resource name and the pixel size it is placed by. */
export interface PlacedImage {
  readonly name: string;
  readonly pixels: PixelSize;
}

/** What pageContent asks for each image frame (undefined: nothing to draw, the frame prints empty). */
export interface PageImages {
  placed(frameId: string): PlacedImage | undefined;
}

/** At most 3 decimals (1/1000 pt), as in the rest of the page's content stream. */
function num(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}

/**
 * `pixels` is the asset record's pixel size (what the page view places by); `name` the image's
 * XObject resource name; `toX`/`toY` take page points (y down from the trim's top-left) to PDF
 * user space (y up from the MediaBox's bottom-left).
 */
export function imageOperators(frame: ImageFrame, pixels: PixelSize, name: string, toX: (x: number) => number, toY: (y: number) => number): string[] {
  const { image, clip } = imagePlacement(frame, pixels);
  if (!(clip.width > 0 && clip.height > 0 && image.width > 0 && image.height > 0)) return [];
  return [
    'q',
    `${num(toX(clip.x))} ${num(toY(clip.y + clip.height))} ${num(clip.width)} ${num(clip.height)} re W n`,
    `${num(image.width)} 0 0 ${num(image.height)} ${num(toX(image.x))} ${num(toY(image.y + image.height))} cm`,
    `/${name} Do`,
    'Q',
  ];
}
