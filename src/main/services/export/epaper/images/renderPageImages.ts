// renderPageImages.ts: a composed page → its e-paper images: the reading image (150 dpi of the
// trim, JPEG) and a thumbnail (240 px wide, JPEG). The page is painted as print paints it, from
// the same PageLayout, frames and photo placement as the PDF, straight into RGB pixels: paper,
// boxes, rules and photos (pagePaint.ts), then the text on top, every glyph's outline filled at
// the layout's pen position (glyphRaster.ts). A point of the layout lands where pdftoppm at the
// same dpi puts it: the scale is exactly dpi / 72 and the trim's top-left corner is pixel (0, 0).
// The same page as an SVG (pageImageSvg, librsvg) is the reference the specs check it against.
// Same input, same bytes: nothing here reads the clock, the painting is plain arithmetic, and
// libjpeg's output depends on the pixels and the settings alone (baseline, optimised Huffman
// tables, no metadata).
import sharp from 'sharp';
import type { LayoutEnv } from '../../../../../shared/layout/env';
import { pageFrames } from '../../../../../shared/layout/flow';
import type { GlyphRun, PageLayout } from '../../../../../shared/layout/output';
import type { Edition, Frame, Page } from '../../../../../shared/model';
import type { PrintImageError } from '../../images';
import { type OutlineSource, outlineSource, outlinesFor } from './glyphOutlines';
import { paintRuns } from './glyphRaster';
import { paintFrames, type RasterPicture, type RgbImage } from './pagePaint';
import { pagePictures } from './pagePictures';
import { pageSvg, type SvgPicture } from './pageSvg';
import { TEXT_RGB } from './webColor';

/** Resolution of the reading image: about 2,200 × 3,080 px for a broadsheet page. */
export const PAGE_IMAGE_DPI = 150;
export const THUMB_WIDTH = 240;
/** JPEG quality of both images: black text on white stays clean at 80. */
export const PAGE_JPEG_QUALITY = 80;

export interface EncodedImage {
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface RenderPageImagesInput {
  readonly page: PageLayout;
  readonly edition: Edition;
  /** The edition folder; asset paths are relative to it. */
  readonly editionDir: string;
  /** The env the page was composed with (its faces and shaper draw the glyphs). */
  readonly env: LayoutEnv;
  /** The page's file stem (bundle.ts pageFileStem), for messages. */
  readonly stem: string;
  /** Resolution of the reading image; PAGE_IMAGE_DPI when absent. */
  readonly dpi?: number;
  /**
   * Called for a photo whose file is missing or unreadable; its frame then stays empty, as in a
   * print export with the preflight overridden. Without it, such a photo throws its PrintImageError.
   */
  readonly onProblem?: (problem: PrintImageError) => void;
}

export interface PageImages {
  readonly image: EncodedImage;
  readonly thumb: EncodedImage;
}

/** The reading image's pixel size and its pixels per point, for a trim size. */
export function pageImageSize(trim: { readonly width: number; readonly height: number }, dpi: number = PAGE_IMAGE_DPI): { width: number; height: number; scale: number } {
  const scale = dpi / 72;
  return { width: Math.max(1, Math.round(trim.width * scale)), height: Math.max(1, Math.round(trim.height * scale)), scale };
}

/** Everything a page image is painted from. */
interface PageSources {
  readonly page: Page;
  readonly frames: readonly Frame[];
  readonly size: { readonly width: number; readonly height: number; readonly scale: number };
  readonly outlines: OutlineSource;
  readonly pictures: ReadonlyMap<string, RasterPicture>;
}

async function sources(input: RenderPageImagesInput): Promise<PageSources> {
  const { edition, page: layout } = input;
  const page = edition.pages.find((p) => p.id === layout.pageId);
  if (!page) throw new Error(`page image ${input.stem}: the layout has page ${layout.pageId}, which the edition does not`);
  const { trim } = edition.format;
  const size = pageImageSize(trim, input.dpi);
  const frames = pageFrames(edition, page);
  const [outlines, pictures] = await Promise.all([
    outlinesFor(input.env),
    pagePictures({
      edition,
      editionDir: input.editionDir,
      pageLabel: page.label,
      frames,
      width: trim.width,
      height: trim.height,
      scale: size.scale,
      ...(input.onProblem ? { onProblem: input.onProblem } : {}),
    }),
  ]);
  return { page, frames, size, outlines: outlineSource(input.env, outlines), pictures };
}

function* runsOf(layout: PageLayout): Generator<GlyphRun> {
  for (const frame of layout.frames) for (const column of frame.columns) for (const line of column.lines) yield* line.runs;
}

/** The reading image's RGB pixels: paper, frames and photos, then the text laid on top. */
export async function renderPagePixels(input: RenderPageImagesInput): Promise<RgbImage> {
  const from = await sources(input);
  const image = paintFrames({ ...from.size, frames: from.frames, pictures: from.pictures });
  paintRuns({ image, color: TEXT_RGB, runs: runsOf(input.page), fonts: input.env.fonts, outlineOf: (f, g) => from.outlines.parsed(f, g), scale: from.size.scale });
  return image;
}

/** The same page as an SVG document of the reading image's pixel size (the reference; pageSvg.ts). */
export async function pageImageSvg(input: RenderPageImagesInput): Promise<{ svg: string; width: number; height: number }> {
  const from = await sources(input);
  const pictures = new Map<string, SvgPicture>();
  for (const [id, p] of from.pictures) {
    const png = await sharp(p.pixels, { raw: { width: p.width, height: p.height, channels: 3 } }).png({ compressionLevel: 1 }).toBuffer();
    pictures.set(id, { href: `data:image/png;base64,${png.toString('base64')}`, rect: p.rect, clip: p.clip });
  }
  const { trim } = input.edition.format;
  const { width, height, scale } = from.size;
  const svg = pageSvg({ page: input.page, frames: from.frames, width: trim.width, height: trim.height, scale, pixelWidth: width, pixelHeight: height, fonts: input.env.fonts, outlines: from.outlines, pictures });
  return { svg, width, height };
}

/** An SVG made by pageSvg → RGB pixels at its own pixel size, by librsvg. */
export async function rasterisePageSvg(svg: string, width: number, height: number): Promise<Uint8Array> {
  // The SVG paints white paper over its whole area first, so its alpha is opaque everywhere.
  const { data, info } = await sharp(Buffer.from(svg), { density: 72 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  if (info.width !== width || info.height !== height || info.channels !== 3) {
    throw new Error(`the page SVG rasterised to ${info.width} × ${info.height} × ${info.channels}, not ${width} × ${height} × 3`);
  }
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Pages rendered at once in this process. Two keep both cores busy (one page is painted on the
 * main thread while the other's JPEGs are encoded on libuv's threads); more would only hold more
 * 20 MB pixel buffers. Callers may start every page at once: the rest wait their turn.
 */
export const PAGE_RENDER_SLOTS = 2;
let busy = 0;
const queue: Array<() => void> = [];

async function inSlot<T>(work: () => Promise<T>): Promise<T> {
  if (busy < PAGE_RENDER_SLOTS) busy++;
  else await new Promise<void>((resolve) => queue.push(resolve)); // the finishing render hands over its slot
  try {
    return await work();
  } finally {
    const next = queue.shift();
    if (next) next();
    else busy--;
  }
}

const asBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

async function encodePage(input: RenderPageImagesInput): Promise<PageImages> {
  const { pixels, width, height } = await renderPagePixels(input);
  const raw = { raw: { width, height, channels: 3 as const } };
  const thumbHeight = Math.max(1, Math.round((THUMB_WIDTH * height) / width));
  const [image, thumb] = await Promise.all([
    sharp(pixels, raw).jpeg({ quality: PAGE_JPEG_QUALITY }).toBuffer(),
    sharp(pixels, raw).resize(THUMB_WIDTH, thumbHeight, { fit: 'fill', kernel: 'lanczos3' }).jpeg({ quality: PAGE_JPEG_QUALITY }).toBuffer(),
  ]);
  return { image: { bytes: asBytes(image), width, height }, thumb: { bytes: asBytes(thumb), width: THUMB_WIDTH, height: thumbHeight } };
}

export function renderPageImages(input: RenderPageImagesInput): Promise<PageImages> {
  return inSlot(() => encodePage(input));
}
