// `galley check EDITION [--json]`: the sample edition passes (exit 0, the RGB photo noted); the
// same edition broken on purpose (a frame too short for its story, a box over the ink limit, a
// rule off the page, a thread cycle) fails with exit 1, one line per issue in the CLI's language
// and a summary; --json prints exactly one object. The last spec runs the real launcher.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportJson } from '../../../../src/main/cli/commands/checkCommand';
import { runCli } from '../../../../src/main/cli/main';
import { createFontService } from '../../../../src/main/services/fonts';
import { runPreflight } from '../../../../src/main/services/preflight';
import { loadEdition } from '../../../../src/main/services/store';
import { capture, galley, PROJECT_ROOT } from './support';

let tmp: string;
let sample: string;
let broken: string;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw edition.json, edited as a user would by hand
type RawJson = any;

async function newSample(name: string): Promise<string> {
  const dir = join(tmp, name);
  expect(await runCli(['new', dir, '--sample', '--date', '2023-05-15'], capture(tmp).io)).toBe(0);
  return dir;
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'galley-check-'));
  sample = await newSample('sample.galley');
  broken = await newSample('broken.galley');
  const file = join(broken, 'edition.json');
  const doc = JSON.parse(await readFile(file, 'utf8')) as RawJson;
  const frames = doc.pages[0].frames as RawJson[];
  const text = frames.filter((f) => f.kind === 'text');
  text[0].height = 40; // far too short for its story
  const { x, y } = text[1];
  frames.push(
    { id: 'frame-box', kind: 'box', name: '底纹', x, y, width: 100, height: 60, locked: false, groupId: null, wrap: text[1].wrap, stroke: null, fill: { c: 80, m: 70, y: 70, k: 100 } },
    { id: 'frame-off', kind: 'rule', name: '飞线', x: 2000, y: 100, width: 100, height: 0, locked: false, groupId: null, wrap: text[1].wrap, stroke: { width: 1, color: { c: 0, m: 0, y: 0, k: 100 } } },
  );
  // Two frames of one story linked both ways round: it loads, and it is a cycle.
  const [a, b] = [text[2], text[3]];
  b.storyId = a.storyId;
  a.next = { pageId: doc.pages[0].id, frameId: b.id };
  a.prev = { pageId: doc.pages[0].id, frameId: b.id };
  b.next = { pageId: doc.pages[0].id, frameId: a.id };
  b.prev = { pageId: doc.pages[0].id, frameId: a.id };
  await writeFile(file, JSON.stringify(doc, null, 2));
}, 60_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function run(argv: string[]) {
  const c = capture(tmp);
  const code = await runCli(argv, c.io);
  return { code, out: c.out, err: c.err.join('\n') };
}

describe('galley check', () => {
  it('passes the sample edition: exit 0, the RGB photo noted, a summary line', async () => {
    const r = await run(['check', sample]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toHaveLength(2);
    expect(r.out[0]).toMatch(/^note {2}A01 {2}keji-jie-photo\.png {2}RGB image, converted to the output CMYK on export: assets\/keji-jie-photo\.png$/u);
    expect(r.out[1]).toBe('Preflight: 0 errors, 0 warnings, 1 note');
  }, 60_000);

  it('--json prints exactly one object: the service’s report with each issue’s message', async () => {
    const r = await run(['check', sample, '--json']);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out.join('\n')) as unknown;
    const { edition } = await loadEdition(sample);
    const report = await runPreflight({ edition, editionDir: sample, fonts: createFontService({ projectRoot: PROJECT_ROOT }), projectRoot: PROJECT_ROOT });
    expect(parsed).toEqual(reportJson(report));
    expect(Object.keys(parsed as object)).toEqual(['errors', 'warnings', 'issues']);
  }, 60_000);

  it('fails an edition broken on purpose with exit 1, one line per issue and the count of errors', async () => {
    const r = await run(['check', broken]);
    expect(r.code).toBe(1);
    const lines = r.out.slice(0, -1);
    expect(lines.find((l) => l.includes(' characters overset'))).toMatch(/^error {2,4}A01 {2}\S.* {2}\d+ characters overset: the story “.+” does not fit its frames$/u);
    expect(lines.some((l) => /^error .*底纹 .*the fill colour has 320 % total ink, over the limit of 240 %$/u.test(l))).toBe(true);
    expect(lines.some((l) => /^error .*飞线 .*entirely outside the page and its bleed/u.test(l))).toBe(true);
    expect(lines.some((l) => /^error .*the thread runs in a circle/u.test(l))).toBe(true);
    const errors = lines.filter((l) => l.startsWith('error')).length;
    expect(errors).toBeGreaterThanOrEqual(4);
    expect(r.out.at(-1)).toMatch(new RegExp(`^Preflight: ${errors} errors, \\d+ warnings?, \\d+ notes? — export will refuse without an override$`, 'u'));
  }, 60_000);

  it('speaks Chinese with --lang zh-CN, except in --json, which reads the same in every language', async () => {
    const r = await run(['--lang', 'zh-CN', 'check', broken]);
    expect(r.code).toBe(1);
    const [zh, en] = await Promise.all([run(['--lang', 'zh-CN', 'check', broken, '--json']), run(['check', broken, '--json'])]);
    expect(zh.out).toEqual(en.out);
    expect(r.out.some((l) => /^错误 {2}A01 .*文字溢出 \d+ 字/u.test(l))).toBe(true);
    expect(r.out.at(-1)).toMatch(/^印前检查：\d+ 个错误，\d+ 个警告，\d+ 条提示；/u);
  }, 60_000);

  it('refuses a folder that is not there, naming it', async () => {
    const r = await run(['check', join(tmp, 'nowhere.galley')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(join(tmp, 'nowhere.galley'));
  });

  it('exits 1 from the real launcher, and its --json output is one JSON object', async () => {
    const text = await galley(['check', broken], { cwd: tmp });
    expect(text.code).toBe(1);
    expect(text.stderr).toBe('');
    const json = await galley(['check', broken, '--json'], { cwd: tmp });
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as { errors: number; issues: Array<{ message: string; severity: string }> };
    expect(parsed.errors).toBe(parsed.issues.filter((i) => i.severity === 'error').length);
    expect(parsed.issues.every((i) => i.message.length > 0)).toBe(true);
  }, 120_000);
});
