// `galley layout` in-process on the sample edition: the per-frame summary, --page, --json (the
// stable layout JSON, equal to what the service composes), overset as "+N 字" with where it
// starts, and the errors (unknown page label, a style naming a font nobody has).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/main/cli/main';
import { createFontService } from '../../../../src/main/services/fonts';
import { composeEditionWithFonts } from '../../../../src/main/services/layout';
import { loadEdition } from '../../../../src/main/services/store';
import { layoutToJson } from '../../../../src/shared/layout/output';
import { capture, PROJECT_ROOT } from './support';

let tmp: string;
let sample: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'galley-layout-'));
  sample = join(tmp, 'sample.galley');
  expect(await runCli(['new', sample, '--sample', '--date', '2023-05-15'], capture(tmp).io)).toBe(0);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function run(argv: string[], env: Record<string, string | undefined> = {}) {
  const c = capture(tmp, env);
  const code = await runCli(argv, c.io);
  return { code, out: c.out.join('\n'), err: c.err.join('\n') };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw edition.json, edited as a user would by hand
type RawJson = any;

/** A fresh sample edition whose edition.json was changed by `edit`. */
async function editedCopy(name: string, edit: (doc: RawJson) => void): Promise<string> {
  const dir = join(tmp, name);
  expect(await runCli(['new', dir, '--sample', '--date', '2023-05-15'], capture(tmp).io)).toBe(0);
  const doc = JSON.parse(await readFile(join(dir, 'edition.json'), 'utf8')) as RawJson;
  edit(doc);
  await writeFile(join(dir, 'edition.json'), JSON.stringify(doc, null, 2));
  return dir;
}

describe('galley layout', () => {
  it('prints each frame with its lines per column, then overset and missing glyphs', async () => {
    const r = await run(['layout', sample]);
    expect(r).toMatchObject({ code: 0, err: '' });
    const { edition } = await loadEdition(sample);
    const layout = await composeEditionWithFonts(edition, { fonts: createFontService({ projectRoot: PROJECT_ROOT }), editionDir: sample });
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^A01 {2}要闻 {2}\[page-/u);
    for (const frame of layout.pages[0]!.frames.filter((f) => f.columns.length > 0)) {
      const total = frame.columns.reduce((n, c) => n + c.lines.length, 0);
      const row = lines.find((l) => l.includes(`[${frame.frameId}]`));
      expect(row, frame.frameId).toMatch(new RegExp(`= ${total} lines?$`, 'u'));
    }
    expect(lines.some((l) => /\[frame-[0-9a-f]+\] .+: band \d+ \+ \d+ \| \d+/u.test(l))).toBe(true);
    expect(lines.slice(-2)).toEqual(['Overset: none', 'Missing glyphs: none']);
  });

  it('--json prints the stable layout JSON of the edition, and --page that of one page', async () => {
    const whole = await run(['layout', sample, '--json']);
    const { edition } = await loadEdition(sample);
    const layout = await composeEditionWithFonts(edition, { fonts: createFontService({ projectRoot: PROJECT_ROOT }), editionDir: sample });
    expect(whole.out).toBe(layoutToJson(layout));
    const page = await run(['layout', sample, '--page', 'A01', '--json']);
    expect(page.out).toBe(whole.out); // one page, so the page's composition is the edition's
  });

  it('refuses a page label the edition does not have, listing the labels', async () => {
    const r = await run(['layout', sample, '--page', 'B07']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no page labelled "B07"; the pages are A01');
  });

  it('reports overset as "+N 字" with the paragraph and offset where it starts, in English and Chinese', async () => {
    let storyId = '';
    const dir = await editedCopy('short.galley', (doc) => {
      const frame = (doc.pages[0].frames as Array<{ kind: string; storyId: string | null; columns: number; height: number }>).find((f) => f.kind === 'text' && f.storyId !== null && f.columns >= 4)!;
      frame.height = 60;
      storyId = frame.storyId!;
    });
    const json = JSON.parse((await run(['layout', dir, '--json'])).out) as { overset: Array<{ storyId: string; chars: number; from: { paragraphId: string; offset: number } }> };
    expect(json.overset.map((o) => o.storyId)).toEqual([storyId]);
    const { chars, from } = json.overset[0]!;
    expect(chars).toBeGreaterThan(100);
    const r = await run(['layout', dir]);
    expect(r.out).toContain('Overset (1 story):');
    expect(r.out).toMatch(new RegExp(`: \\+${chars} 字 from paragraph \\d+ \\[${from.paragraphId}\\] at offset ${from.offset} “.+”; last frame frame-[0-9a-f]+ on A01`, 'u'));
    expect((await run(['layout', dir, '--lang', 'zh-CN'])).out).toContain(`+${chars} 字，自第`);
  });

  it('names edition.json, the style and the family when no font has it', async () => {
    let index = -1;
    const dir = await editedCopy('nofont.galley', (doc) => {
      index = (doc.styles.paragraph as Array<{ name: string }>).findIndex((s) => s.name === '正文');
      doc.styles.paragraph[index].font.cjk = 'No Such Song';
    });
    const r = await run(['layout', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`cannot load ${join(dir, 'edition.json')}: at $.styles.paragraph[${index}].font.cjk: no font of the family "No Such Song"`);
  });
});
