import { describe, expect, it } from 'vitest';
import { createFontService, loadHarfBuzzShaper, loadLayoutEnv } from '../../../../src/main/services/fonts';
import { resolveComposite, shapeParagraph } from '../../../../src/shared/layout/fonts';
import { defaultStyles } from '../../../../src/shared/model';
import { PROJECT_ROOT } from '../../../fixtures/fonts/fontFiles';

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
