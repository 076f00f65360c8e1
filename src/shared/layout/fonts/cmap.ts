// cmap.ts: code point → glyph id from the 'cmap' table, for coverage checks (hasGlyph) and the
// itemizer's fallback between the two faces of a composite font. Shaping does its own mapping
// in HarfBuzz; this answers "does the face have it?" without a shaper.
//
// Supported subtable formats: 4 (BMP segments), 12 and 13 (32-bit groups), 6 (trimmed array)
// and 0 (bytes). Format 14 (variation sequences) is not needed for coverage and is ignored.
import { type BinaryReader, FontFormatError } from './binary';

/** Maps a code point to a glyph id; 0 (.notdef) means the face does not have it. */
export type GlyphLookup = (codePoint: number) => number;

// Which encoding record to use, best first: full Unicode before BMP-only, Windows before the
// Unicode platform's older encodings, and the Windows symbol encoding last.
const PREFERENCE: ReadonlyArray<readonly [number, number]> = [
  [3, 10],
  [0, 6],
  [0, 4],
  [3, 1],
  [0, 3],
  [0, 2],
  [0, 1],
  [0, 0],
  [3, 0],
];

function format4(r: BinaryReader, at: number): GlyphLookup {
  const segCount = r.u16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segCount + 2;
  const deltas = starts + 2 * segCount;
  const rangeOffsets = deltas + 2 * segCount;
  // Read the segment arrays once: lookups then touch only the glyph id array.
  const end = new Uint16Array(segCount);
  const start = new Uint16Array(segCount);
  const delta = new Uint16Array(segCount);
  const rangeOffset = new Uint16Array(segCount);
  for (let i = 0; i < segCount; i++) {
    end[i] = r.u16(ends + 2 * i);
    start[i] = r.u16(starts + 2 * i);
    delta[i] = r.u16(deltas + 2 * i);
    rangeOffset[i] = r.u16(rangeOffsets + 2 * i);
  }
  return (cp) => {
    if (cp > 0xffff) return 0;
    let lo = 0;
    let hi = segCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((end[mid] ?? 0) < cp) lo = mid + 1;
      else hi = mid;
    }
    const s = start[lo] ?? 0xffff;
    if (cp < s || cp > (end[lo] ?? 0)) return 0;
    const ro = rangeOffset[lo] ?? 0;
    if (ro === 0) return (cp + (delta[lo] ?? 0)) & 0xffff;
    const glyphAt = rangeOffsets + 2 * lo + ro + 2 * (cp - s);
    if (!r.has(glyphAt, 2)) return 0;
    const g = r.u16(glyphAt);
    return g === 0 ? 0 : (g + (delta[lo] ?? 0)) & 0xffff;
  };
}

function groups(r: BinaryReader, at: number, constant: boolean): GlyphLookup {
  const count = r.u32(at + 12);
  if (!r.has(at + 16, count * 12)) throw new FontFormatError(`the 'cmap' format ${constant ? 13 : 12} subtable is cut short (${count} groups)`);
  const data = new Uint32Array(count * 3);
  for (let i = 0; i < count * 3; i++) data[i] = r.u32(at + 16 + 4 * i);
  return (cp) => {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const startCode = data[mid * 3] ?? 0;
      const endCode = data[mid * 3 + 1] ?? 0;
      if (cp < startCode) hi = mid - 1;
      else if (cp > endCode) lo = mid + 1;
      else return constant ? (data[mid * 3 + 2] ?? 0) : (data[mid * 3 + 2] ?? 0) + (cp - startCode);
    }
    return 0;
  };
}

function format6(r: BinaryReader, at: number): GlyphLookup {
  const first = r.u16(at + 6);
  const count = r.u16(at + 8);
  return (cp) => (cp >= first && cp < first + count ? r.u16(at + 10 + 2 * (cp - first)) : 0);
}

function subtable(r: BinaryReader, at: number): GlyphLookup | null {
  switch (r.u16(at)) {
    case 0:
      return (cp) => (cp < 256 ? r.u8(at + 6 + cp) : 0);
    case 4:
      return format4(r, at);
    case 6:
      return format6(r, at);
    case 12:
      return groups(r, at, false);
    case 13:
      return groups(r, at, true);
    default:
      return null;
  }
}

/** Builds the lookup from the best Unicode subtable of a 'cmap' table. */
export function readCmap(r: BinaryReader): GlyphLookup {
  const numTables = r.u16(2);
  const records = new Map<string, number>();
  for (let i = 0; i < numTables; i++) {
    const rec = 4 + 8 * i;
    const key = `${r.u16(rec)}/${r.u16(rec + 2)}`;
    if (!records.has(key)) records.set(key, r.u32(rec + 4));
  }
  for (const [platform, encoding] of PREFERENCE) {
    const at = records.get(`${platform}/${encoding}`);
    if (at === undefined) continue;
    const lookup = subtable(r, at);
    if (!lookup) continue;
    if (platform === 3 && encoding === 0) {
      // Symbol fonts map U+0020–U+00FF at U+F020–U+F0FF.
      return (cp) => lookup(cp) || (cp <= 0xff ? lookup(0xf000 + cp) : 0);
    }
    return lookup;
  }
  throw new FontFormatError("the 'cmap' table has no Unicode subtable Galley can read");
}
