// The e-paper dialog's decisions: the folder it suggests (beside the edition, in the host's own
// path style), the request Export sends, where the zip lands, and what the person is told when
// the job ends, from the bundle folder to a failure worded by what went wrong.
import { describe, expect, it } from 'vitest';
import { epaperOutcome, epaperRequest, hostReason, type JobView, megabytes, suggestedEpaperDir, zipPathFor } from '../../../../src/renderer/export/epaperDialogState';
import { launchEpaperExport, launchPdfExport } from '../../../../src/renderer/export/useExportJob';
import { HostError } from '../../../../src/renderer/host';
import { en } from '../../../../src/renderer/i18n/en';
import { zhCN } from '../../../../src/renderer/i18n/zh-CN';
import { translator } from '../../../../src/renderer/i18n/translate';
import { type ExportStatus, exportFailure } from '../../../../src/shared/export-api';
import { sampleEdition } from '../../shared/model/fixtures';
import { FakeHost } from '../support/fakeHost';

const running: ExportStatus = { jobId: 'j1', state: 'running', phase: 'pages', done: 3, total: 20, detail: 'A02' };
const idle: JobView = { status: null, error: null, errorKind: null };

describe('suggestedEpaperDir', () => {
  it('puts the bundle in its own folder inside the suggested export folder', () => {
    expect(suggestedEpaperDir('/data/报纸/2024-05-15-出版')).toBe('/data/报纸/2024-05-15-出版/epaper');
    expect(suggestedEpaperDir('/data/out/')).toBe('/data/out/epaper');
  });

  it('follows a Windows host with backslashes', () => {
    expect(suggestedEpaperDir('C:\\报社\\今日-出版')).toBe('C:\\报社\\今日-出版\\epaper');
  });

  it('suggests nothing when the host suggested nothing', () => {
    expect(suggestedEpaperDir('  ')).toBe('');
  });
});

describe('zipPathFor', () => {
  it('names the zip beside the folder, as the host writes it', () => {
    expect(zipPathFor('/out/epaper')).toBe('/out/epaper.zip');
    expect(zipPathFor(' /out/epaper/ ')).toBe('/out/epaper.zip');
    expect(zipPathFor('')).toBe('');
  });
});

describe('epaperRequest', () => {
  it('sends the trimmed folder and the zip choice', () => {
    expect(epaperRequest({ outDir: '  /out/epaper/ ', zip: true, override: false, errors: 0 })).toEqual({ outDir: '/out/epaper', zip: true, override: false });
  });

  it('asks for an override only when preflight found errors and the box is ticked', () => {
    expect(epaperRequest({ outDir: '/o', zip: false, override: true, errors: 0 }).override).toBe(false);
    expect(epaperRequest({ outDir: '/o', zip: false, override: false, errors: 2 }).override).toBe(false);
    expect(epaperRequest({ outDir: '/o', zip: false, override: true, errors: 2 }).override).toBe(true);
  });
});

describe('epaperOutcome', () => {
  it('says nothing before an export and while one runs', () => {
    expect(epaperOutcome(idle, '/o').kind).toBe('idle');
    expect(epaperOutcome({ ...idle, status: running }, '/o').kind).toBe('running');
  });

  it('names the bundle folder, the zip, the file count and size when done', () => {
    const done: ExportStatus = {
      ...running,
      state: 'done',
      phase: 'done',
      done: 20,
      bundleDir: '/out/epaper',
      zipFile: '/out/epaper.zip',
      files: [
        { file: '/out/epaper/pdf/edition.pdf', label: null, bytes: 1_000_000 },
        { file: '/out/epaper/pdf/A01.pdf', label: 'A01', bytes: 572_864 },
      ],
      logFile: '/out/epaper/galley-export.log',
    };
    expect(epaperOutcome({ ...idle, status: done }, '/asked')).toEqual({
      kind: 'done',
      bundleDir: '/out/epaper',
      zipFile: '/out/epaper.zip',
      files: 2,
      bytes: 1_572_864,
      logFile: '/out/epaper/galley-export.log',
    });
  });

  it('falls back to the folder it asked for when the status does not name one', () => {
    const done: ExportStatus = { ...running, state: 'done', phase: 'done', done: 20 };
    expect(epaperOutcome({ ...idle, status: done }, '/asked')).toEqual({ kind: 'done', bundleDir: '/asked', zipFile: null, files: null, bytes: null, logFile: null });
  });

  it('reports a refusal and a failed job with the reason main gave', () => {
    expect(epaperOutcome({ ...idle, status: { ...running, state: 'refused', error: '1 preflight error' } }, '/o')).toEqual({ kind: 'refused', reason: '1 preflight error' });
    expect(epaperOutcome({ ...idle, status: { ...running, state: 'failed', error: 'disk full' } }, '/o')).toEqual({ kind: 'failed', message: 'epaper.failed.job', reason: 'disk full' });
    const reason = exportFailure('diskFull', { path: '/o/pages/A01.png' });
    expect(epaperOutcome({ ...idle, status: { ...running, state: 'failed', error: 'ENOSPC: no space left on device', reason } }, '/o')).toEqual({ kind: 'failed', message: 'epaper.failed.job', reason: 'ENOSPC: no space left on device', worded: reason });
  });

  it('words a host error by its kind, without the method name, even after a running status', () => {
    const cases: Array<[JobView['errorKind'], string]> = [
      ['invalid-request', 'epaper.failed.start'],
      ['transport', 'epaper.failed.connection'],
      ['unauthorized', 'epaper.failed.token'],
      ['not-found', 'epaper.failed.lost'],
      ['internal', 'epaper.failed.job'],
      [null, 'epaper.failed.job'],
    ];
    for (const [errorKind, message] of cases) {
      const outcome = epaperOutcome({ status: running, error: 'exportEpaper: the out folder is inside the edition', errorKind }, '/o');
      expect(outcome).toEqual({ kind: 'failed', message, reason: 'the out folder is inside the edition' });
    }
  });

  it('has a sentence in both languages for every failure, quoting the reason where it helps', () => {
    // A lost job's reason (an unknown job id) means nothing to a person; the token's needs no reason.
    const keys = ['epaper.failed.start', 'epaper.failed.connection', 'epaper.failed.job'] as const;
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = translator(locale);
      for (const key of keys) expect(t(key, { reason: 'REASON' })).toContain('REASON');
    }
    expect(zhCN['epaper.refused']).toMatch(/仍然导出/u);
    expect(en['epaper.refused']).toMatch(/Export anyway/u);
  });
});

describe('hostReason', () => {
  it('drops the method name HostError messages start with and keeps the rest', () => {
    expect(hostReason('exportEpaper: HTTP 502 without a JSON answer')).toBe('HTTP 502 without a JSON answer');
    expect(hostReason('磁盘已满: 写入失败')).toBe('磁盘已满: 写入失败');
  });
});

describe('megabytes', () => {
  it('rounds to one decimal', () => {
    expect(megabytes(1_572_864)).toBe('1.5');
    expect(megabytes(0)).toBe('0.0');
    expect(megabytes(15 * 1024 * 1024 + 60_000)).toBe('15.1');
  });
});

describe('export launchers', () => {
  it('start the e-paper export through exportEpaper and the PDF one through exportPdf', async () => {
    const host = new FakeHost(sampleEdition());
    const request = { outDir: '/out/epaper', zip: true, override: false };
    // The fake host does not export: the launcher passes its refusal on as a HostError.
    await expect(launchEpaperExport(host, request)).rejects.toBeInstanceOf(HostError);
    expect(host.callsOf('exportEpaper')).toEqual([request]);
    await expect(launchPdfExport(host, { outDir: '/out', perPage: true, marks: false, pdfx: '4', override: false })).rejects.toBeInstanceOf(HostError);
    expect(host.callsOf('exportPdf')).toHaveLength(1);
    expect(host.callsOf('exportEpaper')).toHaveLength(1);
  });
});
