// fontObjects.ts: one embedded font per face for the whole document (README.md says why these
// objects): a Type0 font with Identity-H over a CIDFont whose program is an hb-subset of the
// glyphs the document uses, named with a six-letter tag, with a W array and a ToUnicode CMap.
//   TrueType (glyf): CIDFontType2 + FontFile2 (the subset sfnt), CIDToGIDMap /Identity, CID =
//     the glyph's id in the subset.
//   CFF: CIDFontType0 + FontFile3 /CIDFontType0C (the bare CFF table), CID = the subset's
//     charset CID (CID-keyed fonts) or its glyph index (name-keyed fonts).
import { createHash } from 'node:crypto';
import { type PDFDocument, PDFName, type PDFRef, PDFString } from 'pdf-lib';
import type { Face, FontId } from '../../../../shared/layout/fonts';
import { readTableDirectory, requireTable } from '../../../../shared/layout/fonts';
import { bareCff, cffCids, readAdvances } from './fontTables';
import { zlibStream } from './flate';
import { FontSubsetError, subsetFont } from './hbSubset';
import { toUnicodeCmap } from './toUnicode';

/** The glyphs a document shows in one face, and the text each stands for (for ToUnicode). */
export interface FaceUsage {
  readonly face: Face;
  /** Original glyph id → the text it shows ('' when unknown). */
  readonly glyphs: Map<number, string>;
}

export interface EmbeddedFont {
  readonly ref: PDFRef;
  /** The subset font's name, `ABCDEF+PostScriptName`. */
  readonly baseFont: string;
  /** The CID that shows original glyph `gid`. */
  cid(gid: number): number;
  /** Its width in the W array (1/1000 em), which TJ adjustments are relative to. */
  width(gid: number): number;
}

/** Six capital letters from the face and its glyph set: the same glyphs give the same tag. */
export function subsetTag(faceId: FontId, gids: readonly number[]): string {
  const digest = createHash('sha256').update(`${faceId}:${gids.join(',')}`).digest();
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
}

/** A PDF name may not hold delimiters or whitespace; PostScript names should not either. */
function psName(face: Face): string {
  const cleaned = face.postscriptName.replace(/[^!-~]|[()<>[\]{}/%#]/g, '');
  return cleaned === '' ? 'Font' : cleaned;
}

const to1000 = (units: number, upem: number): number => Math.round((units * 1000) / upem);

/** `[c [w …] c [w …]]` for the CIDs whose width is not the default. */
function widthsArray(widths: ReadonlyArray<readonly [number, number]>, dw: number): Array<number | number[]> {
  const out: Array<number | number[]> = [];
  let run: number[] | null = null;
  let next = -1;
  for (const [cid, w] of [...widths].sort((a, b) => a[0] - b[0])) {
    if (w === dw) continue;
    if (run && cid === next) run.push(w);
    else {
      run = [w];
      out.push(cid, run);
    }
    next = cid + 1;
  }
  return out;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 1000;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v < best)) [best, bestCount] = [v, c];
  return best;
}

/** The subset's glyph count, and a check that the subset kept the advances in the order assumed. */
function checkCompaction(subset: Uint8Array, gids: readonly number[], original: (gid: number) => number, name: string): void {
  const dir = readTableDirectory(subset, 0);
  const count = requireTable(subset, dir, 'maxp').u16(4);
  if (count !== gids.length) throw new FontSubsetError(name, `hb-subset kept ${count} glyphs of ${name} where ${gids.length} were asked for`);
  const kept = readAdvances(subset, 0);
  gids.forEach((gid, newGid) => {
    if (kept(newGid) !== original(gid)) throw new FontSubsetError(name, `hb-subset reordered the glyphs of ${name} (glyph ${gid} is not at ${newGid})`);
  });
}

function descriptorBase(face: Face, baseFont: string, head: { xMin: number; yMin: number; xMax: number; yMax: number }): Record<string, unknown> {
  const u = face.unitsPerEm;
  return {
    Type: 'FontDescriptor',
    FontName: PDFName.of(baseFont),
    // Symbolic (bit 3): the glyphs are not in the standard Latin set; CIDFonts always are.
    Flags: 4,
    FontBBox: [to1000(head.xMin, u), to1000(head.yMin, u), to1000(head.xMax, u), to1000(head.yMax, u)],
    ItalicAngle: 0,
    Ascent: to1000(face.ascender, u),
    Descent: to1000(face.descender, u),
    CapHeight: to1000(face.capHeight ?? face.ascender, u),
    StemV: 80,
  };
}

function headBox(face: Face): { xMin: number; yMin: number; xMax: number; yMax: number } {
  const head = requireTable(face.bytes, readTableDirectory(face.bytes, face.faceIndex), 'head');
  return { xMin: head.i16(36), yMin: head.i16(38), xMax: head.i16(40), yMax: head.i16(42) };
}

/** Subsets already made, by face id and subset tag: the edition PDF and a page PDF often share them. */
export type SubsetCache = Map<string, Promise<Uint8Array>>;

/** Subsets `usage.face` to its glyphs and writes the font objects into `doc`. */
export async function embedFace(doc: PDFDocument, usage: FaceUsage, cache?: SubsetCache): Promise<EmbeddedFont> {
  const { face } = usage;
  const name = `${face.fullName} (${face.postscriptName})`;
  if (!face.embedding.embeddable) throw new FontSubsetError(name, `${name} may not be embedded: its licence (OS/2 fsType ${face.embedding.fsType}) is "${face.embedding.licence}"`, true);
  const gids = [...new Set([0, ...usage.glyphs.keys()])].sort((a, b) => a - b);
  const baseFont = `${subsetTag(face.id, gids)}+${psName(face)}`;
  const key = `${face.id}:${baseFont}`;
  let pending = cache?.get(key);
  if (!pending) {
    pending = subsetFont(face.bytes, face.faceIndex, gids, name);
    cache?.set(key, pending);
    // A failed subset is not remembered.
    pending.catch(() => cache?.delete(key));
  }
  const subset = await pending;
  const advances = readAdvances(face.bytes, face.faceIndex);
  checkCompaction(subset, gids, advances, name);

  // Compacted ids follow the original order; CIDs are those ids, or the CFF charset's CIDs.
  let cids = gids.map((_, newGid) => newGid);
  let program: Uint8Array = subset;
  if (face.outlines === 'cff') {
    program = bareCff(subset);
    cids = cffCids(program, gids.length).cids;
  }
  const cidOf = new Map(gids.map((gid, i) => [gid, cids[i] ?? i]));
  const widths = gids.map((gid) => [cidOf.get(gid) ?? 0, to1000(advances(gid), face.unitsPerEm)] as const);
  const dw = mostCommon(widths.map(([, w]) => w));

  const ctx = doc.context;
  const fontFile = ctx.register(zlibStream(ctx, program, face.outlines === 'cff' ? { Subtype: 'CIDFontType0C' } : { Length1: program.byteLength }));
  const descriptor = ctx.register(ctx.obj({ ...descriptorBase(face, baseFont, headBox(face)), [face.outlines === 'cff' ? 'FontFile3' : 'FontFile2']: fontFile } as never));
  const cidFont = ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: face.outlines === 'cff' ? 'CIDFontType0' : 'CIDFontType2',
      BaseFont: PDFName.of(baseFont),
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      DW: dw,
      W: widthsArray(widths, dw),
      ...(face.outlines === 'cff' ? {} : { CIDToGIDMap: 'Identity' }),
    } as never),
  );
  const text = new Map<number, string>();
  for (const [gid, t] of usage.glyphs) if (t !== '') text.set(cidOf.get(gid) ?? 0, t);
  const toUnicode = ctx.register(zlibStream(ctx, toUnicodeCmap(text)));
  const ref = ctx.register(
    ctx.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: PDFName.of(baseFont), Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode } as never),
  );
  return {
    ref,
    baseFont,
    cid: (gid) => {
      const cid = cidOf.get(gid);
      if (cid === undefined) throw new Error(`glyph ${gid} of ${name} is not in its subset`);
      return cid;
    },
    width: (gid) => to1000(advances(gid), face.unitsPerEm),
  };
}
