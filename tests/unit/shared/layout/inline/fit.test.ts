// Line fitting by the reference composition model: natural fill, push-in before push-out,
// orphan control, forced breaks, overlong units, and the hyphenation extension point.
import { describe, expect, it } from 'vitest';
import { classifyBoundaries, codePoints, fitLinesEm, hyphenationPoints, type EmFitOptions } from '../../../../../src/shared/layout/inline';

const fit = (text: string, widthEm: number, more: Partial<EmFitOptions> = {}) => fitLinesEm(text, { widthEm, level: 'gb', ...more });
const texts = (text: string, widthEm: number, more: Partial<EmFitOptions> = {}): string[] => fit(text, widthEm, more).map((l) => l.text);

describe('fitLinesEm', () => {
  it('fills pure Han text to exactly N characters a line', () => {
    expect(texts('一二三四五六七八九十', 4)).toEqual(['一二三四', '五六七八', '九十']);
  });

  it('pushes in when compression makes the prohibited mark fit, and reports the shrink', () => {
    const [first] = fit('文文（文）文，字字', 6);
    expect(first).toMatchObject({ text: '文文（文）文，', naturalEm: 6.5, widthEm: 6, adjustmentEm: -0.5, resolution: 'push-in' });
  });

  it('pushes out only when push-in fails, and reports the spread', () => {
    const [first] = fit('文文文文文，字', 5);
    expect(first).toMatchObject({ text: '文文文文', naturalEm: 4, widthEm: 5, adjustmentEm: 1, resolution: 'push-out' });
  });

  it('does not spread the last line', () => {
    const last = fit('文文文文文文', 4).at(-1);
    expect(last).toMatchObject({ text: '文文', naturalEm: 2, widthEm: 2, adjustmentEm: 0 });
  });

  it('keeps a line that ends in a mark at ½ em for it', () => {
    expect(fit('文文文。文', 4)[0]).toMatchObject({ text: '文文文。', naturalEm: 3.5, widthEm: 4, resolution: 'fit' });
  });

  it('ends a line at every forced break, and does not spread the line before it', () => {
    const lines = fit('文文\n文文文文文', 3);
    expect(lines.map((l) => l.text)).toEqual(['文文\n', '文文文', '文文']);
    expect(lines[0]).toMatchObject({ naturalEm: 2, widthEm: 2 });
  });

  it('lets spaces hang at line end and breaks Latin text at spaces', () => {
    // Latin letters ½ em, spaces ⅓ em: 'Python ' + 编 would need 4⅓ em.
    expect(texts('使用 Python 编程', 4)).toEqual(['使用 ', 'Python ', '编程']);
    expect(fit('使用 Python 编程', 4)[1]?.naturalEm).toBe(3);
  });

  it('sets a unit wider than the measure on a line of its own, flagged as overflow', () => {
    const lines = fit('文supercalifragilistic文', 4);
    expect(lines.map((l) => [l.text, l.resolution])).toEqual([
      ['文', 'push-out'],
      ['supercalifragilistic', 'overflow'],
      ['文', 'fit'],
    ]);
  });

  it('moves one character down instead of leaving it alone on the last line, with orphan control', () => {
    expect(texts('文文文文文文文', 3)).toEqual(['文文文', '文文文', '文']);
    expect(texts('文文文文文文文', 3, { orphanControl: true })).toEqual(['文文文', '文文', '文文']);
    // A single character plus its punctuation is an orphan too.
    expect(texts('文文文文。', 4)).toEqual(['文文文', '文。']);
    expect(texts('文文文文。', 4, { orphanControl: true })).toEqual(['文文', '文文。']);
    expect(fit('文文文文文文文', 3, { orphanControl: true })[1]?.resolution).toBe('orphan');
  });

  it('keeps at least N characters on the last line with minLastLineChars (1 is off, 2 the default)', () => {
    const text = '文文文文文文文'; // 3 + 3 + 1 at 3 em
    expect(texts(text, 3, { orphanControl: true, minLastLineChars: 1 })).toEqual(['文文文', '文文文', '文']);
    expect(texts(text, 3, { orphanControl: true, minLastLineChars: 2 })).toEqual(texts(text, 3, { orphanControl: true }));
    expect(texts(text, 3, { orphanControl: true, minLastLineChars: 3 })).toEqual(['文文文', '文', '文文文']);
    expect(fit(text, 3, { orphanControl: true, minLastLineChars: 3 }).map((l) => l.resolution)).toEqual(['fit', 'orphan', 'fit']);
    // Without orphanControl the number does nothing (the conformance default).
    expect(texts(text, 3, { minLastLineChars: 3 })).toEqual(['文文文', '文文文', '文']);
  });

  it('counts Han characters, letters and digits, not punctuation, for the last line', () => {
    // 文。 holds one character: N = 3 takes two more from the line above.
    expect(texts('文文文文文文。', 5, { orphanControl: true, minLastLineChars: 3 })).toEqual(['文文文', '文文文。']);
    // Digits count one each: 12 holds two.
    expect(texts('文文文文文12', 5, { orphanControl: true, minLastLineChars: 2 })).toEqual(['文文文文文', '12']);
    expect(texts('文文文文文12', 5, { orphanControl: true, minLastLineChars: 3 })).toEqual(['文文文文', '文12']);
  });

  it('moves as many characters as the last line can take when it cannot take N', () => {
    // At 3 em the last line takes at most three: N = 5 moves two, not the whole line above.
    expect(texts('文文文文', 3, { orphanControl: true, minLastLineChars: 5 })).toEqual(['文', '文文文']);
  });

  it('sets a quotation with its marks compressed: ：“ and 。” pairs at 1.5 em, ” at line end at ½ em', () => {
    const lines = fit('他说：“你好。”我答应了。', 6.5);
    expect(lines.map((l) => l.text)).toEqual(['他说：“你好。”', '我答应了。']);
    expect(lines[0]).toMatchObject({ naturalEm: 6.5, widthEm: 6.5, resolution: 'fit' });
  });
});

describe('hyphenation extension point', () => {
  const syllables = (word: string): number[] => (word === 'typesetting' ? [4, 7] : []);

  it('offers only boundaries inside Latin words that the breaker prohibits', () => {
    const b = classifyBoundaries(codePoints('排 typesetting 好'), 'gb');
    expect([...hyphenationPoints(b, syllables)]).toEqual([6, 9]);
  });

  it('breaks a word at a hyphenation point when the word would not fit, and says so', () => {
    const lines = fit('typesetting', 4, { hyphenate: syllables, latinAdvanceEm: 0.5 });
    // Letters ½ em: 'typeset' plus its hyphen is exactly 4 em.
    expect(lines.map((l) => [l.text, l.hyphenated])).toEqual([
      ['typeset', true],
      ['ting', false],
    ]);
    expect(texts('typesetting', 4)).toEqual(['typesetting']);
  });
});

describe('hanging punctuation (行末点号悬挂)', () => {
  const hang: Partial<EmFitOptions> = { hangingPunctuation: true };

  it('is off by default: a comma that does not fit pushes the line out', () => {
    expect(texts('文文文文文，字', 5)).toEqual(['文文文文', '文，字']);
  });

  it('hangs the comma outside the measure instead, so the line needs neither push in nor push out', () => {
    const [first, second] = fit('文文文文文，字', 5, hang);
    expect(first).toMatchObject({ text: '文文文文文，', naturalEm: 5, widthEm: 5, adjustmentEm: 0, resolution: 'hang' });
    expect(second).toMatchObject({ text: '字', resolution: 'fit' });
  });

  it('hangs 。、；：？！ and a closing quote or bracket, and only at the line end', () => {
    for (const mark of ['。', '、', '；', '：', '？', '！', '”', '）', '》']) {
      expect(fit(`文文文文文${mark}字`, 5, hang)[0], mark).toMatchObject({ text: `文文文文文${mark}`, resolution: 'hang' });
    }
    // A mark that fits inside the measure is set there, as without the option.
    expect(fit('文文文文，字', 5, hang)[0]).toMatchObject({ text: '文文文文，', naturalEm: 4.5, resolution: 'fit' });
  });

  it('never hangs two marks, an opening mark, a ？！ cluster or a 2-em unit', () => {
    expect(texts('文文文文文。”字', 5, hang)).toEqual(texts('文文文文文。”字', 5));
    expect(texts('文文文文文？！字', 5, hang)).toEqual(texts('文文文文文？！字', 5));
    expect(texts('文文文文文——字', 5, hang)).toEqual(texts('文文文文文——字', 5));
    expect(texts('文文文文文“字”', 5, hang)).toEqual(texts('文文文文文“字”', 5));
  });

  it('hangs before pushing in: a line that could shrink keeps its spacing', () => {
    // Push in would take the brackets' outer halves (see above); hanging leaves them alone.
    expect(fit('文文（文）文，字字', 6)[0]).toMatchObject({ text: '文文（文）文，', adjustmentEm: -0.5, resolution: 'push-in' });
    expect(fit('文文（文）文，字字', 6, hang)[0]).toMatchObject({ text: '文文（文）文，', naturalEm: 6, adjustmentEm: 0, resolution: 'hang' });
  });

  it('yields to orphan control on the last line', () => {
    expect(texts('文文文文文，字', 5, { ...hang, orphanControl: true })).toEqual(['文文文文', '文，字']);
  });
});
