// pagePaint.ts: the page image's paper, boxes, rules and photos, painted straight into its RGB
// pixels in print's order (pdf/pageContent.ts): the frames drawn on the page, master furniture
// first, each box (fill, then stroke), rule and photo in frame order; the text goes on top after
// (glyphRaster.ts). Every one of these is an axis-aligned rectangle (a rule is its stroked centre
// line with butt caps: shared/layout/ruleGeometry.ts), so each pixel takes the exact share of its
// area the rectangle covers, the anti-aliasing librsvg gives the same SVG (pageSvg.ts; the specs
// hold the two against each other). Painting them here instead of through librsvg saves ~90 ms
// of a ~330 ms page, most of it librsvg decoding and drawing the photo.
import type { PlacementRect } from '../../../../../shared/layout/imagePlacement';
import { ruleSegment } from '../../../../../shared/layout/ruleGeometry';
import type { Frame } from '../../../../../shared/model';
import { cmykToRgb } from './webColor';

/** A photo ready to paint: its RGB pixels, drawn over `rect` and clipped to `clip` (page points). */
export interface RasterPicture {
  readonly pixels: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly rect: PlacementRect;
  readonly clip: PlacementRect;
}

/** RGB pixels, 3 bytes each, rows top to bottom. */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

type Rgb = readonly [number, number, number];

/** A rectangle in pixels, edges fractional. */
interface Span {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const toPixels = (r: PlacementRect, scale: number): Span => ({ x0: r.x * scale, y0: r.y * scale, x1: (r.x + r.width) * scale, y1: (r.y + r.height) * scale });

/** How much of pixel cell [p, p + 1) the interval [a, b) covers. */
const overlap = (p: number, a: number, b: number): number => Math.max(0, Math.min(p + 1, b) - Math.max(p, a));

const blend = (paper: number, ink: number, a: number): number => Math.round(paper + (ink - paper) * a);

/** Paints `color` over the pixels covered by `outer` and not by `inner` (a stroke's ring), by area. */
function paintArea(image: RgbImage, color: Rgb, outer: Span, inner: Span | null = null): void {
  const { width, height, pixels } = image;
  const xs = Math.max(0, Math.floor(outer.x0));
  const xe = Math.min(width, Math.ceil(outer.x1));
  const ys = Math.max(0, Math.floor(outer.y0));
  const ye = Math.min(height, Math.ceil(outer.y1));
  for (let y = ys; y < ye; y++) {
    const cy = overlap(y, outer.y0, outer.y1);
    const iy = inner ? overlap(y, inner.y0, inner.y1) : 0;
    for (let x = xs; x < xe; x++) {
      const a = cy * overlap(x, outer.x0, outer.x1) - (inner ? iy * overlap(x, inner.x0, inner.x1) : 0);
      if (a <= 0) continue;
      const i = (y * width + x) * 3;
      pixels[i] = blend(pixels[i] ?? 0, color[0], a);
      pixels[i + 1] = blend(pixels[i + 1] ?? 0, color[1], a);
      pixels[i + 2] = blend(pixels[i + 2] ?? 0, color[2], a);
    }
  }
}

/**
 * A photo's pixels, each on the page pixel its rectangle's top-left corner rounds to (the cut was
 * resampled to the page image's resolution, so the picture is at most half a pixel off its exact
 * place), clipped to the frame by area.
 */
function paintPicture(image: RgbImage, picture: RasterPicture, scale: number): void {
  const { width, pixels } = image;
  const clip = toPixels(picture.clip, scale);
  const ox = Math.round(picture.rect.x * scale);
  const oy = Math.round(picture.rect.y * scale);
  const xs = Math.max(0, Math.floor(clip.x0), ox);
  const xe = Math.min(width, Math.ceil(clip.x1), ox + picture.width);
  const ys = Math.max(0, Math.floor(clip.y0), oy);
  const ye = Math.min(image.height, Math.ceil(clip.y1), oy + picture.height);
  for (let y = ys; y < ye; y++) {
    const cy = overlap(y, clip.y0, clip.y1);
    for (let x = xs; x < xe; x++) {
      const a = cy * overlap(x, clip.x0, clip.x1);
      if (a <= 0) continue;
      const i = (y * width + x) * 3;
      const j = ((y - oy) * picture.width + (x - ox)) * 3;
      pixels[i] = blend(pixels[i] ?? 0, picture.pixels[j] ?? 0, a);
      pixels[i + 1] = blend(pixels[i + 1] ?? 0, picture.pixels[j + 1] ?? 0, a);
      pixels[i + 2] = blend(pixels[i + 2] ?? 0, picture.pixels[j + 2] ?? 0, a);
    }
  }
}

function grow(r: PlacementRect, by: number): PlacementRect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

/** White paper with `frames` painted on it in order; `pictures` by image frame id. */
export function paintFrames(input: { width: number; height: number; scale: number; frames: readonly Frame[]; pictures: ReadonlyMap<string, RasterPicture> }): RgbImage {
  const image: RgbImage = { width: input.width, height: input.height, pixels: new Uint8Array(input.width * input.height * 3).fill(255) };
  const { scale } = input;
  for (const frame of input.frames) {
    if (frame.kind === 'image') {
      const picture = input.pictures.get(frame.id);
      if (picture) paintPicture(image, picture, scale);
    } else if (frame.kind === 'rule') {
      if (frame.stroke.width <= 0) continue;
      const s = ruleSegment(frame);
      const half = frame.stroke.width / 2;
      // Butt caps: the stroke is the segment widened across its direction only.
      const rect = s.y1 === s.y2 ? { x: s.x1, y: s.y1 - half, width: s.x2 - s.x1, height: 2 * half } : { x: s.x1 - half, y: s.y1, width: 2 * half, height: s.y2 - s.y1 };
      paintArea(image, cmykToRgb(frame.stroke.color), toPixels(rect, scale));
    } else if (frame.kind === 'box') {
      if (frame.fill) paintArea(image, cmykToRgb(frame.fill), toPixels(frame, scale));
      if (frame.stroke && frame.stroke.width > 0) {
        // Centred on the frame's edge, as PDF and SVG stroke a rectangle (miter joins: square corners).
        const half = frame.stroke.width / 2;
        const inner = frame.width > frame.stroke.width && frame.height > frame.stroke.width ? toPixels(grow(frame, -half), scale) : null;
        paintArea(image, cmykToRgb(frame.stroke.color), toPixels(grow(frame, half), scale), inner);
      }
    }
  }
  return image;
}
