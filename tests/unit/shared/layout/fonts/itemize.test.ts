import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charClass, type CompositeFont, itemize, type ItemizeOptions } from '../../../../../src/shared/layout/fonts';
import { loadFace, PROJECT_ROOT } from '../../../../fixtures/fonts/fontFiles';

const song: CompositeFont = { cjk: loadFace('serifRegular'), latin: loadFace('latinRegular') };

/** Runs as [text, slot] pairs, which is what the rules decide. */
function runs(text: string, font: CompositeFont = song, options: ItemizeOptions = {}): Array<[string, string]> {
  return itemize(text, font, options).map((r) => [text.slice(r.start, r.end), r.slot]);
}

describe('charClass', () => {
  it.each([
    ['国', 'cjk'],
    ['。', 'cjk'],
    ['，', 'cjk'],
    ['（', 'cjk'],
    ['％', 'cjk'],
    ['\u3000', 'cjk'],
    ['A', 'latin'],
    ['7', 'latin'],
    ['é', 'latin'],
    ['Ж', 'latin'],
    ['%', 'neutral'],
    [' ', 'neutral'],
    [',', 'neutral'],
    ['℃', 'neutral'],
    ['“', 'opening'],
    ['‘', 'opening'],
    ['”', 'closing'],
    ['’', 'closing'],
    ['—', 'ambiguous'],
    ['…', 'ambiguous'],
    ['·', 'ambiguous'],
    ['□', 'ambiguous'],
    ['\u0301', 'attach'],
    ['\ufe00', 'attach'],
    ['𠀀', 'cjk'],
  ])('classifies %s as %s', (ch, cls) => {
    expect(charClass(ch.codePointAt(0) ?? 0)).toBe(cls);
  });
});

describe('itemize', () => {
  it('splits the seed\'s mixed text into CJK and Latin runs', () => {
    expect(runs('市中云报APP')).toEqual([['市中云报', 'cjk'], ['APP', 'latin']]);
    expect(runs('5月12日')).toEqual([['5', 'latin'], ['月', 'cjk'], ['12', 'latin'], ['日', 'cjk']]);
    expect(runs('第113个')).toEqual([['第', 'cjk'], ['113', 'latin'], ['个', 'cjk']]);
    expect(runs('100%')).toEqual([['100%', 'latin']]);
    expect(runs('“国际护士节”')).toEqual([['“国际护士节”', 'cjk']]);
    expect(runs('2023年度')).toEqual([['2023', 'latin'], ['年度', 'cjk']]);
  });

  it('gives each run the face of its slot, the shaping script and the language', () => {
    const items = itemize('市中云报APP', song);
    expect(items.map((r) => [r.start, r.end, r.face.id, r.script, r.language])).toEqual([
      [0, 4, song.cjk.id, 'Hani', 'zh-Hans'],
      [4, 7, song.latin.id, 'Latn', 'en'],
    ]);
    expect(itemize('AB', song, { latinLanguage: 'de', cjkLanguage: 'zh-Hant' })[0]?.language).toBe('de');
  });

  it('sets quotation marks by the text outside them: CJK in a Chinese sentence, Latin in a Latin one', () => {
    expect(runs('他说“OK”。')).toEqual([['他说“', 'cjk'], ['OK', 'latin'], ['”。', 'cjk']]);
    expect(runs('He said “中国” today.')).toEqual([['He said “', 'latin'], ['中国', 'cjk'], ['” today.', 'latin']]);
    // At the paragraph start the text after the closing mark decides.
    expect(runs('“APP”是')).toEqual([['“', 'cjk'], ['APP', 'latin'], ['”是', 'cjk']]);
    expect(runs('“APP” is')).toEqual([['“APP” is', 'latin']]);
    // With nothing outside, the first strong character inside.
    expect(runs('“Hello”')).toEqual([['“Hello”', 'latin']]);
  });

  it('pairs nested quotation marks, each pair by its own outside', () => {
    expect(runs('他说“她说‘Hi’。”')).toEqual([['他说“她说‘', 'cjk'], ['Hi', 'latin'], ['’。”', 'cjk']]);
    expect(runs('“He said ‘中文’ twice”，')).toEqual([['“', 'cjk'], ['He said ‘', 'latin'], ['中文', 'cjk'], ['’ twice', 'latin'], ['”，', 'cjk']]);
  });

  it('keeps apostrophes Latin and out of quotation pairs', () => {
    expect(runs('it’s Xi’an')).toEqual([['it’s Xi’an', 'latin']]);
    // The ’ of it’s does not close the ‘: the last ’ does, and 中 after it makes the pair CJK.
    expect(runs('‘it’s’中')).toEqual([['‘', 'cjk'], ['it’s', 'latin'], ['’中', 'cjk']]);
    expect(runs('students’ 书')).toEqual([['students’ ', 'latin'], ['书', 'cjk']]);
  });

  it('sets an unpaired quotation mark by its outside neighbour, then the other side', () => {
    expect(runs('“国际护士节')).toEqual([['“国际护士节', 'cjk']]); // the quote continues in the next paragraph
    expect(runs('结束了。”')).toEqual([['结束了。”', 'cjk']]);
    expect(runs('it ended.”')).toEqual([['it ended.”', 'latin']]);
  });

  it('sets dashes, ellipses and the middle dot CJK when a strong neighbour is CJK', () => {
    expect(runs('北京——上海')).toEqual([['北京——上海', 'cjk']]);
    expect(runs('APP——下载')).toEqual([['APP', 'latin'], ['——下载', 'cjk']]);
    expect(runs('马丁·路德')).toEqual([['马丁·路德', 'cjk']]);
    expect(runs('等等……')).toEqual([['等等……', 'cjk']]);
    expect(runs('A·B')).toEqual([['A·B', 'latin']]);
    expect(runs('1949—1986年')).toEqual([['1949—1986', 'latin'], ['年', 'cjk']]);
    expect(runs('□特约通讯员')).toEqual([['□特约通讯员', 'cjk']]);
  });

  it('uses the paragraph default when no strong character decides', () => {
    expect(runs('……')).toEqual([['……', 'cjk']]);
    expect(runs('……', song, { defaultContext: 'latin' })).toEqual([['……', 'latin']]);
  });

  it('falls back to the other face for a character the chosen face lacks', () => {
    // ℃ is common (Latin slot) but Source Serif 4 has no glyph for it; Noto Serif SC has.
    expect(runs('25℃')).toEqual([['25', 'latin'], ['℃', 'cjk']]);
    // A composite whose CJK member cannot draw Han: the Latin member takes over.
    const swapped = { cjk: song.latin, latin: song.cjk };
    expect(itemize('国A', swapped).map((r) => [r.face.id, r.slot, r.script])).toEqual([
      [song.cjk.id, 'latin', 'Hani'],
      [song.cjk.id, 'latin', 'Latn'],
    ]);
    // Neither face has it: the chosen face stays (and missingGlyphs reports it).
    expect(runs('A\u2fe0B')).toEqual([['A\u2fe0B', 'latin']]); // U+2FE0 is unassigned
  });

  it('keeps combining marks, variation selectors and surrogate pairs with their base', () => {
    expect(runs('国\ufe00A')).toEqual([['国\ufe00', 'cjk'], ['A', 'latin']]);
    expect(runs('e\u0301中')).toEqual([['e\u0301', 'latin'], ['中', 'cjk']]);
    expect(runs('\u0301中')).toEqual([['\u0301中', 'cjk']]);
    expect(runs('中𠀀A')).toEqual([['中𠀀', 'cjk'], ['A', 'latin']]);
  });

  it('splits Latin-face runs where the script changes, so each is shaped with one script', () => {
    const items = itemize('Alpha Ωμέγα', song);
    expect(items.map((r) => [r.slot, r.script])).toEqual([
      ['latin', 'Latn'],
      ['latin', 'Grek'],
    ]);
  });

  it('covers the seed page exactly, in order, with no empty run, and every run face has its characters', () => {
    const seed = readFileSync(join(PROJECT_ROOT, 'resources/sample/seed-page.txt'), 'utf8');
    for (const paragraph of seed.split('\n').filter((p) => p.trim() !== '')) {
      const items = itemize(paragraph, song);
      expect(items[0]?.start).toBe(0);
      expect(items.at(-1)?.end).toBe(paragraph.length);
      for (let i = 0; i < items.length; i++) {
        const run = items[i]!;
        expect(run.end).toBeGreaterThan(run.start);
        if (i > 0) expect(run.start).toBe(items[i - 1]!.end);
        if (i > 0) expect(run.slot === items[i - 1]!.slot && run.script === items[i - 1]!.script).toBe(false);
        for (const ch of paragraph.slice(run.start, run.end)) expect(run.face.hasGlyph(ch.codePointAt(0) ?? 0), `${ch} in ${paragraph}`).toBe(true);
      }
    }
  });
});
