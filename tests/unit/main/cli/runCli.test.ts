// runCli in-process: the cheaper cases (usage errors, languages, JSON output, serve shutdown)
// without a process per case. galleyProcess.test.ts covers the real launcher.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/main/cli/main';
import { loadEdition, LOCK_FILE } from '../../../../src/main/services/store';
import { capture, SEED } from './support';

let tmp: string;
let empty: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'galley-runcli-'));
  empty = join(tmp, 'empty.galley');
  const c = capture(tmp);
  expect(await runCli(['new', empty, '--preset', 'tabloid', '--paper', '今日市中', '--date', '2023-05-15'], c.io)).toBe(0);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function run(argv: string[], env: Record<string, string | undefined> = {}) {
  const c = capture(tmp, env);
  const code = await runCli(argv, c.io);
  return { code, out: c.out.join('\n'), err: c.err.join('\n') };
}

describe('runCli usage errors', () => {
  it.each([
    [['info'], 'missing EDITION'],
    [['info', 'a', 'b'], 'unexpected argument b'],
    [['info', 'x', '--bogus'], "Unknown option '--bogus'"],
    [['serve', 'x', '--port', '70000'], '--port must be a whole number from 0 to 65535'],
    [['new', 'x', '--date', '2023-02-30'], '--date must be a real date as YYYY-MM-DD'],
    [['new', 'x', '--date', '15.05.2023'], '--date must be a real date'],
    [['new', 'x', '--preset', 'a4'], 'unknown preset "a4"'],
    [['new', 'x', '--sample', '--preset', 'tabloid'], 'broadsheet'],
    [['import', SEED], 'missing --into EDITION'],
    [['--lang', 'fr', 'info', 'x'], 'unknown language "fr"'],
    [[], 'Usage: galley'],
  ])('galley %j exits 2 and says %s', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.out).toBe('');
  });

  it('writes nothing for a usage error', async () => {
    await run(['new', join(tmp, 'never.galley'), '--date', 'tomorrow']);
    expect(existsSync(join(tmp, 'never.galley'))).toBe(false);
  });
});

describe('runCli help and version', () => {
  it('prints help for one command with its options, and `galley help <command>` does the same', async () => {
    const a = await run(['serve', '--help']);
    const b = await run(['help', 'serve']);
    expect(a.code).toBe(0);
    expect(a.out).toContain('Usage: galley serve EDITION');
    for (const option of ['--port N', '--read-only', '--take-over']) expect(a.out).toContain(option);
    expect(b.out).toBe(a.out);
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(await readFile(join(import.meta.dirname, '../../../../package.json'), 'utf8')) as { version: string };
    expect((await run(['--version'])).out).toBe(pkg.version);
  });
});

describe('runCli languages', () => {
  it('speaks Chinese with --lang zh-CN and with GALLEY_LANG=zh-CN', async () => {
    const missing = join(tmp, 'missing.galley');
    const flag = await run(['info', missing, '--lang', 'zh-CN']);
    const env = await run(['info', missing], { GALLEY_LANG: 'zh-CN' });
    expect(flag.code).toBe(1);
    expect(flag.err).toBe(`错误：${missing} 处没有版面文件：文件夹不存在`);
    expect(env.err).toBe(flag.err);
    expect((await run(['info', missing])).err).toBe(`error: no edition at ${missing}: the folder does not exist`);
  });

  it('speaks Chinese under a Chinese locale unless told otherwise', async () => {
    const missing = join(tmp, 'missing.galley');
    expect((await run(['info', missing], { LANG: 'zh_CN.UTF-8' })).err).toMatch(/^错误：/u);
    expect((await run(['info', missing], { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).err).toMatch(/^error: /u);
    expect((await run(['info', missing], { LANG: 'zh_CN.UTF-8', GALLEY_LANG: 'en' })).err).toMatch(/^error: /u);
  });

  it('lets --lang win over GALLEY_LANG', async () => {
    const result = await run(['info', join(tmp, 'nope'), '--lang', 'en'], { GALLEY_LANG: 'zh-CN' });
    expect(result.err).toMatch(/^error: no edition at/u);
  });
});

describe('runCli new', () => {
  it('makes what File ▸ New makes: A01 (要闻) on the chosen preset, with the running head and the masthead', async () => {
    const { edition } = await loadEdition(empty);
    expect(edition.pages.map((p) => [p.label, p.section])).toEqual([['A01', '要闻']]);
    expect(edition.format.name).toBe('四开');
    expect(edition.meta).toMatchObject({ paper: '今日市中', date: '2023-05-15' });
    const master = edition.masters.find((m) => m.id === edition.pages[0]?.masterId);
    expect(master?.frames.map((f) => f.name)).toEqual(['报眉', '报眉版次', '报眉线']);
    // The masthead: the paper's name (its one story), the date and day beside it, a rule.
    expect(edition.stories.map((s) => s.paragraphs.map((p) => p.runs.map((r) => r.text).join('')))).toEqual([['今日市中']]);
    expect(edition.pages[0]?.frames.map((f) => [f.kind, f.kind === 'text' ? f.template : null])).toEqual([
      ['text', null],
      ['text', '{date}　{weekday}'],
      ['rule', null],
    ]);
  });

  it('refuses a folder that is not empty and leaves it alone', async () => {
    const dir = join(tmp, 'occupied');
    await mkdir(dir);
    await writeFile(join(dir, 'notes.txt'), 'mine');
    const result = await run(['new', dir]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(dir);
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });
});

describe('runCli import', () => {
  it('--json prints one object with the full report of every file', async () => {
    const dir = join(tmp, 'import-json.galley');
    expect((await run(['new', dir])).code).toBe(0);
    const result = await run(['import', SEED, '--into', dir, '--json']);
    expect(result.code, result.err).toBe(0);
    const doc = JSON.parse(result.out) as {
      edition: string;
      added: number;
      revision: number;
      files: Array<{ file: string; report: { stories: Array<{ kind: string }>; notes: Array<{ kind: string; repaired: boolean; storySlug: string }> } }>;
    };
    expect(doc.edition).toBe(dir);
    expect(doc.added).toBe(10);
    expect(doc.files).toHaveLength(1);
    const report = doc.files[0]?.report;
    expect(report?.stories.filter((s) => s.kind === 'article')).toHaveLength(9);
    const rejoins = report?.notes.filter((n) => n.kind === 'rejoined-paragraph') ?? [];
    expect(rejoins.length).toBeGreaterThanOrEqual(6);
    expect(rejoins.every((n) => n.repaired)).toBe(true);
    const lost = report?.notes.filter((n) => n.kind === 'possible-lost-text') ?? [];
    expect(lost).toHaveLength(1);
    expect(lost[0]?.repaired).toBe(false);

    const { edition } = await loadEdition(dir);
    expect(edition.stories).toHaveLength(11); // with the masthead's
    // Imported stories are not placed.
    const placed = new Set(edition.pages.flatMap((p) => p.frames.flatMap((f) => (f.kind === 'text' && f.storyId !== null ? [f.storyId] : []))));
    expect(edition.stories.filter((s) => placed.has(s.id))).toHaveLength(1);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a file that is not UTF-8, naming it and the byte, and leaves the edition unchanged', async () => {
    const dir = join(tmp, 'import-bad.galley');
    expect((await run(['new', dir])).code).toBe(0);
    const bad = join(tmp, 'latin1.txt');
    await writeFile(bad, Buffer.concat([Buffer.from('## 标题\n\n正文', 'utf8'), Buffer.from([0xe9, 0x0a])]));
    const before = await readFile(join(dir, 'edition.json'));
    const result = await run(['import', SEED, bad, '--into', dir]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(bad);
    expect(result.err).toMatch(/byte \d+/u);
    expect(result.err).toMatch(/UTF-8/u);
    expect(await readFile(join(dir, 'edition.json'))).toEqual(before);
  });

  it('names a missing input file', async () => {
    const result = await run(['import', join(tmp, 'nowhere.txt'), '--into', empty]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(join(tmp, 'nowhere.txt'));
  });
});

describe('runCli serve', () => {
  it('fails with a clear message when the renderer build is missing, without taking the lock', async () => {
    const result = await run(['serve', empty, '--renderer-dir', join(tmp, 'no-build')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('npm run build');
    expect(result.err).toContain(join(tmp, 'no-build', 'index.html'));
    expect(existsSync(join(empty, LOCK_FILE))).toBe(false);
  });

  it('serves until a stop signal, then closes the session and releases the lock', async () => {
    const build = join(tmp, 'build');
    await mkdir(build, { recursive: true });
    await writeFile(join(build, 'index.html'), '<!doctype html>');
    const c = capture(tmp);
    const done = runCli(['serve', empty, '--renderer-dir', build], c.io);
    const url = await waitFor(() => c.out.map((l) => /^Galley is serving .+ at (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)$/u.exec(l)?.[1]).find(Boolean));
    expect(existsSync(join(empty, LOCK_FILE))).toBe(true);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    c.stop('SIGINT');
    expect(await done).toBe(0);
    expect(existsSync(join(empty, LOCK_FILE))).toBe(false);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('opens a locked edition with --read-only and says who holds it', async () => {
    const build = join(tmp, 'build');
    const holder = capture(tmp);
    const first = runCli(['serve', empty, '--renderer-dir', build], holder.io);
    await waitFor(() => holder.out.find((l) => l.startsWith('Galley is serving')));
    const viewer = capture(tmp);
    const second = runCli(['serve', empty, '--renderer-dir', build, '--read-only'], viewer.io);
    await waitFor(() => viewer.out.find((l) => l.startsWith('Galley is serving')));
    expect(viewer.out.join('\n')).toMatch(/Read-only: the edition is locked by .+ \(pid \d+\)/u);
    viewer.stop('SIGTERM');
    holder.stop('SIGTERM');
    expect(await second).toBe(0);
    expect(await first).toBe(0);
    expect(existsSync(join(empty, LOCK_FILE))).toBe(false);
  });
});

async function waitFor<T>(probe: () => T | undefined | null | false | ''): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('timed out waiting');
}
