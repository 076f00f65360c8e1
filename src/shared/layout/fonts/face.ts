// face.ts: one face of a font file, described from its bytes. FaceInfo is plain data (it
// crosses the host API and goes into listings); Face adds the bytes and a coverage lookup for
// the itemizer and the shaper. The file's SHA-256 comes from the caller: main hashes with
// node:crypto, the renderer receives the id with the bytes, and shared/ stays free of both.
import { FontFormatError } from './binary';
import { type GlyphLookup, readCmap } from './cmap';
import { type FontId, makeFontId } from './fontId';
import { type EmbeddingPermission, readMetrics } from './metricsTables';
import { readFaceNames } from './nameTable';
import { faceCount, readTableDirectory, requireTable, tableReader } from './sfnt';

export interface FaceInfo {
  readonly id: FontId;
  readonly faceIndex: number;
  /** Typographic family ("Noto Serif SC"), as styles name it. */
  readonly family: string;
  /** Every family name the face answers to, localized ones included. */
  readonly familyNames: readonly string[];
  /** "Regular", "Bold", "SemiBold Italic"… */
  readonly style: string;
  readonly fullName: string;
  readonly postscriptName: string;
  /** usWeightClass: 400 regular, 700 bold. */
  readonly weight: number;
  readonly italic: boolean;
  readonly unitsPerEm: number;
  /** Font units; descender is negative. */
  readonly ascender: number;
  readonly descender: number;
  readonly lineGap: number;
  readonly capHeight: number | null;
  readonly xHeight: number | null;
  readonly numGlyphs: number;
  /** glyf (TrueType) or CFF outlines; the PDF writer embeds the two differently. */
  readonly outlines: 'truetype' | 'cff';
  readonly embedding: EmbeddingPermission;
}

export interface Face extends FaceInfo {
  /** The whole file (a whole collection for a TTC face): what the id hashes and the shaper loads. */
  readonly bytes: Uint8Array;
  /** The nominal glyph for a code point, 0 when the face lacks it. */
  glyphIndex(codePoint: number): number;
  hasGlyph(codePoint: number): boolean;
}

/** Metadata of face `faceIndex` without an id (for choosing a face before hashing). */
export function readFaceMetadata(bytes: Uint8Array, faceIndex: number): Omit<FaceInfo, 'id'> {
  const dir = readTableDirectory(bytes, faceIndex);
  const metrics = readMetrics(requireTable(bytes, dir, 'head'), requireTable(bytes, dir, 'hhea'), requireTable(bytes, dir, 'maxp'), tableReader(bytes, dir, 'OS/2'));
  const names = readFaceNames(tableReader(bytes, dir, 'name'), `Unnamed face ${faceIndex}`);
  if (!dir.tables.has('cmap')) throw new FontFormatError("the required 'cmap' table is missing");
  const cff = dir.tables.has('CFF ') || dir.tables.has('CFF2');
  if (!cff && !dir.tables.has('glyf')) throw new FontFormatError('the face has no outlines (neither glyf nor CFF)');
  return { faceIndex, ...names, ...metrics, outlines: cff ? 'cff' : 'truetype' };
}

/** Describes face `faceIndex` of the file whose SHA-256 hex digest is `sha256Hex`. */
export function describeFace(bytes: Uint8Array, sha256Hex: string, faceIndex = 0): FaceInfo {
  return { id: makeFontId(sha256Hex, faceIndex), ...readFaceMetadata(bytes, faceIndex) };
}

/** Every face of a file, in index order (one for a plain TTF/OTF). */
export function describeFaces(bytes: Uint8Array, sha256Hex: string): FaceInfo[] {
  const count = faceCount(bytes);
  return Array.from({ length: count }, (_, i) => describeFace(bytes, sha256Hex, i));
}

/**
 * A face ready for itemizing and shaping. The cmap is read here, not on first use, so a damaged
 * table fails when the font is loaded (where the caller can name the file), not mid-layout.
 */
export function openFace(bytes: Uint8Array, sha256Hex: string, faceIndex = 0): Face {
  const info = describeFace(bytes, sha256Hex, faceIndex);
  const lookup: GlyphLookup = readCmap(requireTable(bytes, readTableDirectory(bytes, faceIndex), 'cmap'));
  return { ...info, bytes, glyphIndex: lookup, hasGlyph: (codePoint) => lookup(codePoint) !== 0 };
}
