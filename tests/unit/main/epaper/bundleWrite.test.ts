// Writing a bundle folder whole: staged in a hidden sibling, then swapped in for the old one; a
// failure while staging leaves the old bundle as it was and no staging folder behind.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageBundle } from '../../../../src/main/services/export/epaper/bundleWrite';
import { runLimited } from '../../../../src/main/services/export/epaper/runLimited';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'galley-bundle-write-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const FILES = [
  { path: 'index.html', bytes: text('new index') },
  { path: 'pages/A01.jpg', bytes: text('jpeg') },
  { path: 'articles/s-1.html', bytes: text('article') },
];

async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
}

describe('stageBundle', () => {
  it('writes nothing visible until commit, then the folder holds exactly the new files', async () => {
    const out = join(tmp, 'first', 'bundle');
    const written: string[] = [];
    const staged = await stageBundle(out, FILES, (f) => written.push(f.path));
    expect(written.sort()).toEqual(FILES.map((f) => f.path).sort());
    expect(await readdir(join(tmp, 'first'))).toEqual([staged.stageDir.split('/').at(-1)]);
    await staged.commit();
    expect(await readdir(join(tmp, 'first'))).toEqual(['bundle']);
    expect(await listing(out)).toEqual(FILES.map((f) => f.path).sort());
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('new index');
  });

  it('replaces an earlier bundle whole: its files that the new one lacks are gone', async () => {
    const out = join(tmp, 'second');
    await mkdir(join(out, 'articles'), { recursive: true });
    await writeFile(join(out, 'index.html'), 'old index');
    await writeFile(join(out, 'articles', 'gone.html'), 'old article');
    const staged = await stageBundle(out, FILES);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('old index');
    await staged.commit();
    expect(await listing(out)).toEqual(FILES.map((f) => f.path).sort());
    expect(await readdir(tmp)).not.toContainEqual(expect.stringMatching(/\.old$|\.stage$/u));
  });

  it('leaves the old bundle and no staging folder when a file cannot be written', async () => {
    const out = join(tmp, 'third');
    await mkdir(out);
    await writeFile(join(out, 'index.html'), 'old index');
    // Two files with one path: the second `wx` open fails part-way through the staging.
    await expect(stageBundle(out, [...FILES, { path: 'index.html', bytes: text('again') }])).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await listing(out)).toEqual(['index.html']);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('old index');
    expect((await readdir(tmp)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('discard removes the staged folder and keeps the old bundle', async () => {
    const out = join(tmp, 'fourth');
    await mkdir(out);
    await writeFile(join(out, 'index.html'), 'old index');
    const staged = await stageBundle(out, FILES);
    await staged.discard();
    expect(await listing(out)).toEqual(['index.html']);
    expect((await readdir(tmp)).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('runLimited', () => {
  it('runs at most `limit` at once and answers in item order, a failure only failing its own item', async () => {
    let active = 0;
    let peak = 0;
    const results = runLimited(2, [30, 5, 20, 1, 10], async (ms, i) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, ms));
      active--;
      if (i === 3) throw new Error('item 3 failed');
      return ms * 10;
    });
    const settled = await Promise.allSettled(results.map((r) => r.result));
    expect(results.map((r) => r.item)).toEqual([30, 5, 20, 1, 10]);
    expect(peak).toBe(2);
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : s.reason.message))).toEqual([300, 50, 200, 'item 3 failed', 100]);
  });
});
