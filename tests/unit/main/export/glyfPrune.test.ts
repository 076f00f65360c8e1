import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { pruneGlyf } from '../../../../src/main/services/export/pdf/glyfPrune';
import { openFace, readTableDirectory, requireTable } from '../../../../src/shared/layout/fonts';
import { FONT_FILES, fontBytes, PROJECT_ROOT, sha256 } from '../../../fixtures/fonts/fontFiles';

const resolve = createRequire(`${PROJECT_ROOT}/package.json`).resolve;
const LATIN_TTF = resolve('source-serif/TTF/SourceSerif4-Regular.ttf');

interface Hb {
  memory: WebAssembly.Memory;
  malloc(n: number): number;
  hb_blob_create(p: number, n: number, mode: number, u: number, d: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_glyph_set(input: number): number;
  hb_set_add(set: number, v: number): void;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  hb_face_reference_blob(face: number): number;
  hb_blob_get_length(blob: number): number;
  hb_blob_get_data(blob: number, p: number): number;
  _initialize?: () => void;
}

const wasm = new WebAssembly.Module(readFileSync(resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')));

/** hb-subset straight from the wasm, in a fresh instance: the reference the pruned font must match. */
function referenceSubset(font: Uint8Array, gids: readonly number[]): Uint8Array {
  const hb = new WebAssembly.Instance(wasm, {}).exports as unknown as Hb;
  hb._initialize?.();
  const ptr = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer, ptr, font.byteLength).set(font);
  const face = hb.hb_face_create(hb.hb_blob_create(ptr, font.byteLength, 1, 0, 0), 0);
  const input = hb.hb_subset_input_create_or_fail();
  const set = hb.hb_subset_input_glyph_set(input);
  for (const g of [0, ...gids]) hb.hb_set_add(set, g);
  hb.hb_subset_input_set_flags(input, 0x200); // NO_LAYOUT_CLOSURE, as hbSubset.ts
  const out = hb.hb_face_reference_blob(hb.hb_subset_or_fail(face, input));
  return new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(out, 0), hb.hb_blob_get_length(out)).slice();
}

/** Glyph ids of some characters, by the font's own cmap. */
function gidsOf(font: Uint8Array, text: string): number[] {
  const face = openFace(font, sha256(font), 0);
  return [...new Set([...text].map((ch) => face.glyphIndex(ch.codePointAt(0)!)).filter((g) => g !== 0))];
}

/** Glyph ids of composite glyphs (numberOfContours < 0). */
function compositeGids(font: Uint8Array): number[] {
  const dir = readTableDirectory(font, 0);
  const limit = requireTable(font, dir, 'maxp').u16(4);
  const head = requireTable(font, dir, 'head');
  const loca = requireTable(font, dir, 'loca');
  const glyf = requireTable(font, dir, 'glyf');
  const long = head.i16(50) === 1;
  const start = (g: number): number => (long ? loca.u32(g * 4) : loca.u16(g * 2) * 2);
  const out: number[] = [];
  for (let g = 0; g < limit; g++) if (start(g + 1) - start(g) >= 10 && glyf.i16(start(g)) < 0) out.push(g);
  return out;
}

describe('pruneGlyf', () => {
  it('gives hb-subset a much smaller CJK font from which it makes the same subset, byte for byte', () => {
    const font = fontBytes(FONT_FILES.serifRegular);
    const gids = gidsOf(font, '今日市中区召开二〇二三年度全区重点项目观摩会，与会人员实地察看了项目建设情况。ABC fi 123');
    const pruned = pruneGlyf(font, gids);
    expect(pruned.byteLength).toBeLessThan(font.byteLength / 10);
    expect(Buffer.from(referenceSubset(pruned, gids)).equals(Buffer.from(referenceSubset(font, gids)))).toBe(true);
  });

  it('keeps the components of composite glyphs, so their subsets match too', () => {
    const font = new Uint8Array(readFileSync(LATIN_TTF));
    const composites = compositeGids(font).slice(0, 40);
    expect(composites.length).toBeGreaterThan(10); // Ä, é … are built from components in this font
    const gids = [...composites, ...gidsOf(font, 'Hamburg')];
    const pruned = pruneGlyf(font, gids);
    expect(pruned.byteLength).toBeLessThan(font.byteLength);
    expect(Buffer.from(referenceSubset(pruned, gids)).equals(Buffer.from(referenceSubset(font, gids)))).toBe(true);
  });

  it('leaves CFF fonts, collections and what it cannot read as they are', () => {
    const cff = fontBytes(FONT_FILES.latinRegular);
    expect(pruneGlyf(cff, [1, 2, 3])).toBe(cff);
    const junk = new Uint8Array(64).fill(9);
    expect(pruneGlyf(junk, [1])).toBe(junk);
    const ttc = new Uint8Array(64);
    ttc.set([0x74, 0x74, 0x63, 0x66]); // 'ttcf'
    expect(pruneGlyf(ttc, [1])).toBe(ttc);
  });
});
