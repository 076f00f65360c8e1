// What an export leaves behind when it fails, and what it never touches: a failure while
// painting or while writing leaves the out folder exactly as it was (no half-written PDF, no
// temporary file, no log line), the edition folder's bytes are the same after a full export as
// before, and an out folder inside the edition is refused.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_LOG_FILE, ExportError, exportEditionPdfs, type ExportPdfOptions } from '../../../../src/main/services/export';
import { folderHash, listFiles } from '../../../fixtures/store/folderHash';
import { PROJECT_ROOT } from '../cli/support';
import { ACTOR, NOW, recordingStages, realStages, type SampleFolder, sampleFolder, threePages } from './support/pipelineFixture';

let sample: SampleFolder;
let n = 0;

beforeAll(async () => {
  sample = await sampleFolder();
}, 60_000);
afterAll(() => sample.dispose());

function options(overrides: Partial<ExportPdfOptions> = {}): ExportPdfOptions {
  return { edition: sample.edition, editionDir: sample.dir, fonts: sample.fonts, projectRoot: PROJECT_ROOT, outDir: join(sample.tmp, `out-${++n}`), actor: ACTOR, now: NOW, ...overrides };
}

/** An out folder holding a previous delivery: an older page PDF and a log line. */
async function previousDelivery(): Promise<string> {
  const out = join(sample.tmp, `delivered-${++n}`);
  await mkdir(out);
  await writeFile(join(out, '20230515_A01.pdf'), '%PDF-1.6 the previous A01\n');
  await writeFile(join(out, EXPORT_LOG_FILE), '{"v":1,"event":"exported","id":"old"}\n');
  return out;
}

describe('exportEditionPdfs when it fails', () => {
  it('leaves the out folder byte for byte as it was when painting fails part-way', async () => {
    const out = await previousDelivery();
    const before = await folderHash(out);
    const { stages, paints } = recordingStages({ failOnPaint: 3 });
    await expect(exportEditionPdfs(options({ edition: threePages(sample.edition), stages, perPage: true, outDir: out }))).rejects.toThrow(/paint 3 failed/u);
    expect(paints).toHaveLength(3);
    expect(await folderHash(out)).toBe(before);
    expect(await listFiles(out)).toEqual(['20230515_A01.pdf', EXPORT_LOG_FILE]);
  });

  it('removes the files already staged when writing a later one fails, and leaves the folder as it was', async () => {
    const out = await previousDelivery();
    const before = await folderHash(out);
    // A02's name fits a file system's 255 bytes but its temporary name does not: the edition
    // and A01 are staged (written to temporary files) before A02 fails with ENAMETOOLONG.
    const three = threePages(sample.edition);
    const longLabel = `A02-${'x'.repeat(40)}`;
    const edition = { ...three, pages: three.pages.map((p) => (p.label === 'A02' ? { ...p, label: longLabel } : p)) };
    const pattern = `${'Y'.repeat(200)}{label}.pdf`;
    expect(Buffer.byteLength(pattern.replace('{label}', longLabel))).toBeLessThanOrEqual(255);
    const staged: string[] = [];
    const { stages } = recordingStages();
    await expect(exportEditionPdfs(options({ edition, stages, perPage: true, pattern, outDir: out, onProgress: (p) => p.phase === 'write' && staged.push(String(p.done)) }))).rejects.toMatchObject({ code: 'ENAMETOOLONG' });
    expect(staged.length).toBeGreaterThanOrEqual(3);
    expect(await folderHash(out)).toBe(before);
    expect((await readdir(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses before writing anything when something other than a file is where a PDF must go', async () => {
    const out = await previousDelivery();
    await mkdir(join(out, '20230515_A02.pdf'));
    const before = await folderHash(out);
    const { stages } = recordingStages();
    const error = await exportEditionPdfs(options({ edition: threePages(sample.edition), stages, perPage: true, outDir: out })).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExportError);
    expect((error as Error).message).toContain('20230515_A02.pdf');
    expect(await folderHash(out)).toBe(before);
  });

  it('creates no out folder when the export fails before writing', async () => {
    const { stages } = recordingStages({ failOnPaint: 1 });
    const o = options({ stages });
    await expect(exportEditionPdfs(o)).rejects.toThrow();
    await expect(readdir(o.outDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('exportEditionPdfs and the edition', () => {
  it('leaves every byte of the edition folder unchanged by a full export with real PDFs', async () => {
    const before = await folderHash(sample.dir);
    const filesBefore = await listFiles(sample.dir);
    const result = await exportEditionPdfs(options({ stages: realStages(), perPage: true, marks: true }));
    expect(result.files).toHaveLength(2);
    expect(await listFiles(sample.dir)).toEqual(filesBefore);
    expect(await folderHash(sample.dir)).toBe(before);
  }, 60_000);

  it('refuses an out folder that is the edition or inside it, and a relative one', async () => {
    const { stages, paints } = recordingStages();
    for (const outDir of [sample.dir, join(sample.dir, 'assets'), join(sample.dir, 'new', 'deeper')]) {
      await expect(exportEditionPdfs(options({ stages, outDir }))).rejects.toThrow(/inside the edition/u);
    }
    await expect(exportEditionPdfs(options({ stages, outDir: 'relative/out' }))).rejects.toThrow(/absolute/u);
    expect(paints).toEqual([]);
    expect(await readFile(join(sample.dir, 'edition.json'), 'utf8')).toContain('"schemaVersion"');
    expect(await listFiles(sample.dir)).not.toContain('new/deeper');
  });

  it('accepts a sibling folder whose name starts with the edition’s', async () => {
    const { stages } = recordingStages();
    const result = await exportEditionPdfs(options({ stages, outDir: `${sample.dir}-出版` }));
    expect(result.files[0]!.file).toBe(join(`${sample.dir}-出版`, '20230515_edition.pdf'));
  });
});
