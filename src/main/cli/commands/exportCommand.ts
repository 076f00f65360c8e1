// exportCommand.ts: `galley export pdf EDITION --out DIR [--pages A01,A02] [--per-page]
// [--marks] [--pdfx 4|1a] [--pattern P] [--force]` and `galley export epaper EDITION --out DIR
// [--zip] [--force] [--json]` (exportEpaperCommand.ts). The pdf kind runs the export pipeline
// (services/export): preflight first, then the whole-edition PDF (and one per page with
// --per-page), each written atomically, and a line in DIR/galley-export.log. Preflight errors
// refuse the export (exit 1, the report on stderr as `galley check` prints it) unless --force,
// which is logged.
// The kind positional leaves room for `export proof` (its own issue). The older form `galley
// export EDITION …` (no kind) is the same as `export pdf`, silently: the nightly scripts written
// for it keep working.
import { resolve } from 'node:path';
import type { PdfxVersion } from '../../../shared/model';
import { exportEditionPdfs } from '../../services/export';
import { createFontService } from '../../services/fonts';
import { currentOwner } from '../../services/session';
import { loadEdition } from '../../services/store';
import { type CliCommand, flagOption, type OptionValues, stringOption } from '../command';
import { existingEditionDir, openingEdition } from '../editionDir';
import { UsageError } from '../failure';
import type { Messages } from '../messages';
import { reportText } from './checkCommand';
import { runEpaperExport } from './exportEpaperCommand';
import { exportFailure } from './exportFailures';

/** What `galley export` can make; proof is not there yet. */
export const EXPORT_KINDS = ['pdf', 'proof', 'epaper'] as const;
type ExportKind = (typeof EXPORT_KINDS)[number];

function isKind(value: string): value is ExportKind {
  return (EXPORT_KINDS as readonly string[]).includes(value);
}

/** The kind and the EDITION argument, from `export KIND EDITION` or the older `export EDITION`. */
function kindAndEdition(args: readonly string[], m: Messages): { kind: ExportKind; edition: string } {
  const [first = '', second] = args;
  if (second === undefined) {
    if (isKind(first)) throw new UsageError(m.export.noEditionAfterKind(first));
    return { kind: 'pdf', edition: first };
  }
  if (!isKind(first)) throw new UsageError(m.export.unknownKind(first));
  return { kind: first, edition: second };
}

/** Options of one kind given to the other are usage errors, not silently ignored. */
const PDF_ONLY = ['pages', 'per-page', 'marks', 'pdfx', 'pattern'] as const;
const EPAPER_ONLY = ['zip', 'json'] as const;

function checkKindOptions(kind: 'pdf' | 'epaper', values: OptionValues, m: Messages): void {
  const foreign = kind === 'pdf' ? EPAPER_ONLY : PDF_ONLY;
  const given = foreign.find((name) => values[name] !== undefined);
  if (given !== undefined) throw new UsageError(m.export.onlyFor(`--${given}`, kind === 'pdf' ? 'epaper' : 'pdf'));
}

function parsePdfx(value: string | undefined, m: Messages): PdfxVersion | undefined {
  if (value === undefined) return undefined;
  if (value === '4' || value === '1a') return value;
  throw new UsageError(m.export.badPdfx(value));
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export pdf EDITION --out DIR [--pages LABELS] [--per-page] [--marks] [--pdfx 4|1a] [--pattern PATTERN] [--force]\n       galley export epaper EDITION --out DIR [--zip] [--force] [--json]',
  summary: (m) => m.export.summary,
  options: {
    out: { type: 'string', valueName: 'DIR', describe: (m) => m.export.out },
    pages: { type: 'string', valueName: 'LABELS', describe: (m) => m.export.pages },
    'per-page': { type: 'boolean', describe: (m) => m.export.perPage },
    marks: { type: 'boolean', describe: (m) => m.export.marks },
    pdfx: { type: 'string', valueName: '4|1a', describe: (m) => m.export.pdfx },
    pattern: { type: 'string', valueName: 'PATTERN', describe: (m) => m.export.pattern },
    force: { type: 'boolean', describe: (m) => m.export.force },
    zip: { type: 'boolean', describe: (m) => m.export.zip },
    json: { type: 'boolean', describe: (m) => m.export.json },
  },
  positionals: { min: 1, max: 2, names: 'pdf|epaper EDITION' },
  async run({ args, values, io, m, lang, projectRoot }) {
    const { kind, edition: editionArg } = kindAndEdition(args, m);
    if (kind === 'proof') throw new UsageError(m.export.kindLater(kind));
    checkKindOptions(kind, values, m);
    const out = stringOption(values, 'out');
    if (out === undefined || out === '') throw new UsageError(m.export.noOut);
    if (kind === 'epaper') return runEpaperExport({ editionArg, outDir: resolve(io.cwd, out), values, io, m, lang, projectRoot });
    const pdfx = parsePdfx(stringOption(values, 'pdfx'), m);
    const dir = await existingEditionDir(io.cwd, editionArg, m);
    const { edition } = await openingEdition(dir, m, () => loadEdition(dir));
    const pages = stringOption(values, 'pages')
      ?.split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const pattern = stringOption(values, 'pattern');
    const owner = currentOwner();
    try {
      const result = await exportEditionPdfs({
        edition,
        editionDir: dir,
        fonts: createFontService({ projectRoot }),
        projectRoot,
        outDir: resolve(io.cwd, out),
        perPage: flagOption(values, 'per-page'),
        // Only a flag given overrides the edition's setting.
        ...(flagOption(values, 'marks') ? { marks: true } : {}),
        ...(pdfx === undefined ? {} : { pdfx }),
        ...(pages === undefined ? {} : { pages }),
        ...(pattern === undefined ? {} : { pattern }),
        override: flagOption(values, 'force'),
        actor: { user: owner.user, host: owner.host },
        now: new Date(),
      });
      const { report } = result;
      // The report as `galley check` prints it, when it has something to say beyond notes.
      if (report.errors > 0 || report.warnings > 0) for (const line of reportText(report, m, lang)) io.err(line);
      for (const f of result.files) io.out(m.export.wrote(f.file, f.bytes));
      io.out(m.export.logged(result.logFile));
      if (result.overridden) io.err(m.export.overridden(report.errors, result.logFile));
      return 0;
    } catch (error) {
      throw exportFailure(error, dir, { io, m, lang });
    }
  },
};
