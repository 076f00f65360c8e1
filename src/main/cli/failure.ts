// failure.ts: how the CLI fails. Every error ends as one message on stderr that names the
// cause (file, JSON path, reason), and an exit code: 2 for a wrong command line, 1 for anything
// else. Stack traces only with --debug: users need the cause, not our call graph.
import { isAbsolute, join } from 'node:path';
import { EditionLoadError, ServiceError } from '../services/errors';
import type { Messages } from './messages';

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The command line is wrong: unknown command or option, missing or bad argument. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** An expected failure whose message is ready for the user (already in their language). */
export class CliFailure extends Error {
  override readonly name = 'CliFailure';
}

/** EditionLoadError names a file relative to the edition; the user needs the full path. */
export function editionLoadFailure(m: Messages, dir: string, error: EditionLoadError): CliFailure {
  const file = isAbsolute(error.file) ? error.file : join(dir, error.file);
  return new CliFailure(m.loadFailed(file, error.jsonPath, error.reason), { cause: error });
}

export interface ErrorReport {
  readonly m: Messages;
  readonly debug: boolean;
  readonly command: string | null;
  readonly err: (line: string) => void;
}

/** Prints `error` for the user and returns the exit code. */
export function reportError(error: unknown, report: ErrorReport): number {
  const { m, err } = report;
  let code = EXIT_FAILURE;
  let expected = true;
  if (error instanceof UsageError) {
    err(m.errorPrefix + error.message);
    err(m.usageHint(report.command));
    code = EXIT_USAGE;
  } else if (error instanceof CliFailure || error instanceof ServiceError) {
    err(m.errorPrefix + error.message);
  } else if (error instanceof EditionLoadError) {
    err(m.errorPrefix + m.loadFailed(error.file, error.jsonPath, error.reason));
  } else if (isFileSystemError(error)) {
    err(m.errorPrefix + m.fileError(error.path, `${error.code}: ${stripSyscall(error.message)}`));
  } else {
    expected = false;
    err(m.errorPrefix + m.internal(error instanceof Error ? error.message : String(error)));
  }
  if (report.debug) {
    for (const line of stackLines(error)) err(line);
  } else if (!expected) {
    err(m.debugHint);
  }
  return code;
}

function stackLines(error: unknown): string[] {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    if (current instanceof Error) {
      lines.push(...(current.stack ?? `${current.name}: ${current.message}`).split('\n'));
      current = current.cause;
      if (current !== undefined) lines.push('Caused by:');
    } else {
      lines.push(String(current));
      current = undefined;
    }
  }
  return lines;
}

interface FileSystemError extends Error {
  readonly code: string;
  readonly path: string;
}

function isFileSystemError(error: unknown): error is FileSystemError {
  if (!(error instanceof Error)) return false;
  const e = error as Partial<FileSystemError>;
  return typeof e.code === 'string' && typeof e.path === 'string';
}

/** "ENOENT: no such file or directory, open '/x'" → "no such file or directory" */
function stripSyscall(message: string): string {
  return message.replace(/^[A-Z]+: /u, '').replace(/, \w+ '.*'$/u, '');
}
