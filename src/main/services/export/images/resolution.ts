// resolution.ts: how many pixels an image is embedded with. Its effective resolution is its
// pixels over the size it is drawn at (imagePlacement); where that is above the ceiling
// (edition.output.imageCeilingPpi), it is resampled to exactly the ceiling, each axis on its own
// (a `fill` frame may stretch one axis more than the other). Never upsampled.
import { effectivePpi, type PlacementRect } from '../../../../shared/layout/imagePlacement';

export interface PrintPixelSize {
  readonly width: number;
  readonly height: number;
  /** Effective resolution at the embedded size, the lower of the two axes (ppi). */
  readonly effectivePpi: number;
}

export function printPixelSize(image: Pick<PlacementRect, 'width' | 'height'>, source: { readonly width: number; readonly height: number }, ceilingPpi: number): PrintPixelSize {
  const ppi = effectivePpi(image, { pixelWidth: source.width, pixelHeight: source.height });
  const axis = (pixels: number, points: number, axisPpi: number): number => (axisPpi > ceilingPpi ? Math.min(pixels, Math.max(1, Math.round((points / 72) * ceilingPpi))) : pixels);
  const width = axis(source.width, image.width, ppi.x);
  const height = axis(source.height, image.height, ppi.y);
  const after = effectivePpi(image, { pixelWidth: width, pixelHeight: height });
  return { width, height, effectivePpi: Math.min(after.x, after.y) };
}
