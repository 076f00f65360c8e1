// The export log (galley-export.log in the out folder): one JSON object per line, appended,
// never rewritten; a last line cut short by a crash is skipped by readers and does not swallow
// the next export's line.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendExportLog, EXPORT_LOG_FILE, type ExportLogEntry, parseExportLog } from '../../../../src/main/services/export';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
afterAll(() => temp.cleanup());

const entry = (id: string): ExportLogEntry => ({
  v: 1,
  event: 'exported',
  id,
  at: '2023-05-15T09:30:00.000Z',
  by: { user: 'meibian', host: 'desk-3' },
  edition: { dir: '/e/2023-05-15.galley', paper: '今日市中', date: '2023-05-15', issue: 1 },
  override: null,
  files: [{ name: '20230515_edition.pdf', label: null, bytes: 10, sha256: '0'.repeat(64) }],
});

describe('appendExportLog', () => {
  it('creates the log in the out folder and appends one line per call, keeping earlier lines', async () => {
    const dir = await temp.make('galley-log-');
    expect(await appendExportLog(dir, entry('a'))).toBe(join(dir, EXPORT_LOG_FILE));
    await appendExportLog(dir, entry('b'));
    const text = await readFile(join(dir, EXPORT_LOG_FILE), 'utf8');
    expect(text.split('\n')).toHaveLength(3);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseExportLog(text)).toEqual([entry('a'), entry('b')]);
  });

  it('starts a new line after a last line cut short, which readers skip', async () => {
    const dir = await temp.make('galley-log-');
    const whole = `${JSON.stringify(entry('a'))}\n`;
    await writeFile(join(dir, EXPORT_LOG_FILE), `${whole}{"v":1,"event":"expo`);
    await appendExportLog(dir, entry('c'));
    const text = await readFile(join(dir, EXPORT_LOG_FILE), 'utf8');
    expect(text).toBe(`${whole}{"v":1,"event":"expo\n${JSON.stringify(entry('c'))}\n`);
    expect(parseExportLog(text).map((e) => e.id)).toEqual(['a', 'c']);
  });
});
