// The first paint's font subsets (services/fonts/fontSubsets.ts, unicodeSubset.ts): the sample
// page composes with them exactly as with the whole faces, and the host caches them, refuses bad
// ids and falls back to the whole face when a face cannot be subset.
import { describe, expect, it } from 'vitest';
import { createFontService, createFontSubsetCache, editionCodePoints, LAYOUT_EXTRA_TEXT, UnicodeSubsetError, type UnicodeSubsetter } from '../../../../src/main/services/fonts';
import type { LayoutEnv } from '../../../../src/shared/layout/env';
import { createFontCatalog, createHarfBuzzShaper, type Face, type FontId, openFace, parseFontId } from '../../../../src/shared/layout/fonts';
import { composeParagraph } from '../../../../src/shared/layout/inline';
import { layoutToJson } from '../../../../src/shared/layout/output';
import { composeEdition } from '../../../../src/shared/layout/page';
import { PROJECT_ROOT } from '../../../fixtures/fonts/fontFiles';
import { sampleEdition } from '../layout/sampleLayout';

const fonts = createFontService({ projectRoot: PROJECT_ROOT, systemDirs: [], cacheDir: null });

function sha(id: FontId): string {
  const parsed = parseFontId(id);
  if (!parsed) throw new Error(`not a font id: ${id}`);
  return parsed.sha256;
}

async function env(faces: Face[]): Promise<LayoutEnv & { shaper: ReturnType<typeof createHarfBuzzShaper> }> {
  // A shaper per env, as in the renderer: shapers remember fonts by face id.
  return { fonts: createFontCatalog(faces), shaper: createHarfBuzzShaper(await import('harfbuzzjs')) };
}

/** Every (font, glyph) pair the layout draws. */
function glyphsOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) glyphsOf(v, out);
  else if (typeof value === 'object' && value !== null) {
    const run = value as { fontId?: unknown; glyphIds?: unknown };
    if (typeof run.fontId === 'string' && Array.isArray(run.glyphIds)) for (const g of run.glyphIds) out.add(`${run.fontId} ${String(g)}`);
    for (const v of Object.values(value)) glyphsOf(v, out);
  }
  return out;
}

describe('font subsets for the first paint', () => {
  it('compose the sample page exactly as the whole faces do, with the same outlines, at a fraction of the bytes', async () => {
    const edition = sampleEdition();
    const entries = (await fonts.list()).fonts;
    expect(entries.length).toBeGreaterThanOrEqual(5);
    const codePoints = editionCodePoints(edition);
    let wholeBytes = 0;
    let subsetBytes = 0;
    const whole: Face[] = [];
    const subsets: Face[] = [];
    for (const entry of entries) {
      const id = entry.info.id;
      const bytes = await fonts.readFont(id);
      whole.push(openFace(bytes, sha(id), entry.info.faceIndex));
      const answer = await fonts.readFontSubset!(id, codePoints);
      expect(answer.subset).toBe(true);
      // As the renderer opens it (layout/fontLoader.ts): face 0 of the subset, the whole face's id.
      subsets.push({ ...openFace(answer.bytes, sha(id), 0), id });
      wholeBytes += bytes.byteLength;
      subsetBytes += answer.bytes.byteLength;
    }
    expect(subsetBytes).toBeLessThan(wholeBytes / 8);
    const compose = composeParagraph;
    const wholeEnv = await env(whole);
    const subsetEnv = await env(subsets);
    const expected = composeEdition(edition, wholeEnv, compose);
    const actual = composeEdition(edition, subsetEnv, compose);
    expect(layoutToJson(actual)).toBe(layoutToJson(expected));
    const drawn = glyphsOf(JSON.parse(layoutToJson(expected)));
    expect(drawn.size).toBeGreaterThan(500);
    const byId = (faces: Face[], id: string): Face => faces.find((f) => f.id === id) ?? (() => { throw new Error(`no face ${id}`); })();
    for (const key of drawn) {
      const [id, glyph] = key.split(' ') as [string, string];
      expect(subsetEnv.shaper.glyphPath(byId(subsets, id), Number(glyph))).toBe(wholeEnv.shaper.glyphPath(byId(whole, id), Number(glyph)));
    }
    // A real subset: a character the edition does not use is not in it (the whole face has it).
    const cjk = entries.find((e) => e.info.family === 'Noto Serif SC')?.info.id as FontId;
    const absent = [...'鼹鼬'].map((c) => c.codePointAt(0) ?? 0).find((cp) => !codePoints.has(cp)) ?? 0;
    expect(byId(whole, cjk).hasGlyph(absent)).toBe(true);
    expect(byId(subsets, cjk).hasGlyph(absent)).toBe(false);
  }, 120_000);

  it('hold what layout adds besides the text: digits, hyphen, ellipsis, CJK punctuation, date characters', () => {
    for (const ch of ['0', '9', '-', '\u2010', '\u2026', '\u3001', '\u3002', '\uff0c', '年', '月', '日', '第', '版', '续']) expect(LAYOUT_EXTRA_TEXT).toContain(ch);
  });
});

describe('createFontSubsetCache', () => {
  const id = `sha256:${'a'.repeat(64)}#0` as FontId;
  const counting = (): UnicodeSubsetter & { calls: number[][] } => {
    const calls: number[][] = [];
    return { calls, subset: async (_bytes, _face, cps) => (calls.push([...cps].sort((a, b) => a - b)), new Uint8Array([calls.length])) };
  };

  it('makes a subset once, serves it again for characters it holds, and grows it for new ones', async () => {
    const subsetter = counting();
    const cache = createFontSubsetCache(subsetter);
    const read = async (): Promise<Uint8Array> => new Uint8Array(10);
    const first = await cache.read(id, new Set([0x41, 0x42]), read);
    expect(await cache.read(id, new Set([0x41]), read)).toBe(first);
    expect(subsetter.calls).toHaveLength(1);
    await cache.read(id, new Set([0x43]), read);
    expect(subsetter.calls).toEqual([
      [0x41, 0x42],
      [0x41, 0x42, 0x43],
    ]);
  });

  it('answers null (the whole face is served) for a face hb-subset refuses, and remembers it', async () => {
    let calls = 0;
    const cache = createFontSubsetCache({
      subset: async () => {
        calls += 1;
        throw new UnicodeSubsetError('hb-subset returned NULL');
      },
    });
    const read = async (): Promise<Uint8Array> => new Uint8Array(10);
    expect(await cache.read(id, new Set([0x41]), read)).toBeNull();
    expect(await cache.read(id, new Set([0x41]), read)).toBeNull();
    expect(calls).toBe(1);
  });

  it('passes on a failure to read the face, and tries again next time', async () => {
    const subsetter = counting();
    const cache = createFontSubsetCache(subsetter);
    await expect(cache.read(id, new Set([0x41]), () => Promise.reject(new Error('the font file changed')))).rejects.toThrow('the font file changed');
    expect(await cache.read(id, new Set([0x41]), async () => new Uint8Array(10))).toEqual(new Uint8Array([1]));
  });
});

describe('FontService.readFontSubset', () => {
  it('refuses what is not a font id and a font it does not list', async () => {
    await expect(fonts.readFontSubset!('../../etc/passwd', new Set([0x41]))).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(fonts.readFontSubset!(`sha256:${'0'.repeat(64)}#0`, new Set([0x41]))).rejects.toMatchObject({ code: 'not-found' });
  });

  it('answers the whole face when the face cannot be subset', async () => {
    const failing = createFontService({
      projectRoot: PROJECT_ROOT,
      systemDirs: [],
      cacheDir: null,
      subsetter: {
        subset: async () => {
          throw new UnicodeSubsetError('hb-subset returned NULL');
        },
      },
    });
    const id = (await failing.list()).fonts[0]?.info.id as FontId;
    const answer = await failing.readFontSubset!(id, new Set([0x41]));
    expect(answer.subset).toBe(false);
    // Buffer.equals: toEqual walks a 10 MB array element by element.
    expect(Buffer.from(answer.bytes).equals(Buffer.from(await failing.readFont(id)))).toBe(true);
  });
});
