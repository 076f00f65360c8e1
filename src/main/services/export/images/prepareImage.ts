// prepareImage.ts: one source image → pixels ready for a print PDF (PrintImage), at a given
// pixel size, in the output CMYK or grey.
//   1. read the source's colour (sharp's header: interpretation, depth, alpha) and JPEG markers;
//   2. a CMYK or grey JPEG that needs no resampling and is stored upright goes in untouched
//      (DCTDecode), with /Decode inverted when Adobe's marker says the samples are stored inverted;
//   3. otherwise decode upright (EXIF orientation, services/images/orientation.ts), flatten any
//      alpha on white paper, resample to the target size (Lanczos 3), and: RGB → the output
//      profile's CMYK through libvips + lcms2 (the source's embedded ICC profile, or sRGB when it
//      has none), grey → grey (DeviceGray), CMYK → CMYK numbers as they are (separations made
//      for a plant are not re-separated);
//   4. encode: a JPEG source as JPEG again (quality 92: its losses are already in it, and one
//      more high-quality generation is invisible on newsprint while the file stays a tenth the
//      size); a photographic PNG as JPEG too (quality 90, see isPhotographicPng); any other PNG
//      as Flate raw samples (lossless, so line art and text in graphics keep their edges);
//   5. measure the highest total ink on what is embedded (decoded back for JPEG).
// Rendering intent: perceptual, the one libvips's transform uses (sharp exposes no other). It is
// the right one here: newsprint's gamut is far smaller than sRGB's and its black is an L* near
// 30, and the profile's perceptual table (made by colprof with gamut mapping from sRGB) compresses
// both smoothly where relative colorimetric would clip saturated colours and block shadows.
import { promisify } from 'node:util';
import { constants, deflate } from 'node:zlib';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { isReoriented, UPRIGHT, uprightSize } from '../../images';
import type { PrintImage } from '../printTypes';
import { maxInkPercent } from './inkCoverage';
import { cmykJpegDecode, isPdfCompatibleJpeg, readJpegInfo } from './jpegInfo';

const deflateAsync = promisify(deflate);

/** Quality of re-encoded JPEG sources. */
export const JPEG_QUALITY = 92;
/** Quality of photographic PNG sources encoded as JPEG (their first lossy generation). */
export const PHOTO_JPEG_QUALITY = 90;
/** Smallest PNG (in pixels) treated as a photograph: icons and swatches stay lossless whatever they hold. */
const PHOTO_MIN_PIXELS = 256 * 256;
/** Smallest PNG file size, as a fraction of its raw samples, that says "photograph" (see isPhotographicPng). */
const PHOTO_MIN_RATIO = 0.25;
const WHITE = { r: 255, g: 255, b: 255 };

export type SourceColor = PrintImage['report']['sourceColor'];

export interface SourceFacts {
  readonly color: SourceColor;
  /** The upright size (after the EXIF orientation, as every decode here turns it). */
  readonly width: number;
  readonly height: number;
  /** Stored turned or flipped (EXIF orientation 2–8): its bytes cannot go into the PDF as they are. */
  readonly reoriented: boolean;
  readonly jpeg: boolean;
  readonly sixteenBit: boolean;
  readonly hasAlpha: boolean;
  readonly hasProfile: boolean;
}

/** A source sharp cannot read, or whose colour cannot be printed. */
export class ImageSourceError extends Error {
  override readonly name = 'ImageSourceError';
}

function colorOf(space: string | undefined): SourceColor | null {
  if (space === 'srgb' || space === 'rgb' || space === 'rgb16' || space === 'scrgb') return 'rgb';
  if (space === 'cmyk') return 'cmyk';
  if (space === 'b-w' || space === 'grey16') return 'grey';
  return null;
}

export async function readSourceFacts(bytes: Uint8Array): Promise<SourceFacts> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch (error) {
    throw new ImageSourceError(`it is not an image sharp can read (${error instanceof Error ? error.message : String(error)})`);
  }
  const color = colorOf(meta.space);
  if (color === null) throw new ImageSourceError(`its colour space "${meta.space}" is not RGB, CMYK or grey`);
  if (meta.width === undefined || meta.height === undefined) throw new ImageSourceError('it has no pixel size');
  return {
    color,
    ...uprightSize(meta),
    reoriented: isReoriented(meta),
    jpeg: meta.format === 'jpeg',
    sixteenBit: meta.depth === 'ushort',
    hasAlpha: meta.hasAlpha === true,
    hasProfile: meta.hasProfile === true,
  };
}

/**
 * Whether a PNG source holds a photograph (or anything like one: a scan, a render), which goes
 * into the PDF as JPEG, rather than line art, text or flat graphics, which stay lossless. The
 * PNG's own compression says which, at no cost: lossless compression squeezes flat colour and
 * hard edges to a few per cent of the raw samples but a photograph's grain only to 40–70 %
 * (the sample photo: 42 %, 2.1 MB for 1600 × 1093). A photograph embedded losslessly was a
 * 3.4 MB Flate stream that took longer to compress and write than the rest of the export; as
 * CMYK JPEG at quality 90 it is about a tenth of that, and the difference does not survive
 * newsprint's dot gain.
 */
export function isPhotographicPng(bytes: Uint8Array, source: SourceFacts): boolean {
  if (source.jpeg) return false;
  const pixels = source.width * source.height;
  if (pixels < PHOTO_MIN_PIXELS) return false;
  const channels = (source.color === 'cmyk' ? 4 : source.color === 'rgb' ? 3 : 1) + (source.hasAlpha ? 1 : 0);
  const raw = pixels * channels * (source.sixteenBit ? 2 : 1);
  return bytes.byteLength >= raw * PHOTO_MIN_RATIO;
}

export interface PrepareImageRequest {
  readonly assetId: string;
  readonly bytes: Uint8Array;
  readonly source: SourceFacts;
  /** Pixel size to embed: the source's own, or smaller when it is above the ceiling. */
  readonly width: number;
  readonly height: number;
  /** A file holding the output profile (sharp takes profiles by path). */
  readonly profilePath: string;
  /** Effective resolution at the placed size, in ppi, for the report. */
  readonly effectivePpi: number;
}

/** The pipeline's start: decoded, alpha flattened on white, resampled when asked. */
function decoded(request: PrepareImageRequest, input: Uint8Array | { data: Buffer; width: number; height: number; channels: 3 }): Sharp {
  let image = input instanceof Uint8Array ? sharp(input, UPRIGHT) : sharp(input.data, { raw: { width: input.width, height: input.height, channels: input.channels } });
  if (request.source.color === 'cmyk') image = image.pipelineColourspace('cmyk');
  if (request.source.hasAlpha) image = image.flatten({ background: WHITE });
  if (request.width !== request.source.width || request.height !== request.source.height) image = image.resize(request.width, request.height, { fit: 'fill', kernel: 'lanczos3' });
  return image;
}

/**
 * 16-bit RGB first becomes 8-bit sRGB: sharp assumes Display P3 for 16-bit RGB without a profile,
 * which would shift every colour. With an embedded profile, that profile takes it to sRGB.
 */
async function eightBitSrgb(request: PrepareImageRequest): Promise<{ data: Buffer; width: number; height: number; channels: 3 }> {
  let image = sharp(request.bytes, UPRIGHT);
  if (request.source.hasAlpha) image = image.flatten({ background: WHITE });
  image = request.source.hasProfile ? image.withIccProfile('srgb', { attach: false }) : image.toColourspace('srgb');
  const { data, info } = await image.removeAlpha().raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new ImageSourceError(`converting its 16-bit RGB to 8-bit gave ${info.channels} channels`);
  return { data, width: info.width, height: info.height, channels: 3 };
}

/** Samples in the output colour: 4 channels (CMYK, 255 = full ink) or 1 (grey, 0 = black). */
function converted(request: PrepareImageRequest, input: Parameters<typeof decoded>[1]): { image: Sharp; channels: 1 | 4 } {
  const image = decoded(request, input);
  if (request.source.color === 'grey') return { image: image.toColourspace('b-w'), channels: 1 };
  if (request.source.color === 'cmyk') return { image: image.toColourspace('cmyk'), channels: 4 };
  return { image: image.withIccProfile(request.profilePath, { attach: false }), channels: 4 };
}

/** A JPEG decoded to the samples a PDF reader gets from it (Adobe inversion undone by libjpeg). */
function decodedJpeg(data: Uint8Array, channels: 1 | 4): Sharp {
  return channels === 4 ? sharp(data).pipelineColourspace('cmyk').toColourspace('cmyk') : sharp(data).toColourspace('b-w');
}

async function rawSamples(image: Sharp, channels: number, what: string): Promise<Buffer> {
  const { data, info } = await image.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  // libvips only warns when a profile is unusable and hands back the unconverted pixels.
  if (info.channels !== channels) throw new ImageSourceError(`${what} gave ${info.channels} channels where ${channels} were expected (the output profile was not applied)`);
  return data;
}

export async function prepareImage(request: PrepareImageRequest): Promise<PrintImage> {
  const { source } = request;
  const resampled = request.width !== source.width || request.height !== source.height;
  const report = {
    sourceColor: source.color,
    sourcePixelWidth: source.width,
    sourcePixelHeight: source.height,
    convertedToCmyk: source.color === 'rgb',
    downsampled: resampled,
    effectivePpi: request.effectivePpi,
  };
  const colorSpace = source.color === 'grey' ? 'DeviceGray' : 'DeviceCMYK';
  const jpeg = source.jpeg ? readJpegInfo(request.bytes) : null;

  if (jpeg && !resampled && !source.reoriented && source.color !== 'rgb' && !source.hasAlpha && isPdfCompatibleJpeg(jpeg) && jpeg.components === (source.color === 'grey' ? 1 : 4)) {
    const channels = jpeg.components === 1 ? 1 : 4;
    const samples = await rawSamples(decodedJpeg(request.bytes, channels), channels, 'decoding the JPEG');
    const decode = cmykJpegDecode(jpeg);
    return {
      assetId: request.assetId, width: source.width, height: source.height, colorSpace, bitsPerComponent: 8, filter: 'DCTDecode', data: request.bytes,
      ...(decode ? { decode } : {}),
      report: { ...report, passedThrough: true, maxInk: maxInkPercent(samples, channels) },
    };
  }

  const input = source.color === 'rgb' && source.sixteenBit ? await eightBitSrgb(request) : request.bytes;
  const { image, channels } = converted(request, input);
  const what = source.color === 'rgb' ? 'converting RGB through the output profile' : 'resampling';
  if (source.jpeg || isPhotographicPng(request.bytes, source)) {
    const quality = source.jpeg ? JPEG_QUALITY : PHOTO_JPEG_QUALITY;
    const data = new Uint8Array(await image.jpeg({ quality, chromaSubsampling: '4:4:4' }).toBuffer());
    const info = readJpegInfo(data);
    if (!info || info.components !== channels) throw new ImageSourceError(`${what} and encoding as JPEG gave ${info?.components ?? 'no'} components where ${channels} were expected`);
    const samples = await rawSamples(decodedJpeg(data, channels), channels, 'decoding the re-encoded JPEG');
    const decode = cmykJpegDecode(info);
    return {
      assetId: request.assetId, width: request.width, height: request.height, colorSpace, bitsPerComponent: 8, filter: 'DCTDecode', data,
      ...(decode ? { decode } : {}),
      report: { ...report, passedThrough: false, maxInk: maxInkPercent(samples, channels) },
    };
  }
  const samples = await rawSamples(image, channels, what);
  return {
    assetId: request.assetId, width: request.width, height: request.height, colorSpace, bitsPerComponent: 8, filter: 'FlateDecode',
    // Fastest level: on the sample photo (1538 × 1050 CMYK) 3.44 MB in about 150 ms against
    // 3.23 MB in about 400 ms at the default level; it runs on libuv's pool, off the main thread.
    data: new Uint8Array(await deflateAsync(samples, { level: constants.Z_BEST_SPEED })),
    report: { ...report, passedThrough: false, maxInk: maxInkPercent(samples, channels) },
  };
}
