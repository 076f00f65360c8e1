// pixels.ts: greyscale renders (PGM files from pdftoppm and Ghostscript, pdf.js canvases) and the
// few measures the specs take on them.
import { readFile } from 'node:fs/promises';
import type { Rect } from './layoutBoxes';

export interface GreyImage {
  readonly width: number;
  readonly height: number;
  /** One byte per pixel, rows top to bottom; 0 = black. */
  readonly pixels: Uint8Array;
}

/** Reads a binary PGM (P5, maxval 255), as `pdftoppm -gray` writes it. */
export async function readPgm(file: string): Promise<GreyImage> {
  const bytes = await readFile(file);
  // Ghostscript writes a comment line after the magic number; pdftoppm does not.
  const header = /^P5\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+255\s/u.exec(bytes.subarray(0, 200).toString('latin1'));
  if (!header) throw new Error(`${file}: not a binary 8-bit PGM`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = new Uint8Array(bytes.subarray(header[0].length, header[0].length + width * height));
  if (pixels.length !== width * height) throw new Error(`${file}: ${pixels.length} pixels, expected ${width} × ${height}`);
  return { width, height, pixels };
}

/** Pixels darker than `below` inside a rectangle given in pixels (clamped to the image). */
export function darkPixels(image: GreyImage, x0: number, y0: number, x1: number, y1: number, below = 128): number {
  let n = 0;
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(image.height, Math.ceil(y1)); y++) {
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(image.width, Math.ceil(x1)); x++) if ((image.pixels[y * image.width + x] ?? 255) < below) n++;
  }
  return n;
}

/** A 3 × 3 box blur: absorbs the sub-pixel differences between two rasterisers' anti-aliasing. */
export function blur3(image: GreyImage): GreyImage {
  const { width, height, pixels } = image;
  const out = new Uint8Array(pixels.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let n = 0;
      for (let yy = Math.max(0, y - 1); yy <= Math.min(height - 1, y + 1); yy++) {
        for (let xx = Math.max(0, x - 1); xx <= Math.min(width - 1, x + 1); xx++) {
          sum += pixels[yy * width + xx]!;
          n++;
        }
      }
      out[y * width + x] = Math.round(sum / n);
    }
  }
  return { width, height, pixels: out };
}

/**
 * Pearson correlation of two renders on the same grid inside a pixel rectangle, leaving out the
 * `exclude` rectangles (1 = the same picture up to tone).
 */
export function correlation(a: GreyImage, b: GreyImage, r: Rect, exclude: readonly Rect[] = []): number {
  const [x0, y0] = [Math.max(0, Math.floor(r.x0)), Math.max(0, Math.floor(r.y0))];
  const [x1, y1] = [Math.min(a.width, b.width, Math.ceil(r.x1)), Math.min(a.height, b.height, Math.ceil(r.y1))];
  let n = 0;
  let sa = 0;
  let sb = 0;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (exclude.some((e) => x >= e.x0 && x < e.x1 && y >= e.y0 && y < e.y1)) continue;
      const va = a.pixels[y * a.width + x]!;
      const vb = b.pixels[y * b.width + x]!;
      n++;
      sa += va;
      sb += vb;
      saa += va * va;
      sbb += vb * vb;
      sab += va * vb;
    }
  }
  const cov = sab - (sa * sb) / n;
  const den = Math.sqrt((saa - (sa * sa) / n) * (sbb - (sb * sb) / n));
  return den === 0 ? 0 : cov / den;
}
