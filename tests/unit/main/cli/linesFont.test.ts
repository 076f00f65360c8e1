// `galley lines --font` in-process: the paragraph set by the real engine with the default fonts
// (Noto Serif SC, Source Serif 4), with the conformance defaults; its --json widths; --batch
// lines that name a font and size; and the errors (unknown family, options that need --font).
import { describe, expect, it } from 'vitest';
import { fitLinesEm } from '../../../../src/shared/layout/inline';
import { runCli } from '../../../../src/main/cli/main';
import { capture } from './support';

async function lines(argv: string[], input: string, env: Record<string, string | undefined> = {}) {
  const c = capture(undefined, env);
  async function* chunks(): AsyncGenerator<string> {
    yield input;
  }
  const code = await runCli(['lines', ...argv], { ...c.io, stdin: () => ({ isTTY: false, chunks: chunks() }) });
  return { code, out: c.out, err: c.err.join('\n') };
}

interface FontDoc {
  font: { cjk: string; latin: string };
  sizePt: number;
  measurePt: number;
  level: string;
  autospace: boolean;
  lines: Array<{ text: string; start: number; end: number; widthPt: number; naturalPt: number; adjustmentPt: number; hyphenated: boolean }>;
  missing: Array<{ offset: number; char: string }>;
}

const json = (out: string[]): FontDoc => JSON.parse(out.join('\n')) as FontDoc;
const SERIF = ['--font', 'Noto Serif SC', '--latin-font', 'Source Serif 4'];
const MIXED = '2023年度全区高质量发展综合绩效考核总结会议召开，会上表彰了APP开发团队，5月12日共有113个单位参加。';

describe('galley lines --font', () => {
  it('sets Han text and full-width marks as the em model does, since the face gives them 1 em', async () => {
    for (const [text, width] of [['文文（文）文，字字', '6'], ['文文文文文，字', '5'], ['他说：“你好。”我答应了他的请求，文文文', '8']] as const) {
      const r = await lines(['--width-em', width, ...SERIF], text);
      expect(r.code).toBe(0);
      expect(r.out).toEqual(fitLinesEm(text, { widthEm: Number(width), level: 'gb' }).map((l) => l.text));
    }
  });

  it('measures Latin with the font, so mixed text breaks unlike the em model, every justified line ending at the measure', async () => {
    const r = await lines(['--width-em', '10', ...SERIF, '--json'], MIXED);
    const doc = json(r.out);
    expect(doc).toMatchObject({ font: { cjk: 'Noto Serif SC', latin: 'Source Serif 4' }, sizePt: 9, measurePt: 90, level: 'gb', autospace: false, missing: [] });
    expect(doc.lines.map((l) => l.text).join('')).toBe(MIXED);
    expect(doc.lines.map((l) => l.text)).not.toEqual(fitLinesEm(MIXED, { widthEm: 10, level: 'gb' }).map((l) => l.text));
    for (const line of doc.lines.slice(0, -1)) expect(Math.abs(line.widthPt - 90)).toBeLessThanOrEqual(0.01);
    for (const line of doc.lines) expect(line.adjustmentPt).toBeCloseTo(line.widthPt - line.naturalPt, 3);
    // No 2023, APP, 12 or 113 is split, and no line starts with the comma or full stop.
    for (const unit of ['2023', 'APP', '113']) expect(doc.lines.some((l) => l.text.includes(unit))).toBe(true);
    for (const line of doc.lines) expect(line.text).not.toMatch(/^[，。]/u);
  });

  it('takes --size in points or as a 字号 name, and sets the text at that size', async () => {
    const named = json((await lines(['--width-em', '5', ...SERIF, '--size', '五号', '--json'], '文文文文文，字')).out);
    expect(named).toMatchObject({ sizePt: 10.5, measurePt: 52.5 });
    expect(named.lines[0]).toMatchObject({ text: '文文文文', widthPt: 52.5, naturalPt: 42, adjustmentPt: 10.5 });
    const pt = json((await lines(['--width-em', '5', ...SERIF, '--size', '12', '--json'], '文文文文文，字')).out);
    expect(pt.lines[0]).toMatchObject({ widthPt: 60, naturalPt: 48 });
  });

  it('adds ¼ em between Han and Latin only with --autospace', async () => {
    const off = json((await lines(['--width-em', '20', ...SERIF, '--json'], '用APP开发')).out).lines[0]!;
    const on = json((await lines(['--width-em', '20', ...SERIF, '--autospace', '--json'], '用APP开发')).out).lines[0]!;
    expect(on.naturalPt - off.naturalPt).toBeCloseTo(2 * 0.25 * 9, 3);
  });

  it('applies orphan control only when asked', async () => {
    expect((await lines(['--width-em', '5', ...SERIF], '文文文文文字')).out).toEqual(['文文文文文', '字']);
    expect((await lines(['--width-em', '5', ...SERIF, '--orphan-control'], '文文文文文字')).out).toEqual(['文文文文', '文字']);
  });

  it('uses one family for both scripts when --latin-font is not given, and warns of characters it cannot draw', async () => {
    const r = await lines(['--width-em', '10', '--font', 'Source Serif 4', '--json'], 'Set 中 here');
    const doc = json(r.out);
    expect(doc.font).toEqual({ cjk: 'Source Serif 4', latin: 'Source Serif 4' });
    expect(doc.missing).toEqual([{ offset: 4, char: '中' }]);
    expect(r.err).toContain('no glyph for 中 U+4E2D (offset 4)');
  });

  it('refuses a family no font provides, naming it and the families there are (exit 1)', async () => {
    const r = await lines(['--width-em', '5', '--font', 'Nonesuch Song'], '中文');
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err).toContain('no font of the family "Nonesuch Song"');
    expect(r.err).toMatch(/available are: .*Noto Serif SC.*Source Serif 4/u);
    const zh = await lines(['--lang', 'zh-CN', '--width-em', '5', '--font', 'Noto Serif SC', '--latin-font', 'Nonesuch Roman'], '中文');
    expect(zh.err).toContain('没有字体家族“Nonesuch Roman”');
  });

  it.each([
    [['--width-em', '5', '--latin-font', 'Source Serif 4'], '--latin-font needs --font NAME'],
    [['--width-em', '5', '--autospace'], '--autospace needs --font NAME'],
    [['--breaks', '--font', 'Noto Serif SC'], '--breaks does not depend on a font'],
    [['--width-em', '5', '--font', 'Noto Serif SC', '--size', '大五'], '--size must be a positive number of points or a 字号 name'],
  ])('galley lines %j exits 2 and says %s', async (argv, message) => {
    const r = await lines(argv, '中文');
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

describe('galley lines --batch with fonts', () => {
  it('sets lines that name a font (and size) with the engine, the others with the em model', async () => {
    const input = [
      JSON.stringify({ id: 'font', text: MIXED, widthEm: 10, font: 'Noto Serif SC', latinFont: 'Source Serif 4', size: '小五' }),
      JSON.stringify({ id: 'em', text: MIXED, widthEm: 10 }),
      JSON.stringify({ id: 'bad', text: '中文', widthEm: 5, font: 'Nonesuch Song' }),
      JSON.stringify({ id: 'size', text: '中文', widthEm: 5, font: 'Noto Serif SC', size: 'huge' }),
    ].join('\n');
    const r = await lines(['--batch'], input);
    const [font, em, bad, size] = r.out.map((l) => JSON.parse(l) as { id: string; lines?: string[]; error?: string });
    const single = await lines(['--width-em', '10', ...SERIF], MIXED);
    expect(font?.lines).toEqual(single.out);
    expect(em?.lines).toEqual(fitLinesEm(MIXED, { widthEm: 10, level: 'gb' }).map((l) => l.text));
    expect(bad?.error).toContain('no font of the family "Nonesuch Song"');
    expect(size?.error).toContain('"size" must be');
    expect(r.code).toBe(1);
  });

  it('takes --font and --size as the defaults of every line', async () => {
    const r = await lines(['--batch', ...SERIF, '--size', '10.5'], JSON.stringify({ text: MIXED, widthEm: 10 }));
    const single = await lines(['--width-em', '10', ...SERIF, '--size', '10.5'], MIXED);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out[0] ?? '{}') as { lines: string[] }).lines).toEqual(single.out);
  });
});
