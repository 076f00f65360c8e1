// What a failed read or write means for the person: Node's error codes as the problems saving
// and exporting word in the window's language.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { diskProblemOf } from '../../../src/main/services/diskErrors';

const errno = (code: string, path: string): Error => Object.assign(new Error(`${code}: write '${path}'`), { code, syscall: 'write', path });

describe('diskProblemOf', () => {
  it('names a full disk, a place Galley may not write, a read-only disk and a file gone', async () => {
    expect(diskProblemOf(errno('ENOSPC', '/a'))).toEqual({ kind: 'diskFull', path: '/a' });
    expect(diskProblemOf(errno('EDQUOT', '/a'))).toEqual({ kind: 'diskFull', path: '/a' });
    expect(diskProblemOf(errno('EACCES', '/b'))).toEqual({ kind: 'noPermission', path: '/b' });
    expect(diskProblemOf(errno('EPERM', '/b'))).toEqual({ kind: 'noPermission', path: '/b' });
    expect(diskProblemOf(errno('EROFS', '/c'))).toEqual({ kind: 'readOnlyDisk', path: '/c' });
    const gone = await readFile('/nonexistent-galley-dir/x').catch((e: unknown) => e);
    expect(diskProblemOf(gone)).toEqual({ kind: 'fileGone', path: '/nonexistent-galley-dir/x' });
  });

  it('leaves other codes, errors without a path and non-errors alone', () => {
    expect(diskProblemOf(errno('EIO', '/a'))).toBeNull();
    expect(diskProblemOf(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))).toBeNull();
    expect(diskProblemOf(new Error('plain'))).toBeNull();
    expect(diskProblemOf('ENOSPC')).toBeNull();
  });
});
