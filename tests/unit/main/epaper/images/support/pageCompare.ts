// pageCompare.ts: two greyscale renders of one page on the same pixel grid, compared pixel by
// pixel after a 3 × 3 box blur (which absorbs the anti-aliasing differences between rasterisers:
// poppler's FreeType glyphs against the page image's own fills), in the manner of the WYSIWYG
// spec (tests/e2e/wysiwyg.spec.ts): the mean difference, the share of pixels further apart than a
// threshold, and per-tile counts, so that one moved line or one other glyph on a whole page
// still shows, and says where.
import sharp from 'sharp';
import { blur3, correlation, type GreyImage } from '../../../export/support/pixels';

export interface PixelRect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface Tile {
  /** Top-left pixel of the tile. */
  readonly x: number;
  readonly y: number;
  /** Pixels over the threshold in it. */
  readonly over: number;
}

export interface Comparison {
  readonly pixels: number;
  /** Mean absolute difference of the blurred renders, 0–255. */
  readonly mean: number;
  /** Percentage of compared pixels over the threshold. */
  readonly overPercent: number;
  /** Tiles holding a pixel over the threshold, worst first. */
  readonly tiles: readonly Tile[];
}

export interface CompareOptions {
  readonly area: PixelRect;
  readonly exclude: readonly PixelRect[];
  readonly threshold: number;
  readonly tile: number;
}

const inside = (r: PixelRect, x: number, y: number): boolean => x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1;

export function compareGrey(a: GreyImage, b: GreyImage, options: CompareOptions): Comparison {
  const { area, threshold, tile } = options;
  if (a.width < area.x1 || b.width < area.x1 || a.height < area.y1 || b.height < area.y1) throw new Error(`renders ${a.width}×${a.height} and ${b.width}×${b.height} do not cover the compared area`);
  const [ba, bb] = [blur3(a), blur3(b)];
  const tiles = new Map<string, Tile>();
  let n = 0;
  let sum = 0;
  let over = 0;
  for (let y = area.y0; y < area.y1; y++) {
    for (let x = area.x0; x < area.x1; x++) {
      if (options.exclude.some((r) => inside(r, x, y))) continue;
      const d = Math.abs(ba.pixels[y * ba.width + x]! - bb.pixels[y * bb.width + x]!);
      n++;
      sum += d;
      if (d <= threshold) continue;
      over++;
      const tx = area.x0 + Math.floor((x - area.x0) / tile) * tile;
      const ty = area.y0 + Math.floor((y - area.y0) / tile) * tile;
      const key = `${tx},${ty}`;
      tiles.set(key, { x: tx, y: ty, over: (tiles.get(key)?.over ?? 0) + 1 });
    }
  }
  return { pixels: n, mean: n > 0 ? sum / n : 0, overPercent: n > 0 ? (100 * over) / n : 0, tiles: [...tiles.values()].sort((p, q) => q.over - p.over || p.y - q.y || p.x - q.x) };
}

/** How alike two renders are inside a region, up to tone: the blurred Pearson correlation. */
export function structureCorrelation(a: GreyImage, b: GreyImage, r: PixelRect): number {
  return correlation(blur3(a), blur3(b), r);
}

export function meanLevel(image: GreyImage, r: PixelRect): number {
  let sum = 0;
  let n = 0;
  for (let y = r.y0; y < r.y1; y++) {
    for (let x = r.x0; x < r.x1; x++) {
      sum += image.pixels[y * image.width + x]!;
      n++;
    }
  }
  return n > 0 ? sum / n : 0;
}

/** Averages k × k blocks: a render at k times the resolution brought to the compared grid. */
export function downsample(image: GreyImage, k: number): GreyImage {
  const width = Math.floor(image.width / k);
  const height = Math.floor(image.height / k);
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let yy = y * k; yy < (y + 1) * k; yy++) for (let xx = x * k; xx < (x + 1) * k; xx++) sum += image.pixels[yy * image.width + xx]!;
      pixels[y * width + x] = Math.round(sum / (k * k));
    }
  }
  return { width, height, pixels };
}

/** An encoded image (JPEG, PNG) or RGB pixels as grey (libvips's luminance weights). */
export async function toGrey(input: Uint8Array | { pixels: Uint8Array; width: number; height: number }): Promise<GreyImage> {
  const image = input instanceof Uint8Array ? sharp(input) : sharp(input.pixels, { raw: { width: input.width, height: input.height, channels: 3 } });
  const { data, info } = await image.greyscale().raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`greyscale gave ${info.channels} channels`);
  return { width: info.width, height: info.height, pixels: new Uint8Array(data) };
}

/** A page rectangle (points) in pixels at `scale` px/pt, grown by `grow` px (shrunk when negative). */
export function rectPixels(r: { x: number; y: number; width: number; height: number }, scale: number, grow = 0): PixelRect {
  return { x0: Math.floor(r.x * scale) - grow, y0: Math.floor(r.y * scale) - grow, x1: Math.ceil((r.x + r.width) * scale) + grow, y1: Math.ceil((r.y + r.height) * scale) + grow };
}
