// The bundle's zip writer: archives that unzip and python's zipfile accept and test clean, with
// the files' exact bytes and names (UTF-8 too), entries sorted and dated with the one fixed DOS
// time, identical bytes for identical input, and the archive comment that marks our zips.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dosDateTime, zipFiles } from '../../../../src/main/services/export/epaper/zipWriter';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'galley-zip-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
/** Bytes that do not compress (a stand-in for a JPEG): sha256 blocks of a counter. */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 32) out.set(createHash('sha256').update(String(i)).digest().subarray(0, Math.min(32, length - i)), i);
  return out;
}

const ENTRIES = [
  { path: 'index.html', bytes: text('<!doctype html><html lang="zh-CN"><title>今日市中</title>'.repeat(50)) },
  { path: 'pages/A01.jpg', bytes: noise(40_000) },
  { path: 'data/edition.js', bytes: text('window.GALLEY_EPAPER={"paper":"今日市中"};\n') },
  { path: 'articles/稿件-1.html', bytes: text('<p>退役军人</p>') },
  { path: 'empty.txt', bytes: new Uint8Array(0) },
];
const DATE = { year: 2023, month: 5, day: 15 };

async function written(name: string, bytes: Uint8Array): Promise<string> {
  const file = join(tmp, name);
  await writeFile(file, bytes);
  return file;
}

describe('zipFiles', () => {
  it('makes an archive that unzip -t and python zipfile -t find intact', async () => {
    const file = await written('a.zip', await zipFiles(ENTRIES, { date: DATE, comment: 'Galley e-paper bundle' }));
    const unzip = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(unzip.status, unzip.stdout + unzip.stderr).toBe(0);
    expect(unzip.stdout).toMatch(/No errors detected/u);
    const python = spawnSync('python3', ['-m', 'zipfile', '-t', file], { encoding: 'utf8' });
    expect(python.status, python.stderr).toBe(0);
  });

  it('holds every file with its exact bytes, sorted by path, dated with the given day, with the comment', async () => {
    const file = await written('b.zip', await zipFiles(ENTRIES, { date: DATE, comment: 'Galley e-paper bundle' }));
    const script = `
import zipfile, json, sys, hashlib
z = zipfile.ZipFile(sys.argv[1])
print(json.dumps({"comment": z.comment.decode(), "entries": [[i.filename, i.date_time, i.compress_type, hashlib.sha256(z.read(i)).hexdigest()] for i in z.infolist()]}))`;
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const listed = JSON.parse(run.stdout) as { comment: string; entries: Array<[string, number[], number, string]> };
    expect(listed.comment).toBe('Galley e-paper bundle');
    const expected = [...ENTRIES].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
    expect(listed.entries.map((e) => e[0])).toEqual(expected.map((e) => e.path));
    for (const [i, entry] of listed.entries.entries()) {
      expect(entry[1]).toEqual([2023, 5, 15, 0, 0, 0]);
      expect(entry[3]).toBe(createHash('sha256').update(expected[i]!.bytes).digest('hex'));
    }
    // Text is deflated (8); the noise would grow, so it is stored (0).
    expect(listed.entries.find((e) => e[0] === 'index.html')?.[2]).toBe(8);
    expect(listed.entries.find((e) => e[0] === 'pages/A01.jpg')?.[2]).toBe(0);
  });

  it('gives the same bytes for the same files in any order', async () => {
    const a = await zipFiles(ENTRIES, { date: DATE });
    const b = await zipFiles([...ENTRIES].reverse(), { date: DATE });
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const otherDay = await zipFiles(ENTRIES, { date: { ...DATE, day: 16 } });
    expect(Buffer.compare(Buffer.from(a), Buffer.from(otherDay))).not.toBe(0);
  });

  it('unpacks to the same files with unzip', async () => {
    const file = await written('c.zip', await zipFiles(ENTRIES, { date: DATE }));
    const dest = join(tmp, 'unpacked');
    const run = spawnSync('unzip', ['-q', file, '-d', dest], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    for (const e of ENTRIES) expect(Buffer.compare(await readFile(join(dest, e.path)), Buffer.from(e.bytes)), e.path).toBe(0);
  });

  it('refuses paths that would leave the archive’s folder, and the same path twice', async () => {
    for (const path of ['/etc/passwd', '../x', 'a/../../x', 'a\\b', '', 'a//b']) {
      await expect(zipFiles([{ path, bytes: text('x') }], { date: DATE }), path).rejects.toThrow(/not a relative zip entry path/u);
    }
    await expect(zipFiles([ENTRIES[0]!, ENTRIES[0]!], { date: DATE })).rejects.toThrow(/twice/u);
  });
});

describe('dosDateTime', () => {
  it('packs the date as DOS does (years from 1980, months from 1) and clamps years it cannot hold', () => {
    expect(dosDateTime({ year: 2023, month: 5, day: 15 })).toEqual({ time: 0, date: ((2023 - 1980) << 9) | (5 << 5) | 15 });
    expect(dosDateTime({ year: 1970, month: 1, day: 1 }).date).toBe((0 << 9) | (1 << 5) | 1);
    expect(dosDateTime({ year: 2023, month: 5, day: 15, hours: 13, minutes: 7 }).time).toBe((13 << 11) | (7 << 5));
  });
});
