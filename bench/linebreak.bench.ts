// linebreak.bench.ts: the paragraph stages on the sample page's text (resources/sample/seed-page.txt,
// about 4,700 characters): break opportunities untailored and at GB, and every paragraph set
// into 13-em lines (a broadsheet body column) by the reference model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { breakOpportunities, fitLinesEm } from '../src/shared/layout/inline';
import { compare } from './measure';

const seed = readFileSync(join(import.meta.dirname, '..', 'resources', 'sample', 'seed-page.txt'), 'utf8');
const paragraphs = seed.split('\n').filter((p) => p.trim() !== '' && !p.startsWith('#'));
const chars = Array.from(seed).length;

compare(`break opportunities, whole seed text (${chars} code points)`, [
  { name: 'breakOpportunities uax14', run: () => breakOpportunities(seed, 'uax14') },
  { name: 'breakOpportunities gb', run: () => breakOpportunities(seed, 'gb') },
]);

compare(`${paragraphs.length} paragraphs into 13-em lines (reference model)`, [
  { name: 'fitLinesEm gb, every paragraph', run: () => paragraphs.map((p) => fitLinesEm(p, { widthEm: 13, level: 'gb' })) },
]);
