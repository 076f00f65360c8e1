// The `galley` command as users run it: a real `node bin/galley.mjs` process per call. Kept to
// a dozen processes (each costs about half a second for tsx to start).
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEdition, LOCK_FILE } from '../../../../src/main/services/store';
import { BIN, type Finished, galley, PROJECT_ROOT, SEED, STACK_LINE } from './support';
import { CURRENT_SCHEMA_VERSION } from '../../../../src/shared/model';

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'galley-cli-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const keys = (value: object): string[] => Object.keys(value).sort();
/** 字 as staff count them, computed here independently of the model's countChars. */
const hanCount = (text: string): number => [...text].filter((ch) => !/\s/u.test(ch)).length;

describe('galley --help', () => {
  it('lists every command and exits 0', async () => {
    const run = await galley(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['new', 'import', 'info', 'serve']) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'mu'));
    expect(run.stdout).toContain('--lang');
    expect(run.stderr).toBe('');
  });
});

describe('galley new --sample, then galley info --json', () => {
  let dir: string;
  let created: Finished;
  let info: Finished;
  let doc: {
    schemaVersion: number;
    name: string;
    format: object;
    pages: Array<{ frames: Array<Record<string, unknown>> } & Record<string, unknown>>;
    stories: Array<{ headline: string | null; byline: string | null; text: string; chars: number; paragraphs: number; placed: boolean; importNotes: unknown[]; id: string; slug: string } & Record<string, unknown>>;
  };

  beforeAll(async () => {
    dir = join(tmp, 'sample.galley');
    created = await galley(['new', dir, '--sample']);
    info = await galley(['info', dir, '--json']);
    doc = JSON.parse(info.stdout) as typeof doc;
  });

  it('creates the edition and lists what it wrote', () => {
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain(`Created edition ${dir}`);
    expect(created.stdout).toMatch(/wrote edition\.json \(\d+ bytes\)/u);
    expect(created.stdout).toMatch(/wrote assets\/[^ ]+\.png \(\d+ bytes\)/u);
    expect(existsSync(join(dir, 'edition.json'))).toBe(true);
  });

  it('prints exactly one JSON object with the documented key set', () => {
    expect(info.code, info.stderr).toBe(0);
    expect(info.stdout.trim().startsWith('{')).toBe(true);
    expect(keys(doc)).toEqual(['format', 'meta', 'name', 'pages', 'schemaVersion', 'stories']);
    expect(keys(doc.format)).toEqual(['baselineGrid', 'bleed', 'bodySize', 'columns', 'gutter', 'margins', 'name', 'trim']);
    expect(doc.name).toBe('sample.galley');
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(doc.pages.length).toBeGreaterThan(0);
    for (const page of doc.pages) {
      expect(keys(page)).toEqual(['frames', 'id', 'label', 'number', 'section']);
      for (const frame of page.frames) {
        expect(keys(frame)).toEqual(['assetId', 'columns', 'gutter', 'height', 'id', 'kind', 'name', 'storyId', 'width', 'x', 'y']);
      }
    }
    for (const story of doc.stories) {
      expect(keys(story)).toEqual(['byline', 'chars', 'credits', 'headline', 'id', 'importNotes', 'paragraphs', 'placed', 'slug', 'status', 'text']);
    }
  });

  it('lists the 9 article stories of the seed, each placed, with 字 counts of their text', () => {
    const articles = doc.stories.filter((s) => s.headline !== null);
    expect(articles).toHaveLength(9);
    expect(articles[0]?.headline).toBe('2023年度全区高质量发展综合绩效考核总结会议召开');
    for (const story of articles) {
      expect(story.placed).toBe(true);
      expect(story.chars).toBe(hanCount(story.text));
      expect(story.text.split('\n')).toHaveLength(story.paragraphs);
      expect(story.text.startsWith(story.headline ?? '')).toBe(true);
    }
  });

  it('describes frames: text frames name their story, the image frame its asset, other kinds 1 column', () => {
    const frames = doc.pages.flatMap((p) => p.frames);
    const storyIds = new Set(doc.stories.map((s) => s.id));
    const images = frames.filter((f) => f.kind === 'image');
    expect(images.length).toBeGreaterThanOrEqual(1);
    for (const frame of frames) {
      expect(['text', 'image', 'rule', 'box']).toContain(frame.kind);
      for (const k of ['x', 'y', 'width', 'height']) expect(typeof frame[k]).toBe('number');
      if (frame.kind === 'text') {
        expect(frame.storyId === null || storyIds.has(frame.storyId as string)).toBe(true);
        expect(frame.assetId).toBeNull();
      } else {
        expect(frame).toMatchObject({ columns: 1, gutter: 0, storyId: null });
      }
      if (frame.kind === 'image') expect(typeof frame.assetId).toBe('string');
    }
    const placedIds = new Set(frames.map((f) => f.storyId).filter((id) => id !== null));
    for (const story of doc.stories) expect(story.placed).toBe(placedIds.has(story.id));
  });
});

describe('galley errors', () => {
  it('names the missing edition folder, exits 1, and prints no stack trace', async () => {
    const missing = join(tmp, 'does-not-exist.galley');
    const run = await galley(['info', missing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(missing);
    expect(run.stderr).toMatch(/^error: /u);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stdout).toBe('');
  });

  it('names edition.json and the JSON path of a malformed edition; --debug adds the stack', async () => {
    const dir = join(tmp, 'broken.galley');
    await cp(join(tmp, 'sample.galley'), dir, { recursive: true });
    const file = join(dir, 'edition.json');
    const raw = JSON.parse(await readFile(file, 'utf8')) as { pages: Array<{ frames: Array<{ width: unknown }> }> };
    const frame = raw.pages[0]?.frames[1];
    if (!frame) throw new Error('the sample should have a second frame on page 1');
    frame.width = 'wide';
    await writeFile(file, JSON.stringify(raw, null, 2));

    const plain = await galley(['info', dir]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain(file);
    expect(plain.stderr).toContain('$.pages[0].frames[1].width');
    expect(plain.stderr).not.toMatch(STACK_LINE);

    const debug = await galley(['info', dir, '--debug']);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toContain('$.pages[0].frames[1].width');
    expect(debug.stderr).toMatch(STACK_LINE);
  });

  it('exits 2 for a usage error', async () => {
    const run = await galley(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('galley import', () => {
  it('imports the seed into a new edition and reports every repair and flag', async () => {
    const dir = join(tmp, 'empty.galley');
    const made = await galley(['new', dir, '--paper', '今日市中', '--date', '2023-05-15']);
    expect(made.code, made.stderr).toBe(0);
    const run = await galley(['import', SEED, '--into', dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('seed-page.txt');
    expect(run.stdout).toMatch(/Repairs:/u);
    expect(run.stdout).toMatch(/rejoined/u);
    expect(run.stdout).toContain('总体目');
    expect(run.stdout).toMatch(/Flagged/u);
    expect(run.stdout).toContain('做到');
    expect(run.stdout).toMatch(/Saved .*empty\.galley: 10 stories added/u);
    const { edition } = await loadEdition(dir);
    expect(edition.stories).toHaveLength(11); // and the masthead's
    expect(edition.meta.paper).toBe('今日市中');
  });
});

describe('galley serve', () => {
  it('prints the URL line, serves the API with the token, and on SIGTERM saves, unlocks and exits 0', async () => {
    const dir = join(tmp, 'serve.galley');
    await cp(join(tmp, 'sample.galley'), dir, { recursive: true });
    const build = join(tmp, 'build');
    await mkdir(build, { recursive: true });
    await writeFile(join(build, 'index.html'), '<!doctype html><title>fake build</title>');

    const child = spawn(process.execPath, [BIN, 'serve', dir, '--port', '0', '--renderer-dir', build], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const url = await waitForUrl(child);
      const { origin, searchParams } = new URL(url);
      const token = searchParams.get('token') ?? '';
      const api = (method: string, body: unknown, auth = true) =>
        fetch(`${origin}/api/${method}`, { method: 'POST', headers: auth ? { authorization: `Bearer ${token}` } : {}, body: JSON.stringify(body) });

      expect((await api('getDocument', {}, false)).status).toBe(401);
      const got = await api('getDocument', {});
      expect(got.status).toBe(200);
      const doc = (await got.json()) as { value: { revision: number; edition: { pages: Array<{ id: string; frames: Array<{ id: string; kind: string }> }> } } };
      const page = doc.value.edition.pages[0];
      const frame = page?.frames.find((f) => f.kind === 'text');
      if (!page || !frame) throw new Error('the sample should have a text frame');
      const moved = await api('applyOps', { baseRevision: doc.value.revision, ops: [{ type: 'moveFrame', pageId: page.id, frameId: frame.id, x: 123, y: 456 }] });
      expect(moved.status).toBe(200);
      expect(existsSync(join(dir, LOCK_FILE))).toBe(true);

      // A second serve of the same edition is refused, naming the holder and the way out.
      const second = await galley(['serve', dir, '--renderer-dir', build]);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain('--read-only');
      expect(second.stderr).toContain(`pid ${child.pid}`);

      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
    const { edition } = await loadEdition(dir);
    const saved = edition.pages[0]?.frames.find((f) => f.x === 123 && f.y === 456);
    expect(saved).toBeDefined();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });
});

function waitForUrl(child: ChildProcessWithoutNullStreams | ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no URL line within 15 s; stdout: ${out} stderr: ${err}`)), 15_000);
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const match = /^Galley is serving .+ at (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)$/mu.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('close', (code) => reject(new Error(`serve exited with ${code}; stderr: ${err}`)));
  });
}
