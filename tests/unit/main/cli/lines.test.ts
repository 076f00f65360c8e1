// `galley lines` in-process: the paragraph, --json, --breaks and --batch modes, levels in any
// case, and the errors (bad options, malformed batch lines). With real fonts: linesFont.test.ts.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/main/cli/main';
import { capture } from './support';

/** Runs `galley lines ...` with `input` on stdin, delivered in small chunks as a pipe would. */
async function lines(argv: string[], input: string, env: Record<string, string | undefined> = {}) {
  const c = capture(undefined, env);
  async function* chunks(): AsyncGenerator<string> {
    for (let i = 0; i < input.length; i += 7) yield input.slice(i, i + 7);
  }
  const code = await runCli(['lines', ...argv], { ...c.io, stdin: () => ({ isTTY: false, chunks: chunks() }) });
  return { code, out: c.out, err: c.err.join('\n') };
}

describe('galley lines --width-em', () => {
  it('prints each line of the paragraph on its own line (push-in: the comma is compressed onto the line)', async () => {
    const r = await lines(['--width-em', '6'], '文文（文）文，字字\n');
    expect(r).toMatchObject({ code: 0, out: ['文文（文）文，', '字字'], err: '' });
  });

  it('pushes out when push-in cannot fit, at GB level by default', async () => {
    expect((await lines(['--width-em', '5'], '文文文文文，字')).out).toEqual(['文文文文', '文，字']);
  });

  it('takes the level in any case, and applies it', async () => {
    expect((await lines(['--width-em', '5', '--level', 'STRICT'], '文文文文……字')).out).toEqual(['文文文', '文……字']);
    expect((await lines(['--width-em', '5', '--level', 'gb'], '文文文文……字')).out).toEqual(['文文文文', '……字']);
    expect((await lines(['--width-em', '5', '--level', 'None'], '文文文文文，字')).out).toEqual(['文文文文文', '，字']);
  });

  it('applies orphan control only when asked', async () => {
    expect((await lines(['--width-em', '5'], '文文文文文字')).out).toEqual(['文文文文文', '字']);
    expect((await lines(['--width-em', '5', '--orphan-control'], '文文文文文字')).out).toEqual(['文文文文', '文字']);
  });

  it('--json gives each line with its widths, the adjustment and how its end was chosen', async () => {
    const r = await lines(['--width-em', '5', '--json', '--size', '9'], '文文文文文，字');
    const doc = JSON.parse(r.out.join('\n')) as { widthEm: number; level: string; sizePt: number; lines: Array<Record<string, unknown>> };
    expect(doc).toMatchObject({ widthEm: 5, level: 'gb', sizePt: 9 });
    expect(doc.lines).toEqual([
      { text: '文文文文', start: 0, end: 4, naturalEm: 4, widthEm: 5, adjustmentEm: 1, widthPt: 45, adjustmentPt: 9, resolution: 'push-out', hyphenated: false },
      { text: '文，字', start: 4, end: 7, naturalEm: 3, widthEm: 3, adjustmentEm: 0, widthPt: 27, adjustmentPt: 0, resolution: 'fit', hyphenated: false },
    ]);
  });
});

describe('galley lines --breaks', () => {
  it('prints every break opportunity as code-point boundaries', async () => {
    expect((await lines(['--breaks'], '他说：“你好。”我答\n')).out).toEqual(['[1,3,5,8,9]']);
  });

  it('differs between GB and untailored UAX #14 exactly where the tailoring says', async () => {
    expect((await lines(['--breaks', '--level', 'uax14'], '北京—上海')).out).toEqual(['[1,2,3,4]']);
    expect((await lines(['--breaks'], '北京—上海')).out).toEqual(['[1,3,4]']);
  });

  it('counts code points outside the BMP as one', async () => {
    expect((await lines(['--breaks', '--level', 'loose'], '文𐫶字')).out).toEqual(['[1,2]']);
  });
});

describe('galley lines --batch', () => {
  it('answers every JSON line with one JSON line, lines only where widthEm is given', async () => {
    const input = [
      JSON.stringify({ id: 'one', text: '文文文文文，字', level: 'GB', widthEm: 5 }),
      JSON.stringify({ text: '北京—上海', level: 'uax14' }),
      JSON.stringify({ text: '文文文文文字', widthEm: 5, options: { orphanControl: true } }),
    ].join('\n');
    const r = await lines(['--batch'], input);
    expect(r.code).toBe(0);
    expect(r.out.map((l) => JSON.parse(l) as unknown)).toEqual([
      { id: 'one', breaks: [1, 2, 3, 4, 6], lines: ['文文文文', '文，字'] },
      { breaks: [1, 2, 3, 4] },
      { breaks: [1, 2, 3, 4, 5], lines: ['文文文文', '文字'] },
    ]);
  });

  it('reports a malformed line by its number and goes on, exiting 1 at the end', async () => {
    const input = ['{"text":"中文"}', 'not json', '', '{"text":3}', '{"text":"中文","level":"normal"}', '{"text":"中文","widthEm":-1}', '{"text":"文字"}'].join('\n');
    const r = await lines(['--batch'], `${input}\n`);
    expect(r.code).toBe(1);
    const answers = r.out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(answers.map((a) => a.line ?? null)).toEqual([null, 2, 4, 5, 6, null]);
    expect(answers[1]?.error).toMatch(/^not JSON/u);
    expect(answers[2]?.error).toBe('"text" must be a string');
    expect(answers[3]?.error).toContain('"level"');
    expect(answers[4]?.error).toContain('"widthEm"');
    expect(answers[5]).toEqual({ breaks: [1] });
  });

  it('uses --level as the default for lines without one', async () => {
    const r = await lines(['--batch', '--level', 'uax14'], '{"text":"北京—上海"}\n{"text":"北京—上海","level":"gb"}');
    expect(r.out).toEqual(['{"breaks":[1,2,3,4]}', '{"breaks":[1,3,4]}']);
  });
});

describe('galley lines errors', () => {
  it.each([
    [[], 'missing --width-em N'],
    [['--width-em', '0'], '--width-em must be a positive number, not "0"'],
    [['--width-em', 'wide'], '--width-em must be a positive number'],
    [['--width-em', '5', '--level', 'normal'], 'unknown --level "normal"'],
    [['--width-em', '5', '--size', 'big'], '--size must be a positive number of points or a 字号 name such as 小五, not "big"'],
    [['--batch', '--breaks'], '--batch reads its widths from the input lines'],
    [['--breaks', '--width-em', '5'], 'either --breaks or --width-em'],
    [['extra'], 'unexpected argument extra'],
  ])('galley lines %j exits 2 and says %s', async (argv, message) => {
    const r = await lines(argv, '中文');
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toEqual([]);
  });

  it('speaks Chinese under --lang zh-CN', async () => {
    const r = await lines(['--lang', 'zh-CN', '--width-em', '5', '--level', 'normal'], '中文');
    expect(r.err).toContain('不支持的 --level“normal”');
  });

  it('fails cleanly when there is no standard input to read', async () => {
    const c = capture();
    expect(await runCli(['lines', '--width-em', '5'], c.io)).toBe(1);
    expect(c.err.join('\n')).toContain('no standard input');
  });

  it('is listed in galley --help with its summary', async () => {
    const c = capture();
    expect(await runCli(['--help'], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/^ {2}lines +set a paragraph from stdin into lines/mu);
  });
});
