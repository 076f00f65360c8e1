// ensureSample.ts: the sample edition the app opens on first run, written through the store,
// complete or not at all.
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { NewId } from '../../../shared/model';
import { createEdition } from '../store';
import { buildSampleEdition } from './buildSampleEdition';
import { sampleSeedPath } from './seedPath';

function randomIds(): NewId {
  return (kind) => `${kind}-${randomUUID()}`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Creates the sample edition in `dir` unless an edition is already there; true when it wrote one. */
export async function ensureSampleEdition(dir: string, options: { seedPath?: string } = {}): Promise<boolean> {
  if (await exists(join(dir, 'edition.json'))) return false;
  const seedText = await readFile(options.seedPath ?? sampleSeedPath(), 'utf8');
  const sample = buildSampleEdition({ newId: randomIds(), seedText });
  await createEdition(dir, sample.edition, sample.assets);
  return true;
}
