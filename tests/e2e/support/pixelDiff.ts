// pixelDiff.ts: two greyscale renders of the same page on the same pixel grid, compared pixel by
// pixel after a 3 × 3 box blur (which absorbs the anti-aliasing differences between Chromium's
// path rasteriser and poppler's FreeType glyphs): the mean difference, the share of pixels that
// differ by more than a threshold, and the worst tile, so that one moved line or one other glyph
// on a whole page still shows, and says where.
import { blur3, correlation, type GreyImage } from '../../unit/main/export/support/pixels';

export interface PixelRect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface DiffOptions {
  /** The pixels compared (the TrimBox). */
  readonly area: PixelRect;
  /** Regions compared on their own terms (the photo), left out here. */
  readonly exclude: readonly PixelRect[];
  /** A pixel "differs" when its blurred values are further apart than this (0–255). */
  readonly threshold: number;
  /** Side of the square tiles, in pixels. */
  readonly tile: number;
}

export interface TileDiff {
  /** Top-left corner of the tile, pixels. */
  readonly x: number;
  readonly y: number;
  /** Pixels over the threshold in the tile. */
  readonly over: number;
  readonly mean: number;
}

export interface DiffReport {
  readonly pixels: number;
  /** Mean absolute difference, 0–255. */
  readonly mean: number;
  /** Share of compared pixels over the threshold, percent. */
  readonly overPercent: number;
  /** The tile with the most pixels over the threshold. */
  readonly worst: TileDiff;
  /** Every tile with a pixel over the threshold, worst first. */
  readonly tiles: readonly TileDiff[];
}

const inside = (r: PixelRect, x: number, y: number): boolean => x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1;

export function compareRenders(a: GreyImage, b: GreyImage, options: DiffOptions): DiffReport {
  if (a.width < options.area.x1 || b.width < options.area.x1 || a.height < options.area.y1 || b.height < options.area.y1) {
    throw new Error(`renders ${a.width}×${a.height} and ${b.width}×${b.height} do not cover the compared area`);
  }
  const [ba, bb] = [blur3(a), blur3(b)];
  const { area, threshold, tile } = options;
  const tilesX = Math.ceil((area.x1 - area.x0) / tile);
  const tileOver = new Float64Array(tilesX * Math.ceil((area.y1 - area.y0) / tile));
  const tileSum = new Float64Array(tileOver.length);
  const tileCount = new Float64Array(tileOver.length);
  let n = 0;
  let sum = 0;
  let over = 0;
  for (let y = area.y0; y < area.y1; y++) {
    for (let x = area.x0; x < area.x1; x++) {
      if (options.exclude.some((r) => inside(r, x, y))) continue;
      const d = Math.abs(ba.pixels[y * ba.width + x]! - bb.pixels[y * bb.width + x]!);
      const t = Math.floor((y - area.y0) / tile) * tilesX + Math.floor((x - area.x0) / tile);
      n++;
      sum += d;
      tileSum[t]! += d;
      tileCount[t]! += 1;
      if (d > threshold) {
        over++;
        tileOver[t]! += 1;
      }
    }
  }
  const tileAt = (t: number): TileDiff => ({ x: area.x0 + (t % tilesX) * tile, y: area.y0 + Math.floor(t / tilesX) * tile, over: tileOver[t]!, mean: tileCount[t]! > 0 ? tileSum[t]! / tileCount[t]! : 0 });
  const ranked = [...tileOver.keys()].sort((a, b) => tileOver[b]! - tileOver[a]! || a - b);
  const tiles = ranked.filter((t) => tileOver[t]! > 0).map(tileAt);
  return { pixels: n, mean: n > 0 ? sum / n : 0, overPercent: n > 0 ? (100 * over) / n : 0, worst: tileAt(ranked[0] ?? 0), tiles };
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

/** How alike two renders are inside a region, up to tone: the blurred Pearson correlation. */
export function structureCorrelation(a: GreyImage, b: GreyImage, r: PixelRect): number {
  return correlation(blur3(a), blur3(b), r);
}

/** Mean grey level inside a region (0 black – 255 white). */
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
