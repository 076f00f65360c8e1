// failureReason.ts: why a running export failed, as a reason the window words (EXPORT_FAILURES in
// shared/export-api.ts): the failures production can act on, from the errors the pipeline throws
// for them and from the file system's error codes. Anything else has no reason: it is a bug, and
// the status's English message says what it was.
import type { HostErrorReason } from '../../../shared/host-api';
import { exportFailure } from '../../../shared/export-api';
import { FontNotFoundError } from '../../../shared/layout/fonts';
import { OutputProfileError } from '../color';
import { diskProblemOf } from '../diskErrors';
import { PrintImageError } from './images';
import { FontSubsetError, MissingFontError, OutputProfileError as IntentProfileError } from './pdf';

export function jobFailureReason(error: unknown): HostErrorReason | undefined {
  if (error instanceof PrintImageError) return exportFailure(error.kind === 'missing' ? 'photoMissing' : 'photoUnreadable', { file: error.file, page: error.pageLabel });
  if (error instanceof FontNotFoundError) return exportFailure('fontMissing', { font: `${error.family} (${error.weight})` });
  if (error instanceof MissingFontError) return exportFailure('fontMissing', { font: error.fontId });
  if (error instanceof FontSubsetError) return exportFailure(error.licence ? 'fontLicence' : 'fontUnembeddable', { font: error.font });
  if (error instanceof OutputProfileError) return exportFailure('outputProfile', { file: error.file });
  if (error instanceof IntentProfileError) return exportFailure('outputProfile', { file: error.source });
  const disk = diskProblemOf(error);
  return disk ? exportFailure(disk.kind, { path: disk.path }) : undefined;
}
