import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listSnapshots, readSnapshot, writeSnapshot } from '../../../../src/main/services/store';
import { buildTestEdition } from '../../../fixtures/store/editions';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
afterAll(() => temp.cleanup());

const minute = (n: number): Date => new Date(Date.UTC(2023, 4, 15, 8, n, 0, 0));

describe('writeSnapshot', () => {
  it('names snapshots by time and revision, without ":" in the name', async () => {
    const dir = await temp.make();
    const file = await writeSnapshot(dir, buildTestEdition().edition, { time: minute(30), revision: 12 });
    expect(file).toBe('history/2023-05-15T08-30-00-000Z-r00000012.json');
  });

  it('keeps only the newest N, pruning the oldest', async () => {
    const dir = await temp.make();
    const { edition } = buildTestEdition();
    for (let i = 0; i < 25; i++) await writeSnapshot(dir, edition, { time: minute(i), revision: i + 1, keep: 20 });
    const left = await listSnapshots(dir);
    expect(left).toHaveLength(20);
    expect(left.map((s) => s.revision)).toEqual(Array.from({ length: 20 }, (_, i) => i + 6));
    expect(await readdir(path.join(dir, 'history'))).toHaveLength(20);
  });

  it('defaults to keeping 20', async () => {
    const dir = await temp.make();
    const { edition } = buildTestEdition({ stories: 1 });
    for (let i = 0; i < 22; i++) await writeSnapshot(dir, edition, { time: minute(i), revision: i });
    expect(await listSnapshots(dir)).toHaveLength(20);
  });

  it('does not overwrite a snapshot with the same time and revision', async () => {
    const dir = await temp.make();
    const a = buildTestEdition({ variant: 'A' }).edition;
    const b = buildTestEdition({ variant: 'B' }).edition;
    const first = await writeSnapshot(dir, a, { time: minute(1), revision: 3, keep: 5 });
    const second = await writeSnapshot(dir, b, { time: minute(1), revision: 3, keep: 5 });
    expect(second).toBe('history/2023-05-15T08-01-00-000Z-r00000003-2.json');
    expect((await listSnapshots(dir)).map((s) => s.file)).toEqual([first, second]);
    expect(await readSnapshot(dir, first)).toEqual(a);
    expect(await readSnapshot(dir, second)).toEqual(b);
  });

  it('ignores files in history/ that it did not write', async () => {
    const dir = await temp.make();
    await writeSnapshot(dir, buildTestEdition().edition, { time: minute(1), revision: 1, keep: 1 });
    await writeFile(path.join(dir, 'history', 'README.txt'), 'notes');
    await writeSnapshot(dir, buildTestEdition().edition, { time: minute(2), revision: 2, keep: 1 });
    expect((await readdir(path.join(dir, 'history'))).sort()).toEqual(['2023-05-15T08-02-00-000Z-r00000002.json', 'README.txt']);
  });

  it('refuses a keep that is not a positive integer', async () => {
    const dir = await temp.make();
    await expect(writeSnapshot(dir, buildTestEdition().edition, { time: minute(1), revision: 1, keep: 0 })).rejects.toThrow(RangeError);
  });
});
