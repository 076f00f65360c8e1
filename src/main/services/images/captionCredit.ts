// captionCredit.ts: one caption and one credit from whatever metadata a file carries, in the
// order picture desks trust them: IPTC (what agencies and Photo Mechanic write), then XMP (IPTC
// Core, where Lightroom writes it), then EXIF (cameras and Windows Explorer).
//   caption: IPTC 2:120 → XMP dc:description → EXIF ImageDescription → XPComment → XPTitle →
//            UserComment
//   credit:  IPTC 2:80 by-lines (space-separated, as a Chinese byline lists names) → IPTC 2:110
//            → XMP dc:creator → photoshop:Credit → EXIF Artist → XPAuthor
// Cameras fill ImageDescription with their own name ("OLYMPUS DIGITAL CAMERA"); such boilerplate
// is not a caption and is skipped.
import type { ExifText } from './exif';
import type { IptcText } from './iptc';
import type { XmpText } from './xmp';

export interface CaptionCredit {
  readonly caption: string;
  readonly credit: string;
}

const CAMERA_BOILERPLATE = /^(?:[A-Z0-9 -]*DIGITAL CAMERA|SONY DSC|DCIM|default|untitled|image|picture|photo)$/iu;

export function captionAndCredit(found: { iptc: IptcText | null; xmp: XmpText | null; exif: ExifText | null }): CaptionCredit {
  const { iptc, xmp, exif } = found;
  const caption = first([iptc?.caption, xmp?.description, meaningful(exif?.description), exif?.xpComment, exif?.xpTitle, meaningful(exif?.userComment)]);
  const credit = first([iptc?.bylines.join(' '), iptc?.credit, xmp?.creators.join(' '), xmp?.credit, exif?.artist, exif?.xpAuthor]);
  return { caption, credit };
}

function meaningful(text: string | undefined): string | undefined {
  return text !== undefined && CAMERA_BOILERPLATE.test(text.trim()) ? undefined : text;
}

function first(candidates: ReadonlyArray<string | undefined>): string {
  for (const candidate of candidates) {
    const text = candidate?.trim();
    if (text) return text;
  }
  return '';
}
