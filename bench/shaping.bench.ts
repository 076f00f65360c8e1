// shaping.bench.ts: what itemizing and shaping the seed page costs with the default fonts
// (Noto Serif SC + Source Serif 4, the body style), paragraph by paragraph, run by run.
// Cold: a fresh shaper, so every font is copied into the HarfBuzz heap first (what the first
// layout after start-up pays). Warm: the same shaper again, fonts already loaded.
import { readFile } from 'node:fs/promises';
import * as hb from 'harfbuzzjs';
import { createFontService } from '../src/main/services/fonts';
import { findProjectRoot, sampleSeedPath } from '../src/main/services/sample';
import { createFontCatalog, createHarfBuzzShaper, itemize, resolveComposite, shapeParagraph, type Shaper } from '../src/shared/layout/fonts';
import { compare } from './measure';

const seed = await readFile(sampleSeedPath(), 'utf8');
const paragraphs = seed.split('\n').filter((p) => p.trim() !== '');
const service = createFontService({ projectRoot: findProjectRoot(), systemDirs: [] });
const faces = await service.openFaces((await service.list()).fonts);
const font = resolveComposite(createFontCatalog(faces), { cjk: 'Noto Serif SC', latin: 'Source Serif 4' }, 'regular');

const shapeAll = (shaper: Shaper): number => {
  let glyphs = 0;
  for (const p of paragraphs) for (const run of shapeParagraph(p, font, shaper)) glyphs += run.glyphs.glyphIds.length;
  return glyphs;
};

const warm = createHarfBuzzShaper(hb);
const glyphs = shapeAll(warm);
const runs = paragraphs.reduce((n, p) => n + itemize(p, font).length, 0);
console.log(`seed page: ${paragraphs.length} paragraphs, ${seed.length} UTF-16 units, ${runs} font runs, ${glyphs} glyphs`);

compare(
  'itemize + shape the seed page',
  [
    { name: 'itemize only', run: () => paragraphs.forEach((p) => itemize(p, font)) },
    { name: 'cold (new shaper: fonts into the HarfBuzz heap)', run: () => shapeAll(createHarfBuzzShaper(hb)) },
    { name: 'warm (fonts loaded)', run: () => shapeAll(warm) },
  ],
  9,
  2,
);
