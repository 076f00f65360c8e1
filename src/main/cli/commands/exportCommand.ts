// exportCommand.ts: `galley export EDITION --out DIR [--pages A01,A02] [--pattern P]`. Composes
// the edition with its fonts and writes the print PDFs (services/export): the whole edition as
// {date}_edition.pdf and each page as {date}_{label}.pdf, each written atomically. Reads the
// edition without its lock and never changes it. Fails naming the cause: a page label that does
// not exist, a font that is missing or may not be embedded, a subset hb-subset refused.
import { resolve } from 'node:path';
import { FontNotFoundError } from '../../../shared/layout/fonts';
import { ExportError, exportEditionPdfs, FontSubsetError, MissingFontError } from '../../services/export';
import { createFontService } from '../../services/fonts';
import { loadEdition } from '../../services/store';
import { type CliCommand, stringOption } from '../command';
import { existingEditionDir, openingEdition } from '../editionDir';
import { CliFailure, UsageError } from '../failure';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export EDITION --out DIR [--pages LABELS] [--pattern PATTERN]',
  summary: (m) => m.export.summary,
  options: {
    out: { type: 'string', valueName: 'DIR', describe: (m) => m.export.out },
    pages: { type: 'string', valueName: 'LABELS', describe: (m) => m.export.pages },
    pattern: { type: 'string', valueName: 'PATTERN', describe: (m) => m.export.pattern },
  },
  positionals: { min: 1, max: 1, names: 'EDITION' },
  async run({ args, values, io, m, projectRoot }) {
    const out = stringOption(values, 'out');
    if (out === undefined || out === '') throw new UsageError(m.export.noOut);
    const dir = await existingEditionDir(io.cwd, args[0] ?? '', m);
    const { edition } = await openingEdition(dir, m, () => loadEdition(dir));
    const pages = stringOption(values, 'pages')
      ?.split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const pattern = stringOption(values, 'pattern');
    try {
      const result = await exportEditionPdfs({
        edition,
        fonts: createFontService({ projectRoot }),
        editionDir: dir,
        outDir: resolve(io.cwd, out),
        now: new Date(),
        ...(pages === undefined ? {} : { pages }),
        ...(pattern === undefined ? {} : { pattern }),
      });
      for (const f of result.files) io.out(m.export.wrote(f.file, f.bytes));
      if (result.layout.overset.length > 0) io.err(m.export.overset(result.layout.overset.length));
      return 0;
    } catch (error) {
      const known = error instanceof ExportError || error instanceof FontSubsetError || error instanceof MissingFontError || error instanceof FontNotFoundError;
      if (known) throw new CliFailure(m.export.failed(dir, error.message), { cause: error });
      throw error;
    }
  },
};
