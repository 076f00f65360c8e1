// printTypes.ts: what the export pipeline hands the PDF painter besides the layout: the output
// profile and the images already prepared for print. Kept free of pdf-lib so the colour and
// image services, preflight and the painter can share them.
import type { PdfxVersion } from '../../../shared/model';

/** A CMYK output profile and the printing condition it characterises (the PDF/X OutputIntent). */
export interface OutputProfile {
  readonly bytes: Uint8Array;
  /** e.g. "IFRA26" (registered) or "Custom". */
  readonly outputConditionIdentifier: string;
  /** Human-readable condition, e.g. "Newsprint, ISO 12647-3:2013, 26 % TVI". */
  readonly outputCondition: string;
  /** "http://www.color.org" for a registered condition, "" otherwise. */
  readonly registryName: string;
  /** The profile's own description (its 'desc' tag), for the log and the README. */
  readonly description: string;
  /** Where it came from: "built-in" or the path inside the edition. */
  readonly source: string;
}

/** An image ready to embed: pixels already in the output CMYK (or grey), at export resolution. */
export interface PrintImage {
  readonly assetId: string;
  /** Pixel size of `data` (after any downsampling). */
  readonly width: number;
  readonly height: number;
  readonly colorSpace: 'DeviceCMYK' | 'DeviceGray';
  readonly bitsPerComponent: 8;
  /** DCTDecode: `data` is a JPEG file; FlateDecode: zlib-compressed raw samples. */
  readonly filter: 'DCTDecode' | 'FlateDecode';
  readonly data: Uint8Array;
  /** PDF /Decode array, e.g. [1 0 1 0 1 0 1 0] for an Adobe (inverted) CMYK JPEG. */
  readonly decode?: readonly number[];
  /** What the source was and what was done to it, for preflight and the export log. */
  readonly report: {
    readonly sourceColor: 'rgb' | 'cmyk' | 'grey';
    readonly sourcePixelWidth: number;
    readonly sourcePixelHeight: number;
    /** True when the source JPEG bytes went into the PDF untouched. */
    readonly passedThrough: boolean;
    readonly convertedToCmyk: boolean;
    readonly downsampled: boolean;
    /** Effective resolution on the page after preparation, in ppi (the lower of x and y). */
    readonly effectivePpi: number;
    /** Highest total ink (C+M+Y+K, percent) of any pixel as embedded; 0–100 for grey. */
    readonly maxInk: number;
  };
}

/** Key of a placed image in the painter's image map: one entry per image frame. */
export function imageKey(pageId: string, frameId: string): string {
  return `${pageId}/${frameId}`;
}

/** How the PDF is written: the PDF/X flavour, marks, and the slug's facts. */
export interface PdfOutputOptions {
  readonly pdfx: PdfxVersion;
  readonly profile: OutputProfile;
  /** Crop marks and a slug outside the bleed (the MediaBox grows to hold them). */
  readonly marks: boolean;
  /** The slug line: paper, date, page label, edition (issue), and when this output was made. */
  readonly slug: { readonly paper: string; readonly date: string; readonly issue: string; readonly outputAt: Date };
}
