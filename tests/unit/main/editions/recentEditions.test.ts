import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { RECENT_FILE, RECENT_LIMIT, RecentEditions } from '../../../../src/main/services/editions';
import { tempDirs } from '../../../fixtures/store/tempDir';

const temp = tempDirs();
afterAll(() => temp.cleanup());

let root: string;
let config: string;
let tick = 0;
const now = (): Date => new Date(Date.UTC(2023, 4, 15, 8, 0, tick++));

beforeEach(async () => {
  root = await temp.make('galley-recent-');
  config = path.join(root, 'config');
});

async function folder(name: string): Promise<string> {
  const dir = path.join(root, name);
  await mkdir(dir, { recursive: true });
  return dir;
}

describe('RecentEditions', () => {
  it('lists the newest first, once each, with paper, date and whether the folder still exists', async () => {
    const recent = new RecentEditions(config, now);
    const a = await folder('a.galley');
    const b = await folder('b.galley');
    await recent.add({ path: a, paper: '今日市中', date: '2023-05-15' });
    await recent.add({ path: b, paper: '晚报', date: '2023-05-16' });
    await recent.add({ path: a, paper: '今日市中', date: '2023-05-15' });
    await recent.add({ path: path.join(root, 'gone.galley'), paper: 'x', date: '2023-01-01' });
    const list = await new RecentEditions(config, now).list();
    expect(list.map((e) => [e.name, e.exists])).toEqual([
      ['gone.galley', false],
      ['a.galley', true],
      ['b.galley', true],
    ]);
    expect(list[1]).toMatchObject({ path: a, paper: '今日市中', date: '2023-05-15' });
  });

  it(`keeps only the newest ${RECENT_LIMIT}`, async () => {
    const recent = new RecentEditions(config, now);
    for (let i = 0; i < RECENT_LIMIT + 3; i++) await recent.add({ path: path.join(root, `e${i}.galley`), paper: 'p', date: '2023-05-15' });
    const list = await recent.list();
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0]?.name).toBe(`e${RECENT_LIMIT + 2}.galley`);
  });

  it('loses no entry when adds overlap', async () => {
    const recent = new RecentEditions(config, now);
    await Promise.all([0, 1, 2, 3, 4].map((i) => recent.add({ path: path.join(root, `p${i}.galley`), paper: 'p', date: '2023-05-15' })));
    expect((await recent.list()).map((e) => e.name).sort()).toEqual(['p0.galley', 'p1.galley', 'p2.galley', 'p3.galley', 'p4.galley']);
  });

  it('starts empty from a broken file, keeps the broken file beside it, and writes a good one', async () => {
    await mkdir(config, { recursive: true });
    await writeFile(path.join(config, RECENT_FILE), '{"version": 1, "editions": [{"pa');
    const recent = new RecentEditions(config, now);
    expect(await recent.list()).toEqual([]);
    expect((await readdir(config)).some((n) => n.startsWith(`${RECENT_FILE}.broken-`))).toBe(true);
    await recent.add({ path: await folder('a.galley'), paper: 'p', date: '2023-05-15' });
    expect(JSON.parse(await readFile(path.join(config, RECENT_FILE), 'utf8'))).toMatchObject({ version: 1, editions: [{ name: 'a.galley' }] });
  });

  it('drops only the entries that are not valid, and relative paths', async () => {
    await mkdir(config, { recursive: true });
    const good = { path: await folder('ok.galley'), name: 'ok.galley', paper: 'p', date: '2023-05-15', openedAt: '2023-05-15T08:00:00.000Z' };
    await writeFile(path.join(config, RECENT_FILE), JSON.stringify({ version: 1, editions: [good, { path: 7 }, { ...good, path: 'relative.galley' }] }));
    expect((await new RecentEditions(config, now).list()).map((e) => e.name)).toEqual(['ok.galley']);
  });

  it('removes an entry and answers whether a folder is listed', async () => {
    const recent = new RecentEditions(config, now);
    const a = await folder('a.galley');
    await recent.add({ path: a, paper: 'p', date: '2023-05-15' });
    expect(await recent.includes(`${a}/`)).toBe(true);
    await recent.remove(a);
    expect(await recent.includes(a)).toBe(false);
  });
});
