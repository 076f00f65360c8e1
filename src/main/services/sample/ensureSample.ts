// ensureSample.ts: the two editions the app makes by itself — the sample it opens on first run,
// and an empty one for File ▸ New — written through the store, complete or not at all.
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyEdition, type FormatPreset, type NewId, newPage } from '../../../shared/model';
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

/** Today in the local time zone as yyyy-mm-dd. */
function localDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An edition with one empty page (A01) on the chosen preset. */
export async function createEmptyEdition(dir: string, options: { preset?: FormatPreset; paper?: string; date?: string; now?: Date } = {}): Promise<void> {
  const newId = randomIds();
  const meta = {
    paper: options.paper ?? '未命名',
    date: options.date ?? localDate(options.now ?? new Date()),
    issue: null,
    totalIssue: null,
    credits: { editor: '', designer: '', proofreader: '' },
  };
  const edition = emptyEdition({ preset: options.preset ?? 'broadsheet', meta, newId });
  await createEdition(dir, { ...edition, pages: [newPage({ id: newId('page'), number: 1, label: 'A01', section: '', masterId: null })] }, []);
}
