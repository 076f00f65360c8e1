// nameTable.ts: the names of a face from its 'name' table: family, style, full and PostScript
// names, plus every localized family name (a Chinese font is often looked up as 思源宋体 as
// well as by its English name). Only records we can decode without code-page tables are read:
// Unicode and Windows-Unicode (UTF-16BE) and Mac Roman.
import type { BinaryReader } from './binary';

export const NameId = {
  family: 1,
  subfamily: 2,
  fullName: 4,
  postscriptName: 6,
  typographicFamily: 16,
  typographicSubfamily: 17,
} as const;

export interface FaceNames {
  /** Typographic family (name 16) when present, else the legacy family (name 1). */
  readonly family: string;
  /** Typographic subfamily (17) when present, else 2: "Regular", "Bold", "SemiBold Italic"… */
  readonly style: string;
  readonly fullName: string;
  readonly postscriptName: string;
  /** Every decodable value of names 1 and 16 in any language, deduplicated, in table order. */
  readonly familyNames: readonly string[];
}

interface NameRecord {
  readonly platform: number;
  readonly encoding: number;
  readonly language: number;
  readonly nameId: number;
  readonly value: string;
}

// Mac OS Roman, bytes 0x80–0xFF (0xCA is a no-break space, 0xF0 the Apple logo in the PUA).
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

function decode(r: BinaryReader, at: number, length: number, platform: number, encoding: number): string | null {
  const utf16 = platform === 0 || (platform === 3 && (encoding === 0 || encoding === 1 || encoding === 10));
  if (utf16) {
    if (length % 2 !== 0) return null;
    let s = '';
    for (let i = 0; i < length; i += 2) s += String.fromCharCode(r.u16(at + i));
    return s;
  }
  if (platform === 1 && encoding === 0) {
    let s = '';
    for (let i = 0; i < length; i++) {
      const b = r.u8(at + i);
      s += b < 0x80 ? String.fromCharCode(b) : (MAC_ROMAN_HIGH[b - 0x80] ?? '\ufffd');
    }
    return s;
  }
  return null; // a legacy code page (Shift-JIS, GBK, Big5…): another record usually has it in Unicode
}

function readRecords(r: BinaryReader): NameRecord[] {
  const count = r.u16(2);
  const storage = r.u16(4);
  const records: NameRecord[] = [];
  for (let i = 0; i < count; i++) {
    const rec = 6 + 12 * i;
    const [platform, encoding, language, nameId, length, offset] = [r.u16(rec), r.u16(rec + 2), r.u16(rec + 4), r.u16(rec + 6), r.u16(rec + 8), r.u16(rec + 10)];
    const at = storage + offset;
    // A record pointing outside the table is skipped rather than fatal: fonts in the wild carry
    // such junk, and the other records still name the face.
    if (!r.has(at, length)) continue;
    const value = decode(r, at, length, platform, encoding);
    if (value !== null && value.trim() !== '') records.push({ platform, encoding, language, nameId, value: value.replace(/\0+$/u, '') });
  }
  return records;
}

/**
 * Lower is better: Windows US English, then other English, then Unicode-platform, then Mac
 * English, then anything else. The choice is what most software shows as "the" name.
 */
function rank(rec: NameRecord): number {
  if (rec.platform === 3 && rec.language === 0x0409) return 0;
  if (rec.platform === 3 && (rec.language & 0x3ff) === 0x09) return 1;
  if (rec.platform === 0) return 2;
  if (rec.platform === 1 && rec.language === 0) return 3;
  return 4;
}

function best(records: readonly NameRecord[], nameId: number): string | null {
  let found: NameRecord | null = null;
  for (const rec of records) {
    if (rec.nameId === nameId && (found === null || rank(rec) < rank(found))) found = rec;
  }
  return found?.value ?? null;
}

/** The names of a face; `fallback` stands in when the table names nothing (seen in broken fonts). */
export function readFaceNames(r: BinaryReader | null, fallback: string): FaceNames {
  const records = r ? readRecords(r) : [];
  const legacyFamily = best(records, NameId.family);
  const family = best(records, NameId.typographicFamily) ?? legacyFamily ?? fallback;
  const style = best(records, NameId.typographicSubfamily) ?? best(records, NameId.subfamily) ?? 'Regular';
  const familyNames: string[] = [];
  for (const rec of records) {
    if ((rec.nameId === NameId.family || rec.nameId === NameId.typographicFamily) && !familyNames.includes(rec.value)) familyNames.push(rec.value);
  }
  if (!familyNames.includes(family)) familyNames.unshift(family);
  const fullName = best(records, NameId.fullName) ?? `${family} ${style}`;
  const postscriptName = best(records, NameId.postscriptName) ?? fullName.replace(/[^\x21-\x7e]/gu, '');
  return { family, style, fullName, postscriptName, familyNames };
}
