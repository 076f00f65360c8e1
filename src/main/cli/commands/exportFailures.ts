// exportFailures.ts: how `galley export pdf` and `galley export epaper` end when they cannot
// export: a refusal by preflight prints the report as `galley check` does, then one line; a
// failure whose message is written for the user (a wrong folder, a missing font or profile, an
// unreadable image) becomes that line; anything else is left to the CLI's error report (a bug).
import { FontNotFoundError } from '../../../shared/layout/fonts';
import { OutputProfileError } from '../../services/color';
import { ExportError, ExportRefused, FontSubsetError, MissingFontError } from '../../services/export';
import { PrintImageError } from '../../services/export/images';
import type { CommandContext } from '../command';
import { CliFailure } from '../failure';
import { reportText } from './checkCommand';

export function exportFailure(error: unknown, dir: string, { io, m, lang }: Pick<CommandContext, 'io' | 'm' | 'lang'>): unknown {
  if (error instanceof ExportRefused) {
    for (const line of reportText(error.report, m, lang)) io.err(line);
    return new CliFailure(m.export.refused(dir, error.report.errors), { cause: error });
  }
  const known =
    error instanceof ExportError ||
    error instanceof FontSubsetError ||
    error instanceof MissingFontError ||
    error instanceof FontNotFoundError ||
    error instanceof OutputProfileError ||
    error instanceof PrintImageError;
  return known ? new CliFailure(m.export.failed(dir, error.message), { cause: error }) : error;
}
