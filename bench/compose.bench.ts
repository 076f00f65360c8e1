// compose.bench.ts: composeParagraph over every paragraph of the sample edition (the seed page
// as imported), each in its own style, in a 13 字 column (117 pt at the 9 pt body). "no cache"
// shapes every paragraph again (fonts already in the HarfBuzz heap); "warm cache" reuses shaped
// runs from a ShapeCache, which is what a recomposition after a frame or style change pays.
import { readFile } from 'node:fs/promises';
import { createFontService, loadLayoutEnv } from '../src/main/services/fonts';
import { buildSampleEdition, findProjectRoot, sampleSeedPath } from '../src/main/services/sample';
import { composeParagraph, type ShapeCache } from '../src/shared/layout/inline';
import { counterIds, paragraphText } from '../src/shared/model';
import { compare } from './measure';

const { edition } = buildSampleEdition({ newId: counterIds(), seedText: await readFile(sampleSeedPath(), 'utf8') });
const service = createFontService({ projectRoot: findProjectRoot(), systemDirs: [] });
const env = await loadLayoutEnv(service, { families: ['Noto Serif SC', 'Noto Sans SC', 'Source Serif 4'] });
const styles = edition.styles;
const byId = new Map(styles.paragraph.map((s) => [s.id, s]));
const paragraphs = edition.stories.flatMap((s) => s.paragraphs);
const measure = 13 * edition.format.bodySize;

const composeAll = (cache?: ShapeCache): number => {
  let lines = 0;
  for (const p of paragraphs) {
    const style = byId.get(p.style);
    if (!style) continue;
    lines += composeParagraph(p, style, styles, () => measure, env, cache ? { shapeCache: cache } : {}).lines.length;
  }
  return lines;
};

const warm: ShapeCache = new Map();
const lines = composeAll(warm);
const chars = paragraphs.reduce((n, p) => n + paragraphText(p).length, 0);
console.log(`sample edition: ${paragraphs.length} paragraphs, ${chars} UTF-16 units, ${lines} lines at ${measure} pt`);

compare('compose every paragraph at 13 字', [
  { name: 'no cache (itemize + shape + compose)', run: () => composeAll() },
  { name: 'warm shape cache (compose only)', run: () => composeAll(warm) },
]);
