// importCommand.ts: `galley import FILE... --into EDITION [--json]`. Every file is read and
// parsed first; only when all of them import are their stories added, as addStory ops through
// an editing session (so the lock, the atomic save and the history snapshot all apply), and
// saved. A bad file therefore leaves the edition untouched.
import { basename, resolve } from 'node:path';
import type { Op } from '../../../shared/model';
import { formatImportReport, ImportError, importFile, type ImportResult } from '../../services/import';
import { currentOwner, openEditionSession } from '../../services/session';
import { type CliCommand, flagOption, stringOption } from '../command';
import { existingEditionDir, openingEdition } from '../editionDir';
import { CliFailure, UsageError } from '../failure';
import { randomIds } from '../ids';

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import FILE... --into EDITION [--json]',
  summary: (m) => m.import.summary,
  options: {
    into: { type: 'string', valueName: 'EDITION', describe: (m) => m.import.into },
    json: { type: 'boolean', describe: (m) => m.opt.json },
  },
  positionals: { min: 1, max: Number.POSITIVE_INFINITY, names: 'FILE...' },
  async run({ args, values, io, m, lang }) {
    const into = stringOption(values, 'into');
    if (into === undefined) throw new UsageError(m.import.missingInto);
    const dir = await existingEditionDir(io.cwd, into, m);
    const newId = randomIds();

    const imports: Array<{ file: string; result: ImportResult }> = [];
    for (const arg of args) {
      const file = resolve(io.cwd, arg);
      try {
        imports.push({ file, result: await importFile(file, { newId, sourceName: basename(file) }) });
      } catch (error) {
        if (error instanceof ImportError) throw new CliFailure(m.import.failed(file, error.location, error.reason), { cause: error });
        throw error;
      }
    }

    const session = await openingEdition(dir, m, () => openEditionSession(dir, { owner: currentOwner() }));
    let revision: number;
    try {
      const start = session.edition.stories.length;
      const stories = imports.flatMap((entry) => entry.result.stories);
      const ops: Op[] = stories.map((story, i) => ({ type: 'addStory', index: start + i, story }));
      // One batch: the whole import is one undo step and one revision.
      if (ops.length > 0) session.applyOps(session.revision, [{ type: 'batch', ops }]);
      await session.save();
      revision = session.savedRevision;
    } finally {
      await session.close();
    }

    const added = imports.reduce((n, entry) => n + entry.result.stories.length, 0);
    if (flagOption(values, 'json')) {
      const files = imports.map(({ file, result }) => ({ file, report: result.report }));
      io.out(JSON.stringify({ edition: dir, revision, added, files }, null, 2));
      return 0;
    }
    for (const { file, result } of imports) {
      io.out(result.stories.length === 0 ? m.import.nothing(file) : m.import.fileHeading(file, result.stories.length));
      for (const line of formatImportReport(result.report, lang)) io.out(`  ${line}`);
      io.out('');
    }
    io.out(m.import.saved(dir, added, revision));
    return 0;
  },
};
