// metricsTables.ts: the numbers a layout and a preflight need from 'head', 'hhea', 'maxp' and
// 'OS/2': units per em, vertical extents, weight, slant, glyph count and the embedding licence.
// Offsets are from the OpenType spec (https://learn.microsoft.com/typography/opentype/spec/).
import { type BinaryReader, FontFormatError } from './binary';

/** OS/2 fsType usage permission, least restrictive bit winning as the spec says. */
export type EmbeddingLicence = 'installable' | 'editable' | 'preview-print' | 'restricted';

export interface EmbeddingPermission {
  /** The raw OS/2 fsType (0 when the face has no OS/2 table). */
  readonly fsType: number;
  readonly licence: EmbeddingLicence;
  /** Bit 8: the font must be embedded whole, not subset. */
  readonly noSubsetting: boolean;
  /** Bit 9: only bitmaps may be embedded, which for print means not at all. */
  readonly bitmapOnly: boolean;
  /** Whether the outlines may go into a PDF (preflight refuses the others). */
  readonly embeddable: boolean;
}

export interface FaceMetrics {
  readonly unitsPerEm: number;
  /** Horizontal extents in font units, chosen as HarfBuzz does (see hExtents below). */
  readonly ascender: number;
  readonly descender: number;
  readonly lineGap: number;
  /** OS/2 sCapHeight and sxHeight when the table is version 2 or later, else null. */
  readonly capHeight: number | null;
  readonly xHeight: number | null;
  /** OS/2 usWeightClass (100–900), or 700/400 from head.macStyle without OS/2. */
  readonly weight: number;
  readonly italic: boolean;
  readonly numGlyphs: number;
  readonly embedding: EmbeddingPermission;
}

function embedding(fsType: number): EmbeddingPermission {
  const usage = fsType & 0x000f;
  const licence: EmbeddingLicence = usage & 0x8 ? 'editable' : usage & 0x4 ? 'preview-print' : usage & 0x2 ? 'restricted' : 'installable';
  const bitmapOnly = (fsType & 0x0200) !== 0;
  return { fsType, licence, noSubsetting: (fsType & 0x0100) !== 0, bitmapOnly, embeddable: licence !== 'restricted' && !bitmapOnly };
}

interface Extents {
  readonly ascender: number;
  readonly descender: number;
  readonly lineGap: number;
}

/**
 * HarfBuzz's rule (hb-ot-metrics.cc): OS/2 typo metrics when fsSelection sets USE_TYPO_METRICS,
 * else hhea; a face with neither gets 0.8/−0.2 em. Following it keeps our numbers equal to what
 * the shaper and the browser's FontFace report for the same bytes.
 */
function hExtents(upem: number, hhea: Extents, typo: Extents | null, useTypo: boolean): Extents {
  if (typo && useTypo && (typo.ascender !== 0 || typo.descender !== 0)) return typo;
  if (hhea.ascender !== 0 || hhea.descender !== 0) return hhea;
  if (typo && (typo.ascender !== 0 || typo.descender !== 0)) return typo;
  return { ascender: Math.round(upem * 0.8), descender: -Math.round(upem * 0.2), lineGap: 0 };
}

export function readMetrics(head: BinaryReader, hhea: BinaryReader, maxp: BinaryReader, os2: BinaryReader | null): FaceMetrics {
  if (head.u32(12) !== 0x5f0f3cf5) throw new FontFormatError("the 'head' table has a wrong magic number");
  const unitsPerEm = head.u16(18);
  if (unitsPerEm < 16 || unitsPerEm > 16384) throw new FontFormatError(`unitsPerEm is ${unitsPerEm}; the spec allows 16–16384`);
  const macStyle = head.u16(44);
  const hh: Extents = { ascender: hhea.i16(4), descender: hhea.i16(6), lineGap: hhea.i16(8) };
  const numGlyphs = maxp.u16(4);

  if (!os2) {
    return {
      unitsPerEm,
      ...hExtents(unitsPerEm, hh, null, false),
      capHeight: null,
      xHeight: null,
      weight: macStyle & 1 ? 700 : 400,
      italic: (macStyle & 2) !== 0,
      numGlyphs,
      embedding: embedding(0),
    };
  }
  const version = os2.u16(0);
  const fsSelection = os2.u16(62);
  const typo: Extents = { ascender: os2.i16(68), descender: os2.i16(70), lineGap: os2.i16(72) };
  const v2 = version >= 2 && os2.has(86, 4);
  return {
    unitsPerEm,
    ...hExtents(unitsPerEm, hh, typo, (fsSelection & 0x80) !== 0),
    capHeight: v2 ? os2.i16(88) : null,
    xHeight: v2 ? os2.i16(86) : null,
    weight: os2.u16(4) || (macStyle & 1 ? 700 : 400),
    // ITALIC (bit 0) or OBLIQUE (bit 9), or the head flag some fonts set alone.
    italic: (fsSelection & 0x0201) !== 0 || (macStyle & 2) !== 0,
    numGlyphs,
    embedding: embedding(os2.u16(8)),
  };
}
