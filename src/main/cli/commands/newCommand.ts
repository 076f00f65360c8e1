// newCommand.ts: `galley new DIR [--sample] [--preset broadsheet|tabloid] [--paper NAME]
// [--date YYYY-MM-DD]`. Creates the edition folder in one step through the store (complete or
// not at all) and lists every file it wrote. Without --sample the edition is what File ▸ New
// makes: A01 (要闻) with the running head and the masthead.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { FormatPreset } from '../../../shared/model';
import { formatImportReport, type ImportReport } from '../../services/import';
import { newEditionContent } from '../../services/editions';
import { buildSampleEdition, sampleSeedPath } from '../../services/sample';
import { createEdition, loadEdition } from '../../services/store';
import { type CliCommand, flagOption, stringOption } from '../command';
import { UsageError } from '../failure';
import { randomIds } from '../ids';
import type { Messages } from '../messages';

export const newCommand: CliCommand = {
  name: 'new',
  usage: 'new DIR [--sample] [--preset broadsheet|tabloid] [--paper NAME] [--date YYYY-MM-DD]',
  summary: (m) => m.new.summary,
  options: {
    sample: { type: 'boolean', describe: (m) => m.new.sample },
    preset: { type: 'string', valueName: 'broadsheet|tabloid', describe: (m) => m.new.preset },
    paper: { type: 'string', valueName: 'NAME', describe: (m) => m.new.paper },
    date: { type: 'string', valueName: 'YYYY-MM-DD', describe: (m) => m.new.date },
  },
  positionals: { min: 1, max: 1, names: 'DIR' },
  async run({ args, values, io, m, lang }) {
    const dir = resolve(io.cwd, args[0] ?? '');
    const preset = parsePreset(stringOption(values, 'preset'), m);
    const date = parseDate(stringOption(values, 'date'), m);
    const paper = stringOption(values, 'paper');
    if (paper !== undefined && paper.trim() === '') throw new UsageError(m.new.badPaper);

    let report: ImportReport | null = null;
    if (flagOption(values, 'sample')) {
      if (preset === 'tabloid') throw new UsageError(m.new.sampleIsBroadsheet);
      const sample = buildSampleEdition({ newId: randomIds(), seedText: await readFile(sampleSeedPath(), 'utf8') });
      const meta = { ...sample.edition.meta, ...(paper === undefined ? {} : { paper }), ...(date === undefined ? {} : { date }) };
      await createEdition(dir, { ...sample.edition, meta }, sample.assets);
      report = sample.report;
    } else {
      const meta = { paper: paper ?? '未命名', date: date ?? localDate(new Date()) };
      await createEdition(dir, newEditionContent({ format: { preset: preset ?? 'broadsheet' }, meta, newId: randomIds() }), []);
    }
    // Read back what was written: the report describes the edition as it now is on disk.
    const { edition } = await loadEdition(dir);

    io.out(m.new.created(dir));
    const frames = edition.pages.reduce((n, p) => n + p.frames.length, 0);
    io.out(m.new.contents(edition.pages.length, frames, edition.stories.length, edition.assets.length));
    for (const file of await listFiles(dir)) io.out(m.new.wrote(relative(dir, file.path), file.size));
    if (report !== null) {
      io.out('');
      io.out(m.new.reportHeading);
      for (const line of formatImportReport(report, lang)) io.out(`  ${line}`);
    }
    return 0;
  },
};

function parsePreset(value: string | undefined, m: Messages): FormatPreset | undefined {
  if (value === undefined) return undefined;
  if (value === 'broadsheet' || value === 'tabloid') return value;
  throw new UsageError(m.new.badPreset(value));
}

/** Today in the local time zone as YYYY-MM-DD. */
function localDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** YYYY-MM-DD naming a day that exists (2023-02-30 does not). */
function parseDate(value: string | undefined, m: Messages): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (day === null || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) throw new UsageError(m.new.badDate(value));
  return value;
}

async function listFiles(dir: string): Promise<Array<{ path: string; size: number }>> {
  const out: Array<{ path: string; size: number }> = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.push({ path, size: (await stat(path)).size });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
