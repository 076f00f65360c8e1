// Why a running export failed, as the reason the window words (EXPORT_FAILURES): the failures
// production can act on, from the pipeline's own errors and from the file system's codes.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { OutputProfileError } from '../../../../src/main/services/color';
import { jobFailureReason } from '../../../../src/main/services/export/failureReason';
import { PrintImageError } from '../../../../src/main/services/export/images';
import { FontSubsetError, MissingFontError, OutputProfileError as IntentProfileError } from '../../../../src/main/services/export/pdf';
import { exportFailure } from '../../../../src/shared/export-api';
import { FontNotFoundError } from '../../../../src/shared/layout/fonts';

/** Node's errno error as fs and streams throw it. */
function errno(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: failed, write '${path}'`), { code, syscall: 'write', path });
}

describe('jobFailureReason', () => {
  it('words the disk: full, not allowed, read-only, or a file gone meanwhile', async () => {
    expect(jobFailureReason(errno('ENOSPC', '/srv/out/A01.pdf'))).toEqual(exportFailure('diskFull', { path: '/srv/out/A01.pdf' }));
    expect(jobFailureReason(errno('EDQUOT', '/srv/out/A01.pdf'))).toEqual(exportFailure('diskFull', { path: '/srv/out/A01.pdf' }));
    expect(jobFailureReason(errno('EACCES', '/srv/out'))).toEqual(exportFailure('noPermission', { path: '/srv/out' }));
    expect(jobFailureReason(errno('EPERM', '/srv/out'))).toEqual(exportFailure('noPermission', { path: '/srv/out' }));
    expect(jobFailureReason(errno('EROFS', '/media/cd/out'))).toEqual(exportFailure('readOnlyDisk', { path: '/media/cd/out' }));
    const gone = await readFile('/nonexistent-galley-dir/photo.tif').catch((error: unknown) => error);
    expect(jobFailureReason(gone)).toEqual(exportFailure('fileGone', { path: '/nonexistent-galley-dir/photo.tif' }));
  });

  it('words a photo, a font or the output profile by its name and page', () => {
    expect(jobFailureReason(new PrintImageError('missing', 'assets/p1.jpg', 'A01', 'f1', 'the file does not exist'))).toEqual(exportFailure('photoMissing', { file: 'assets/p1.jpg', page: 'A01' }));
    expect(jobFailureReason(new PrintImageError('unreadable', 'assets/p1.jpg', 'A02', 'f1', 'bad JPEG'))).toEqual(exportFailure('photoUnreadable', { file: 'assets/p1.jpg', page: 'A02' }));
    expect(jobFailureReason(new FontNotFoundError('方正书宋', 'bold', ['Noto Serif SC']))).toEqual(exportFailure('fontMissing', { font: '方正书宋 (bold)' }));
    expect(jobFailureReason(new MissingFontError('noto-serif-sc-700', 'page p1 uses the font noto-serif-sc-700, which is not loaded'))).toEqual(exportFailure('fontMissing', { font: 'noto-serif-sc-700' }));
    expect(jobFailureReason(new FontSubsetError('NotoSerifSC-Bold', 'hb-subset returned NULL'))).toEqual(exportFailure('fontUnembeddable', { font: 'NotoSerifSC-Bold' }));
    expect(jobFailureReason(new FontSubsetError('HeiTi', 'may not be embedded', true))).toEqual(exportFailure('fontLicence', { font: 'HeiTi' }));
    expect(jobFailureReason(new OutputProfileError('profiles/isonews.icc', 'the file does not exist'))).toEqual(exportFailure('outputProfile', { file: 'profiles/isonews.icc' }));
    expect(jobFailureReason(new IntentProfileError('profiles/srgb.icc', 'not an output profile'))).toEqual(exportFailure('outputProfile', { file: 'profiles/srgb.icc' }));
  });

  it('gives no reason for anything else: a bug is said by its English message only', () => {
    expect(jobFailureReason(new Error('the disk caught fire'))).toBeUndefined();
    expect(jobFailureReason(errno('EIO', '/srv/out/A01.pdf'))).toBeUndefined();
    expect(jobFailureReason('a string')).toBeUndefined();
  });
});
