// The export pipeline's outputs and its preflight gate: which files an export writes and how
// they are named, that preflight errors refuse the export unless it is overridden, and that an
// override is recorded (who, when, which errors) in the export log next to the PDFs.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_LOG_FILE, ExportError, exportEditionPdfs, type ExportPdfOptions, ExportRefused, parseExportLog } from '../../../../src/main/services/export';
import { exportRefusal } from '../../../../src/shared/export-api';
import type { Edition } from '../../../../src/shared/model';
import { ACTOR, issue, NOW, recordingStages, realStages, report, type SampleFolder, sampleFolder, threePages } from './support/pipelineFixture';
import { PROJECT_ROOT } from '../cli/support';

let sample: SampleFolder;
let three: Edition;
let outCount = 0;

beforeAll(async () => {
  sample = await sampleFolder();
  three = threePages(sample.edition);
}, 60_000);
afterAll(() => sample.dispose());

function options(overrides: Partial<ExportPdfOptions> = {}): ExportPdfOptions {
  return {
    edition: sample.edition,
    editionDir: sample.dir,
    fonts: sample.fonts,
    projectRoot: PROJECT_ROOT,
    outDir: join(sample.tmp, `out-${++outCount}`),
    actor: ACTOR,
    now: NOW,
    ...overrides,
  };
}

const pageId = (edition: Edition, label: string): string => edition.pages.find((p) => p.label === label)!.id;

describe('exportEditionPdfs', () => {
  it('writes real PDFs: the whole edition only by default, and with perPage one per page named {date}_{label}.pdf', async () => {
    const stages = realStages();
    const whole = await exportEditionPdfs(options({ stages }));
    expect((await readdir(whole.files[0]!.file.replace(/[\\/][^\\/]+$/u, ''))).sort()).toEqual(['20230515_edition.pdf', EXPORT_LOG_FILE]);

    const perPage = await exportEditionPdfs(options({ stages, perPage: true }));
    const out = perPage.files[0]!.file.replace(/[\\/][^\\/]+$/u, '');
    expect((await readdir(out)).sort()).toEqual(['20230515_A01.pdf', '20230515_edition.pdf', EXPORT_LOG_FILE]);
    expect(perPage.files.map((f) => f.label)).toEqual([null, 'A01']);
    for (const f of perPage.files) {
      const bytes = await readFile(f.file);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.byteLength).toBe(f.bytes);
    }
  }, 60_000);

  it('names page PDFs by the edition’s file name pattern, and a pattern option overrides it', async () => {
    const patterned: Edition = { ...three, output: { ...three.output, fileNamePattern: '{paper}_{issue}_{label}.pdf' } };
    const { stages } = recordingStages();
    const byEdition = await exportEditionPdfs(options({ edition: patterned, stages, perPage: true }));
    const issueNo = String(three.meta.issue ?? '');
    expect(byEdition.files.map((f) => f.file.split(/[\\/]/u).at(-1))).toEqual(['edition', 'A01', 'A02', 'A03'].map((l) => `${three.meta.paper}_${issueNo}_${l}.pdf`));
    const byOption = await exportEditionPdfs(options({ edition: patterned, stages, perPage: true, pattern: 'P{label}-{date}.pdf' }));
    expect(byOption.files.map((f) => f.file.split(/[\\/]/u).at(-1))).toEqual(['Pedition-20230515.pdf', 'PA01-20230515.pdf', 'PA02-20230515.pdf', 'PA03-20230515.pdf']);
  });

  it('exports the pages asked for, in that order, and paints each page PDF with its page only', async () => {
    const { stages, paints } = recordingStages();
    const result = await exportEditionPdfs(options({ edition: three, stages, perPage: true, pages: ['A03', 'A01'] }));
    expect(result.files.map((f) => f.label)).toEqual([null, 'A03', 'A01']);
    expect(paints.map((p) => p.pageIds)).toEqual([[pageId(three, 'A03'), pageId(three, 'A01')], [pageId(three, 'A03')], [pageId(three, 'A01')]]);
  });

  it('refuses an unknown page label and a pattern that gives no PDF file name, before composing anything', async () => {
    const { stages, paints } = recordingStages();
    const phases: string[] = [];
    await expect(exportEditionPdfs(options({ stages, pages: ['Z99'], onProgress: (p) => phases.push(p.phase) }))).rejects.toThrow(/no page "Z99".*A01/u);
    await expect(exportEditionPdfs(options({ stages, pattern: '{label}.txt' }))).rejects.toThrow(ExportError);
    await expect(exportEditionPdfs(options({ stages, perPage: true, pattern: '{date}.pdf' }))).rejects.toMatchObject({ reason: exportRefusal('patternCollides', { pattern: '{date}.pdf' }) });
    // Two pages labelled alike: the labels are at fault, not the pattern.
    const twins = { ...three, pages: three.pages.map((p) => (p.number === 3 ? { ...p, label: 'A01' } : p)) };
    await expect(exportEditionPdfs(options({ edition: twins, stages, perPage: true }))).rejects.toMatchObject({
      message: 'pages 1 and 3 are both labelled A01; give each page its own label',
      reason: exportRefusal('duplicateLabel', { label: 'A01', first: 1, second: 3 }),
    });
    expect(phases).toEqual([]);
    expect(paints).toEqual([]);
  });

  it('takes PDF/X and marks from the edition’s output settings unless the export sets them', async () => {
    const { stages, paints } = recordingStages();
    await exportEditionPdfs(options({ stages }));
    expect(paints[0]!.request.output).toMatchObject({ pdfx: sample.edition.output.pdfx, marks: sample.edition.output.marks });
    await exportEditionPdfs(options({ stages, pdfx: '1a', marks: true }));
    expect(paints[1]!.request.output).toMatchObject({ pdfx: '1a', marks: true, slug: { paper: sample.edition.meta.paper, date: '2023-05-15', outputAt: NOW } });
  });
});

describe('exportEditionPdfs and preflight', () => {
  const overset = issue({ code: 'overset', severity: 'error', pageId: 'PAGE', pageLabel: 'A01', frameId: 'frame-x', frameName: '头条', params: { zi: 412, storyId: 's', slug: '头条' } });

  it('refuses when preflight reports errors, with the report, and writes nothing (not even the out folder)', async () => {
    const withError = report([{ ...overset, pageId: pageId(sample.edition, 'A01') }, issue({ code: 'image-rgb-converted', severity: 'info', params: { path: 'a.png' } })]);
    const { stages, paints } = recordingStages({ report: withError });
    const o = options({ stages });
    const refusal = await exportEditionPdfs(o).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(ExportRefused);
    expect((refusal as ExportRefused).report).toEqual(withError);
    expect(paints).toEqual([]);
    await expect(readdir(o.outDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('exports with an explicit override and records who overrode which errors, and when, in the export log', async () => {
    const errors = [{ ...overset, pageId: pageId(sample.edition, 'A01') }];
    const { stages } = recordingStages({ report: report([...errors, issue({ code: 'empty-frame', severity: 'warning', params: { kind: 'image' } })]) });
    const o = options({ stages, override: true, perPage: true, id: 'job-7' });
    const result = await exportEditionPdfs(o);
    expect(result.overridden).toBe(true);
    expect(result.logFile).toBe(join(o.outDir, EXPORT_LOG_FILE));
    const [entry, ...rest] = parseExportLog(await readFile(result.logFile, 'utf8'));
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      v: 1,
      event: 'exported',
      id: 'job-7',
      at: NOW.toISOString(),
      by: ACTOR,
      edition: { dir: sample.dir, paper: sample.edition.meta.paper, date: '2023-05-15' },
      preflight: { errors: 1, warnings: 1 },
      override: { by: ACTOR, at: NOW.toISOString(), errors },
    });
    expect(entry!.files!.map((f) => f.name)).toEqual(['20230515_edition.pdf', '20230515_A01.pdf']);
    for (const f of entry!.files!) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('records no override when preflight found only warnings, and appends one line per export', async () => {
    const { stages } = recordingStages({ report: report([issue({ code: 'empty-frame', severity: 'warning', params: { kind: 'image' } })]) });
    const o = options({ stages, override: true });
    expect((await exportEditionPdfs(o)).overridden).toBe(false);
    await exportEditionPdfs({ ...o, now: new Date(NOW.getTime() + 60_000) });
    const entries = parseExportLog(await readFile(join(o.outDir, EXPORT_LOG_FILE), 'utf8'));
    expect(entries.map((e) => [e.event, e.override, e.at])).toEqual([
      ['exported', null, NOW.toISOString()],
      ['exported', null, new Date(NOW.getTime() + 60_000).toISOString()],
    ]);
  });

  it('judges only the pages exported: an error on another page neither refuses nor shows', async () => {
    const onA01 = { ...overset, pageId: pageId(three, 'A01') };
    const onA02 = issue({ code: 'empty-frame', severity: 'warning', pageId: pageId(three, 'A02'), pageLabel: 'A02', params: { kind: 'image' } });
    const editionWide = issue({ code: 'font-missing', severity: 'warning', params: { family: 'X', weight: 'regular' } });
    const { stages } = recordingStages({ report: report([onA01, onA02, editionWide]) });
    const result = await exportEditionPdfs(options({ edition: three, stages, pages: ['A02'] }));
    expect(result.report).toEqual(report([onA02, editionWide]));
    expect(result.overridden).toBe(false);
  });
});
