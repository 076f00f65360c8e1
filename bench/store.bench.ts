// store.bench.ts: what opening and saving the sample edition costs, and what the importer costs
// on the seed. A save after a frame move rewrites only edition.json (story files are
// content-addressed); a save after every story changed rewrites them all.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { counterIds, type Edition } from '../src/shared/model';
import { importSeedText } from '../src/main/services/import';
import { buildSampleEdition, sampleSeedPath } from '../src/main/services/sample';
import { createEdition, loadEdition, saveEdition } from '../src/main/services/store';
import { compare, compareAsync } from './measure';

const seedText = await readFile(sampleSeedPath(), 'utf8');
const sample = buildSampleEdition({ newId: counterIds(), seedText });
const root = await mkdtemp(join(tmpdir(), 'galley-bench-'));
const dir = join(root, 'bench.galley');
await createEdition(dir, sample.edition, sample.assets);

let n = 0;
const moved = (): Edition => {
  const page = sample.edition.pages[0];
  if (!page) throw new Error('the sample has no page');
  const frames = page.frames.map((f, i) => (i === 0 ? { ...f, x: f.x + (++n % 2) } : f));
  return { ...sample.edition, pages: [{ ...page, frames }] };
};
const everyStoryEdited = (): Edition => ({
  ...sample.edition,
  stories: sample.edition.stories.map((s) => ({ ...s, slug: `${s.slug.slice(0, 20)}${++n % 2}` })),
});

await compareAsync('sample edition on disk', [
  { name: 'loadEdition', run: () => loadEdition(dir) },
  { name: 'saveEdition after a frame move', run: () => saveEdition(dir, moved()) },
  { name: 'saveEdition after every story changed', run: () => saveEdition(dir, everyStoryEdited()) },
]);

compare('import', [{ name: `importSeedText (${seedText.length} UTF-16 units)`, run: () => importSeedText(seedText, { newId: counterIds(), sourceName: 'seed' }) }], 9);

await rm(root, { recursive: true, force: true });
