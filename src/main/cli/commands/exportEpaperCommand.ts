// exportEpaperCommand.ts: `galley export epaper EDITION --out DIR [--zip] [--force] [--json]`, the
// e-paper bundle (数字报) of an edition (services/export/epaper). Preflight first, as for print:
// errors refuse the export (exit 1, the report on stderr) unless --force, which is logged. DIR is
// the bundle folder: missing, empty, or an earlier bundle, which is replaced whole; the export
// log goes beside it. --json prints one object for scripts (the nightly upload), the same in
// every language.
import { exportEpaperBundle, type EpaperResult } from '../../services/export/epaper';
import { createFontService } from '../../services/fonts';
import { currentOwner } from '../../services/session';
import { loadEdition } from '../../services/store';
import { type CommandContext, flagOption, type OptionValues } from '../command';
import { existingEditionDir, openingEdition } from '../editionDir';
import { reportText } from './checkCommand';
import { exportFailure } from './exportFailures';

export interface EpaperExportRequest extends Pick<CommandContext, 'io' | 'm' | 'lang' | 'projectRoot'> {
  readonly editionArg: string;
  /** Absolute already (resolved against the working folder). */
  readonly outDir: string;
  readonly values: OptionValues;
}

/** The --json document; keys and meaning are stable for scripts. */
export function epaperJson(result: EpaperResult): Record<string, unknown> {
  return {
    bundleDir: result.bundleDir,
    zipFile: result.zipFile,
    zipBytes: result.zipBytes,
    files: result.files,
    bytes: result.bytes,
    pages: result.pages,
    articles: result.articles,
    logFile: result.logFile,
    preflight: { errors: result.report.errors, warnings: result.report.warnings },
    overridden: result.overridden,
  };
}

export async function runEpaperExport(request: EpaperExportRequest): Promise<number> {
  const { io, m, lang, projectRoot, values } = request;
  const dir = await existingEditionDir(io.cwd, request.editionArg, m);
  const { edition } = await openingEdition(dir, m, () => loadEdition(dir));
  const owner = currentOwner();
  let result: EpaperResult;
  try {
    result = await exportEpaperBundle({
      edition,
      editionDir: dir,
      fonts: createFontService({ projectRoot }),
      projectRoot,
      outDir: request.outDir,
      zip: flagOption(values, 'zip'),
      override: flagOption(values, 'force'),
      actor: { user: owner.user, host: owner.host },
      now: new Date(),
    });
  } catch (error) {
    throw exportFailure(error, dir, { io, m, lang });
  }
  const { report } = result;
  if (report.errors > 0 || report.warnings > 0) for (const line of reportText(report, m, lang)) io.err(line);
  if (flagOption(values, 'json')) {
    io.out(JSON.stringify(epaperJson(result), null, 2));
  } else {
    io.out(m.export.wroteBundle(result.bundleDir, result.files, result.bytes, result.pages, result.articles));
    if (result.zipFile !== null) io.out(m.export.wroteZip(result.zipFile, result.zipBytes ?? 0));
    io.out(m.export.logged(result.logFile));
  }
  if (result.overridden) io.err(m.export.overridden(report.errors, result.logFile));
  return 0;
}
