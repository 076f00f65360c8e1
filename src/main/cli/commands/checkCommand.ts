// checkCommand.ts: `galley check EDITION [--json]`. Preflight on demand: the same service the
// export runs first (services/preflight), composed with the edition's fonts. Prints one line
// per issue (severity, page label, frame, what is wrong, in the CLI's language) and a summary;
// --json prints one object {errors, warnings, issues} whose issues carry their code, place,
// parameters and the message (in English, like all JSON output). Exit 1 when there are errors, so scripts can stop before export.
// Reads the edition without its lock, like `info` and `layout`, and never changes it.
import type { PreflightIssue, PreflightReport } from '../../../shared/preflight';
import { formatPreflightIssue } from '../../../shared/preflight';
import { createFontService } from '../../services/fonts';
import { runPreflight } from '../../services/preflight';
import { loadEdition } from '../../services/store';
import { type CliCommand, flagOption } from '../command';
import { existingEditionDir, openingEdition } from '../editionDir';
import { EXIT_FAILURE } from '../failure';
import type { CliLang, Messages } from '../messages';
import { formatTable, truncateDisplay } from '../textTable';

/** Furniture names are filled running heads; a column this wide keeps the messages readable. */
const FRAME_COLUMN = 28;

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'check EDITION [--json]',
  summary: (m) => m.check.summary,
  options: {
    json: { type: 'boolean', describe: (m) => m.check.json },
  },
  positionals: { min: 1, max: 1, names: 'EDITION' },
  async run({ args, values, io, m, lang, projectRoot }) {
    const dir = await existingEditionDir(io.cwd, args[0] ?? '', m);
    const { edition } = await openingEdition(dir, m, () => loadEdition(dir));
    const report = await runPreflight({ edition, editionDir: dir, fonts: createFontService({ projectRoot }), projectRoot });
    if (flagOption(values, 'json')) io.out(JSON.stringify(reportJson(report), null, 2));
    else for (const line of reportText(report, m, lang)) io.out(line);
    return report.errors > 0 ? EXIT_FAILURE : 0;
  },
};

/**
 * The --json document. Its message is in English whatever --lang says, as in every JSON document
 * the CLI prints (docs/cli.md, Language): programs read the code and params; the message is for
 * the person reading the log.
 */
export function reportJson(report: PreflightReport): { errors: number; warnings: number; issues: Array<PreflightIssue & { message: string }> } {
  return { errors: report.errors, warnings: report.warnings, issues: report.issues.map((issue) => ({ ...issue, message: formatPreflightIssue(issue, 'en') })) };
}

export function reportText(report: PreflightReport, m: Messages, lang: CliLang): string[] {
  if (report.issues.length === 0) return [m.check.clean];
  const rows = report.issues.map((issue) => [
    m.check.severity[issue.severity],
    issue.pageLabel ?? issue.pageId ?? m.check.edition,
    truncateDisplay(issue.frameName ?? (issue.frameId === null ? '-' : `[${issue.frameId}]`), FRAME_COLUMN),
    formatPreflightIssue(issue, lang),
  ]);
  const notes = report.issues.filter((i) => i.severity === 'info').length;
  return [...formatTable(rows), m.check.summaryLine(report.errors, report.warnings, notes)];
}
