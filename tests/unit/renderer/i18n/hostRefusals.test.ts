import { describe, expect, it } from 'vitest';
import { fileRefusal } from '../../../../src/shared/editions-api';
import { exportFailure, exportRefusal } from '../../../../src/shared/export-api';
import { exportFailureText, hostErrorText } from '../../../../src/renderer/i18n/hostRefusals';
import { HostError } from '../../../../src/renderer/host';
import { hostErrorOf } from '../../../../src/renderer/host/types';
import { translator } from '../../../../src/renderer/i18n';

const zh = translator('zh-CN');
const en = translator('en');

describe('hostErrorText: a failed host call as the window says it', () => {
  it('words a file refusal in the window language from its reason, not the host’s English', () => {
    const error = hostErrorOf('saveAs', {
      code: 'invalid-request',
      message: '/home/ed/Documents/Galley/taken.galley already exists and is not empty; choose a new name',
      reason: fileRefusal('notEmpty', { path: '/home/ed/Documents/Galley/taken.galley' }),
    });
    expect(hostErrorText(error, zh)).toBe('/home/ed/Documents/Galley/taken.galley 已存在且不是空文件夹，请换一个新名称。');
    expect(hostErrorText(error, en)).toBe('/home/ed/Documents/Galley/taken.galley already exists and is not empty; choose a new name.');
  });

  it('words a save the disk refused, and says the changes are kept', () => {
    const error = hostErrorOf('save', { code: 'internal', message: "cannot save /srv/A01.galley: ENOSPC: no space left on device, write '/srv/A01.galley/edition.json'", reason: fileRefusal('diskFull', { path: '/srv/A01.galley' }) });
    expect(hostErrorText(error, zh)).toBe('磁盘已满，/srv/A01.galley 无法保存。请腾出空间后再保存，改动仍在窗口里，不会丢失。');
  });

  it('says who holds a lock', () => {
    const error = hostErrorOf('openEdition', { code: 'conflict', message: 'x is open by proof', reason: fileRefusal('locked', { name: 'A01.galley', user: '王校对', host: 'desk-3', since: '2023-05-16T08:00:00Z' }) });
    expect(hostErrorText(error, zh)).toBe('A01.galley 正由 王校对（desk-3）打开，自 2023-05-16T08:00:00Z 起。可以以只读方式打开，或请对方关闭。');
    // The window gives the time in its own words when it can.
    const time = (iso: string): string => (iso === '2023-05-16T08:00:00Z' ? '2023/5/16 16:00:00' : '');
    expect(hostErrorText(error, zh, { time })).toBe('A01.galley 正由 王校对（desk-3）打开，自 2023/5/16 16:00:00 起。可以以只读方式打开，或请对方关闭。');
  });

  it('words an export that does not start, from its reason', () => {
    const error = hostErrorOf('exportEpaper', { code: 'invalid-request', message: 'the out folder /srv/x is not empty and holds no earlier Galley e-paper bundle', reason: exportRefusal('outDirNotEmpty', { path: '/srv/x' }) });
    expect(hostErrorText(error, zh)).toBe('输出文件夹 /srv/x 不是空的，也不是此前导出的数字报。导出会整体替换该文件夹，请选择空文件夹或新文件夹。没有写入任何文件。');
  });

  it('words a photo the import refuses', () => {
    const error = new HostError('invalid-request', 'importImage: x.webp is WebP', { key: 'photos.refused.format', params: { name: 'x.webp', format: 'WebP' } });
    expect(hostErrorText(error, zh)).toBe('x.webp：这是 WebP 文件，只能置入 JPEG、PNG 和 TIFF，请先另存为其中一种。');
  });

  it('falls back to the host’s message, without the method prefix, for a reason it does not know or none', () => {
    expect(hostErrorText(hostErrorOf('openEdition', { code: 'not-found', message: 'no such edition', reason: { key: 'file.refused.someday', params: {} } }), zh)).toBe('no such edition');
    expect(hostErrorText(hostErrorOf('openEdition', { code: 'not-found', message: 'no such edition' }), zh)).toBe('no such edition');
    expect(hostErrorText(new Error('transport: offline'), zh)).toBe('offline');
    expect(hostErrorText('plain', zh)).toBe('plain');
  });
});

describe('exportFailureText: why a running export failed, in the window language', () => {
  it('words the job status’s reason as a clause the dialogs put in their sentence', () => {
    const full = exportFailure('diskFull', { path: '/srv/out/20230515_A01.pdf' });
    expect(exportFailureText(full, zh)).toBe('磁盘已满，写不下 /srv/out/20230515_A01.pdf，请腾出空间后重新导出');
    expect(zh('export.failedBecause', { reason: exportFailureText(full, zh)! })).toBe('导出失败：磁盘已满，写不下 /srv/out/20230515_A01.pdf，请腾出空间后重新导出。');
    expect(zh('epaper.failed.job', { reason: exportFailureText(exportFailure('photoUnreadable', { file: 'assets/p1.jpg', page: 'A01' }), zh)! })).toBe(
      '数字报导出失败：A01 版的图片 assets/p1.jpg 无法读取（文件已损坏或不是图片），请重新置入。版面本身没有改动。',
    );
    expect(en('export.failedBecause', { reason: exportFailureText(full, en)! })).toBe('Export failed: the disk is full, so /srv/out/20230515_A01.pdf could not be written; free some space and export again.');
  });

  it('has nothing to say for no reason or one it does not know (the English error is shown)', () => {
    expect(exportFailureText(undefined, zh)).toBeNull();
    expect(exportFailureText({ key: 'export.failure.someday', params: {} }, zh)).toBeNull();
    expect(exportFailureText({ key: 'export.refused.noPages', params: {} }, zh)).toBeNull();
  });
});
