import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { type CompositeFont, createFontCatalog, createHarfBuzzShaper, type Face, resolveComposite, runAdvance, shapeParagraph } from '../../../../../src/shared/layout/fonts';
import { loadFace, PROJECT_ROOT } from '../../../../fixtures/fonts/fontFiles';

const shaper = createHarfBuzzShaper(hb);
const song: CompositeFont = { cjk: loadFace('serifRegular'), latin: loadFace('latinRegular') };

function shapeOne(text: string, face: Face, features?: string[]) {
  return shaper.shape({ text, start: 0, end: text.length, face, script: 'Latn', language: 'en', ...(features ? { features } : {}) });
}

/** The advance of each character shaped on its own: no kerning or ligature can act. */
function unshapedAdvance(text: string, face: Face): number {
  return [...text].reduce((sum, ch) => sum + runAdvance(shapeOne(ch, face)), 0);
}

describe('shaping with HarfBuzz', () => {
  it('sets each Han character of Noto Serif SC Regular 1 em wide, in font units', () => {
    const [run] = shapeParagraph('国际护士节', song, shaper);
    expect(run?.glyphs.unitsPerEm).toBe(1000);
    expect(run?.glyphs.glyphIds).toHaveLength(5);
    expect(run?.glyphs.xAdvances).toEqual([1000, 1000, 1000, 1000, 1000]);
    expect(run?.glyphs.glyphIds.every((g) => g > 0)).toBe(true);
    expect(run?.glyphs.fontId).toBe(song.cjk.id);
  });

  it('turns fi into one ligature glyph in Source Serif 4, and -liga turns it off', () => {
    const latin = song.latin;
    const liga = shapeOne('fi', latin);
    expect(liga.glyphIds).toHaveLength(1);
    expect(liga.clusters).toEqual([0]);
    const plain = shapeOne('fi', latin, ['-liga']);
    expect(plain.glyphIds).toHaveLength(2);
    expect(plain.glyphIds).not.toContain(liga.glyphIds[0]);
    // "office": the ffi ligature covers clusters 1–3.
    expect(shapeOne('office', latin).clusters).toEqual([0, 1, 4, 5]);
  });

  it('kerns Latin pairs: AV and To come out narrower than their letters set apart', () => {
    for (const pair of ['AV', 'To', 'Yo']) {
      const kerned = runAdvance(shapeOne(pair, song.latin));
      expect(kerned, pair).toBeLessThan(unshapedAdvance(pair, song.latin));
    }
    expect(runAdvance(shapeOne('AV', song.latin, ['-kern']))).toBe(unshapedAdvance('AV', song.latin));
  });

  it('maps clusters back to UTF-16 offsets in the paragraph, per run', () => {
    const text = '本报讯 5月12日,“国际护士节”APP𠀀';
    const runs = shapeParagraph(text, song, shaper);
    for (const run of runs) {
      expect(run.glyphs.clusters.every((c) => c >= run.start && c < run.end)).toBe(true);
      for (let i = 1; i < run.glyphs.clusters.length; i++) expect(run.glyphs.clusters[i]).toBeGreaterThanOrEqual(run.glyphs.clusters[i - 1]!);
    }
    const app = runs.find((r) => text.slice(r.start, r.end) === 'APP');
    expect(app?.glyphs.clusters).toEqual([text.indexOf('APP'), text.indexOf('APP') + 1, text.indexOf('APP') + 2]);
    const twelve = runs.find((r) => text.slice(r.start, r.end) === '12');
    expect(twelve?.glyphs.clusters).toEqual([6, 7]);
    expect(twelve?.glyphs.fontId).toBe(song.latin.id);
  });

  it('shapes the bold style with the Bold files, not the Regular ones', () => {
    const catalog = createFontCatalog([loadFace('serifRegular'), loadFace('serifBold'), loadFace('latinRegular'), loadFace('latinBold')]);
    const bold = resolveComposite(catalog, { cjk: 'Noto Serif SC', latin: 'Source Serif 4' }, 'bold');
    expect(bold.cjk.id).toBe(loadFace('serifBold').id);
    expect(bold.latin.id).toBe(loadFace('latinBold').id);
    const regularA = runAdvance(shapeOne('APP', song.latin));
    const boldA = runAdvance(shapeOne('APP', bold.latin));
    expect(boldA).not.toBe(regularA);
  });

  it('gives the same glyphs for the same input every time', () => {
    const seed = readFileSync(join(PROJECT_ROOT, 'resources/sample/seed-page.txt'), 'utf8');
    const paragraph = seed.split('\n').find((p) => p.includes('5月12日')) ?? '';
    expect(paragraph.length).toBeGreaterThan(50);
    const a = JSON.stringify(shapeParagraph(paragraph, song, shaper).map((r) => r.glyphs));
    const b = JSON.stringify(shapeParagraph(paragraph, song, createHarfBuzzShaper(hb)).map((r) => r.glyphs));
    expect(a).toBe(b);
  });

  it('refuses a feature range and a run outside the text', () => {
    expect(() => shapeOne('AV', song.latin, ['kern[0:1]'])).toThrow(/whole-run/);
    expect(() => shaper.shape({ text: 'AB', start: 1, end: 5, face: song.latin, script: 'Latn', language: 'en' })).toThrow(/outside the text/);
  });
});

describe('the shaper remembers runs it shaped', () => {
  const serif = song.cjk;
  const shapeIn = (s: ReturnType<typeof createHarfBuzzShaper>, text: string, start: number, end: number) =>
    s.shape({ text, start, end, face: serif, script: 'Hani', language: 'zh-Hans' });

  it('answers a run seen before, at another place in another paragraph, exactly as shaping it again would', () => {
    const remembering = createHarfBuzzShaper(hb);
    const sentence = '全区各级各部门坚持以人民为中心，扎实推进各项民生工程。';
    // Far enough from both ends that the context slice is the same in both paragraphs.
    const a = `${'新'.repeat(40)}${sentence}${'闻'.repeat(40)}`;
    const b = `${'报'.repeat(55)}${sentence}${'闻'.repeat(40)}`;
    shapeIn(remembering, a, 40, 40 + sentence.length);
    const recalled = shapeIn(remembering, b, 55, 55 + sentence.length);
    const fresh = shapeIn(createHarfBuzzShaper(hb), b, 55, 55 + sentence.length);
    expect(recalled).toEqual(fresh);
    expect(recalled.clusters[0]).toBe(55);
  });

  it('shapes again when anything HarfBuzz sees differs: the context, the ends of the paragraph, the features', () => {
    const remembering = createHarfBuzzShaper(hb);
    const fresh = createHarfBuzzShaper(hb);
    const cases: Array<[string, number, number, string[]?]> = [
      ['office', 0, 6],
      ['offices', 0, 6],
      ['xoffice', 1, 7],
      ['office', 0, 6, ['-liga']],
    ];
    for (const [text, start, end, features] of cases) {
      const input = { text, start, end, face: song.latin, script: 'Latn' as const, language: 'en', ...(features ? { features } : {}) };
      expect(remembering.shape(input)).toEqual(fresh.shape(input));
    }
  });
});
