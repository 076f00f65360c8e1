import { describe, expect, it } from 'vitest';
import { createFontService, loadHarfBuzzShaper, loadLayoutEnv, rememberMatches } from '../../../../src/main/services/fonts';
import { createFontCatalog, resolveComposite, shapeParagraph } from '../../../../src/shared/layout/fonts';
import { defaultStyles } from '../../../../src/shared/model';
import { loadFace, PROJECT_ROOT } from '../../../fixtures/fonts/fontFiles';

describe('loadLayoutEnv', () => {
  it('gives every default paragraph style its faces, Bold files for bold styles, and shapes with them', async () => {
    const env = await loadLayoutEnv(createFontService({ projectRoot: PROJECT_ROOT, systemDirs: [] }));
    expect(env.shaper).toBe(await loadHarfBuzzShaper()); // one shaper per process
    for (const style of defaultStyles(10.5, 14).paragraph) {
      const font = resolveComposite(env.fonts, style.font, style.weight);
      const weight = style.weight === 'bold' ? 700 : 400;
      expect([font.cjk.family, font.cjk.weight], style.name).toEqual([style.font.cjk, weight]);
      expect([font.latin.family, font.latin.weight], style.name).toEqual([style.font.latin, weight]);
    }
    const headline = defaultStyles(10.5, 14).paragraph.find((p) => p.name === '主题');
    const font = resolveComposite(env.fonts, headline!.font, headline!.weight);
    const runs = shapeParagraph('市中云报APP', font, env.shaper);
    expect(runs.map((r) => [r.face.postscriptName, r.glyphs.glyphIds.length])).toEqual([
      ['NotoSansSC-Bold', 4],
      ['SourceSerif4-Bold', 3],
    ]);
  });
});

describe('rememberMatches', () => {
  it('answers as the catalog does, asking it once per family, weight and slant', () => {
    const catalog = createFontCatalog([loadFace('latinRegular'), loadFace('latinBold')]);
    const asked: string[] = [];
    const counting = { ...catalog, match: (family: string, weight: number, italic?: boolean) => (asked.push(`${family}/${weight}/${italic ?? false}`), catalog.match(family, weight, italic)) };
    const remembered = rememberMatches(counting);
    for (let i = 0; i < 3; i++) {
      expect(remembered.match('Source Serif 4', 400)?.postscriptName).toBe('SourceSerif4-Regular');
      expect(remembered.match('source serif 4', 700)?.postscriptName).toBe('SourceSerif4-Bold');
      expect(remembered.match('Source Serif 4', 400, true)?.postscriptName).toBe('SourceSerif4-Regular'); // no italic: the upright face
      expect(remembered.match('No Such Family', 400)).toBeUndefined();
    }
    expect(asked).toEqual(['Source Serif 4/400/false', 'source serif 4/700/false', 'Source Serif 4/400/true', 'No Such Family/400/false']);
    expect(remembered.faces).toBe(catalog.faces);
    expect(remembered.byId(catalog.faces[1]!.id)).toBe(catalog.faces[1]);
    expect(remembered.families()).toEqual(['Source Serif 4']);
  });
});
