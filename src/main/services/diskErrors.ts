// diskErrors.ts: what a failed read or write means for the person at the keyboard, from Node's
// error codes: a full disk, a place Galley may not write, a read-only disk, or a file that went
// away meanwhile. Saving and exporting give these as reasons the window words in its language;
// any other code is left as it is (a bug, reported with its English message).

export type DiskProblem = 'diskFull' | 'noPermission' | 'readOnlyDisk' | 'fileGone';

const BY_CODE: Readonly<Record<string, DiskProblem>> = {
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EACCES: 'noPermission',
  EPERM: 'noPermission',
  EROFS: 'readOnlyDisk',
  ENOENT: 'fileGone',
};

/** The problem behind Node's errno error, with the path it names; null for anything else. */
export function diskProblemOf(error: unknown): { readonly kind: DiskProblem; readonly path: string } | null {
  if (!(error instanceof Error)) return null;
  const { code, path } = error as { code?: unknown; path?: unknown };
  if (typeof code !== 'string' || typeof path !== 'string') return null;
  const kind = BY_CODE[code];
  return kind === undefined ? null : { kind, path };
}
