// composeParagraph with the real default fonts and HarfBuzz: Han–Latin spacing, character
// styles, alignment, tracking, missing glyphs, orphan control, and Latin text set by total fit
// with TeX-pattern hyphenation.
import { describe, expect, it } from 'vitest';
import { type ComposedParagraph, type ComposedRun, composeParagraph, composeParagraphWithDiagnostics, englishHyphenator } from '../../../../../src/shared/layout/inline';
import { type ParagraphStyle, ParagraphStyleIds } from '../../../../../src/shared/model';
import { loadFace } from '../../../../fixtures/fonts/fontFiles';
import { ENV, lineEnd, lineStart, lineTexts, para, sampleEdition, styleOf } from './composeFixtures';

const styles = sampleEdition().styles;
const body = styleOf(ParagraphStyleIds.body);
const start: ParagraphStyle = { ...body, align: 'start', firstLineIndentEm: 0 };
const W = 117;

/** Every glyph of the paragraph with its absolute x and advance, keyed by its cluster. */
function glyphs(c: ComposedParagraph): Array<{ cluster: number; x: number; advance: number; run: ComposedRun; line: number }> {
  const out: Array<{ cluster: number; x: number; advance: number; run: ComposedRun; line: number }> = [];
  c.lines.forEach((line, k) =>
    line.runs.forEach((run) => {
      let x = run.x;
      run.glyphIds.forEach((_, g) => {
        out.push({ cluster: run.clusters[g]!, x, advance: run.advances[g]!, run, line: k });
        x += run.advances[g]!;
      });
    }),
  );
  return out;
}
const glyphAt = (c: ComposedParagraph, offset: number) => glyphs(c).find((g) => g.cluster === offset)!;

describe('Han–Latin spacing', () => {
  const lead = '本报讯 5月12日，2023年度全区高质量发展综合绩效考核总结会议在区档案馆市中报告厅召开。';
  const spaced = composeParagraph(para(lead), start, styles, () => W, ENV);
  const plain = composeParagraph(para(lead), start, styles, () => W, ENV, { hanLatinSpacingEm: 0 });
  const gapAfter = (offset: number): number => glyphAt(spaced, offset).advance - glyphAt(plain, offset).advance;

  it('puts ¼ em (2.25 pt at 9 pt) between Han and digits, both ways: 5月12日', () => {
    expect(gapAfter(lead.indexOf('5'))).toBeCloseTo(2.25, 6);
    expect(gapAfter(lead.indexOf('月'))).toBeCloseTo(2.25, 6);
    expect(gapAfter(lead.indexOf('日') - 1)).toBeCloseTo(2.25, 6);
    expect(gapAfter(lead.indexOf('1'))).toBe(0); // inside the number
  });

  it('adds none next to Chinese punctuation or where a space was typed', () => {
    expect(gapAfter(lead.indexOf('，'))).toBe(0);
    expect(gapAfter(lead.indexOf('讯'))).toBe(0);
    expect(gapAfter(lead.indexOf(' '))).toBe(0);
  });

  it('adds none at a line edge: 2023 ends the first justified line flush and 年 starts the next at 0', () => {
    const c = composeParagraph(para(lead), body, styles, () => W, ENV);
    const texts = lineTexts(lead, c);
    expect(texts[0]!.endsWith('2023')).toBe(true);
    expect(texts[1]!.startsWith('年')).toBe(true);
    expect(glyphAt(c, lead.indexOf('2023') + 3).advance).toBeCloseTo(glyphAt(plain, lead.indexOf('2023') + 3).advance, 3);
    expect(lineEnd(c.lines[0]!)).toBeCloseTo(W, 2);
    expect(lineStart(c.lines[1]!)).toBe(0);
  });

  it('spaces APP from the Han around it and keeps it whole; the gap is configurable', () => {
    const text = '欢迎下载市中云报APP客户端';
    const third = composeParagraph(para(text), start, styles, () => W, ENV, { hanLatinSpacingEm: 1 / 3 });
    const none = composeParagraph(para(text), start, styles, () => W, ENV, { hanLatinSpacingEm: 0 });
    expect(glyphAt(third, text.indexOf('报')).advance - glyphAt(none, text.indexOf('报')).advance).toBeCloseTo(3, 6);
    expect(glyphAt(third, text.indexOf('P') + 1).advance - glyphAt(none, text.indexOf('P') + 1).advance).toBeCloseTo(3, 6);
    const narrow = composeParagraph(para(text), start, styles, () => 9 * 9.5, ENV);
    expect(lineTexts(text, narrow)[0]).toBe('欢迎下载市中云报');
  });

  it('takes the gap from the paragraph style unless the caller overrides it', () => {
    const text = '欢迎下载市中云报APP客户端';
    const fromStyle = composeParagraph(para(text), { ...start, hanLatinSpacingEm: 1 / 3 }, styles, () => W, ENV);
    const third = composeParagraph(para(text), start, styles, () => W, ENV, { hanLatinSpacingEm: 1 / 3 });
    const off = composeParagraph(para(text), { ...start, hanLatinSpacingEm: 0 }, styles, () => W, ENV);
    const none = composeParagraph(para(text), start, styles, () => W, ENV, { hanLatinSpacingEm: 0 });
    expect(fromStyle).toEqual(third);
    expect(off).toEqual(none);
    expect(composeParagraph(para(text), { ...start, hanLatinSpacingEm: 0 }, styles, () => W, ENV, { hanLatinSpacingEm: 1 / 3 })).toEqual(third);
  });
});

describe('character and paragraph styles', () => {
  it('switches to the bold face for a bold character style, and marks emphasis dots', () => {
    const p = para('', 'x', [
      { text: '会议通报了', charStyle: null, marks: [] },
      { text: '综合绩效', charStyle: 'c-bold', marks: [] },
      { text: '考核', charStyle: 'c-emphasis', marks: [] },
      { text: '结果。', charStyle: null, marks: [] },
    ]);
    const c = composeParagraph(p, start, styles, () => W, ENV);
    const all = glyphs(c);
    const bold = loadFace('serifBold').id;
    const regular = loadFace('serifRegular').id;
    expect(all.filter((g) => g.cluster >= 5 && g.cluster < 9).every((g) => g.run.fontId === bold)).toBe(true);
    expect(all.filter((g) => g.cluster < 5 || g.cluster >= 9).every((g) => g.run.fontId === regular)).toBe(true);
    expect(all.filter((g) => g.run.emphasisDots).map((g) => g.cluster)).toEqual([9, 10]);
  });

  it('centres and right-aligns lines by offsetting their runs', () => {
    const center = composeParagraph(para('标题文字'), { ...start, align: 'center' }, styles, () => W, ENV);
    const end = composeParagraph(para('标题文字'), { ...start, align: 'end' }, styles, () => W, ENV);
    expect(lineStart(center.lines[0]!)).toBe((W - 36) / 2);
    expect(lineStart(end.lines[0]!)).toBe(W - 36);
    expect(lineEnd(end.lines[0]!)).toBeCloseTo(W, 6);
    expect(center.lines[0]!.contentWidth).toBe(36);
  });

  it('tracks every character but the last by the style tracking', () => {
    const c = composeParagraph(para('国际护士节'), { ...start, tracking: 1 }, styles, () => W, ENV);
    expect(glyphs(c).map((g) => g.x)).toEqual([0, 10, 20, 30, 40]);
    expect(c.lines[0]!.contentWidth).toBe(49);
  });

  it('passes space before and after and keep-with-next through, and gives an empty paragraph one empty line', () => {
    const c = composeParagraph(para(''), { ...start, spaceBefore: 3, spaceAfter: 4, keepWithNext: true }, styles, () => W, ENV);
    expect(c).toMatchObject({ spaceBefore: 3, spaceAfter: 4, keepWithNext: true, missing: [] });
    expect(c.lines).toHaveLength(1);
    expect(c.lines[0]!.runs).toEqual([]);
  });

  it('sets each line to the measure flow asks for it', () => {
    const text = '会议通报了2023年度全区综合绩效考核结果情况，表扬了2023年度全区高质量发展综合绩效考核表现突出集体和个人。';
    const c = composeParagraph(para(text), body, styles, (k) => (k === 0 ? 90 : 117), ENV);
    expect(c.lines[0]!.width).toBe(90);
    expect(lineEnd(c.lines[0]!)).toBeCloseTo(90, 2);
    expect(lineEnd(c.lines[1]!)).toBeCloseTo(117, 2);
  });
});

describe('missing glyphs', () => {
  it('reports a character no face has, draws no .notdef, and keeps an em for it', () => {
    const text = '护士\u{2A6D6}节'; // a CJK Extension B ideograph Noto Serif SC lacks
    const c = composeParagraph(para(text), start, styles, () => W, ENV);
    expect(c.missing).toEqual([{ offset: 2, char: '\u{2A6D6}', fontId: loadFace('serifRegular').id }]);
    expect(glyphs(c).every((g) => g.run.glyphIds.every((id) => id !== 0))).toBe(true);
    expect(glyphs(c).map((g) => g.cluster)).toEqual([0, 1, 4]);
    expect(glyphAt(c, 4).x).toBe(27);
  });
});

describe('orphan control', () => {
  const text = '区委书记宋磊出席并讲话区委副书记区长韩耀辉主持会议召开'; // 27 Han in 13 字: 13 + 13 + 1
  const noIndent: ParagraphStyle = { ...body, firstLineIndentEm: 0 };
  it('is on by default: the last line takes a second character from the line above', () => {
    const c = composeParagraph(para(text), noIndent, styles, () => W, ENV);
    expect(lineTexts(text, c).map((l) => [...l].length)).toEqual([13, 12, 2]);
    expect(lineEnd(c.lines[1]!)).toBeCloseTo(W, 2);
  });
  it('can be turned off, as galley lines does', () => {
    const c = composeParagraph(para(text), noIndent, styles, () => W, ENV, { orphanControl: false });
    expect(lineTexts(text, c).map((l) => [...l].length)).toEqual([13, 13, 1]);
  });  it('follows the style’s minLastLineChars: 1 is off, 3 takes two characters down', () => {
    const count = (n: number) => lineTexts(text, composeParagraph(para(text), { ...noIndent, minLastLineChars: n }, styles, () => W, ENV)).map((l) => [...l].length);
    expect(count(1)).toEqual([13, 13, 1]);
    expect(count(2)).toEqual([13, 12, 2]);
    expect(count(3)).toEqual([13, 11, 3]);
  });
  it('is off whatever the style says when the caller turns it off', () => {
    const c = composeParagraph(para(text), { ...noIndent, minLastLineChars: 3 }, styles, () => W, ENV, { orphanControl: false });
    expect(lineTexts(text, c).map((l) => [...l].length)).toEqual([13, 13, 1]);
  });
});

describe('hanging punctuation', () => {
  // 13 Han fill the 13-字 measure; the comma after them may not start the next line.
  const text = '区委书记宋磊出席并讲话区委，副书记区长韩耀辉主持会议';
  const noIndent: ParagraphStyle = { ...body, firstLineIndentEm: 0, minLastLineChars: 1 };
  const comma = text.indexOf('，');

  it('is off in the default styles: the line is pushed out and spread', () => {
    expect(body.hangingPunctuation).toBe(false);
    const c = composeParagraph(para(text), noIndent, styles, () => W, ENV);
    expect([...lineTexts(text, c)[0]!]).toHaveLength(12);
    expect(lineEnd(c.lines[0]!)).toBeCloseTo(W, 2);
  });

  it('with the style’s option on, sets the comma in the margin and the 13 characters at their natural width', () => {
    const c = composeParagraph(para(text), { ...noIndent, hangingPunctuation: true }, styles, () => W, ENV);
    expect(lineTexts(text, c)[0]).toBe(text.slice(0, comma + 1));
    const mark = glyphAt(c, comma);
    expect(mark.line).toBe(0);
    expect(mark.x).toBeCloseTo(W, 2); // starts at the measure's edge: outside it
    const before = glyphAt(c, comma - 1);
    expect(before.x + before.advance).toBeCloseTo(W, 2);
    expect(before.advance).toBeCloseTo(9, 2); // not spread: 13 × 9 pt = 117 pt exactly
    expect(c.lines[0]!.contentWidth).toBeGreaterThan(W);
  });

  it('can be turned off by the caller whatever the style says', () => {
    const hung = composeParagraph(para(text), { ...noIndent, hangingPunctuation: true }, styles, () => W, ENV, { hangingPunctuation: false });
    expect(lineTexts(text, hung)).toEqual(lineTexts(text, composeParagraph(para(text), noIndent, styles, () => W, ENV)));
  });
});

describe('Latin text: total fit with TeX hyphenation', () => {
  const latin: ParagraphStyle = { ...start, align: 'justify', font: { cjk: 'Noto Serif SC', latin: 'Source Serif 4' } };
  const text =
    'In olden times when wishing still helped one, there lived a king whose daughters were all beautiful; and the youngest was so beautiful that the sun itself, which has seen so much, was astonished whenever it shone in her face.';
  const set = (mode: 'greedy' | 'total-fit') => composeParagraphWithDiagnostics(para(text), latin, styles, () => W, ENV, { lineBreaking: mode });
  const widestSpace = (c: ComposedParagraph): number =>
    Math.max(...c.lines.slice(0, -1).flatMap((l) => l.runs.flatMap((r) => r.advances.filter((_, g) => text[r.clusters[g]!] === ' '))));

  it('chooses total fit by itself for a Latin paragraph and justifies every line but the last', () => {
    const { paragraph, diagnostics } = composeParagraphWithDiagnostics(para(text), latin, styles, () => W, ENV);
    expect(diagnostics.method).toBe('total-fit');
    for (const line of paragraph.lines.slice(0, -1)) expect(Math.abs(lineEnd(line) - W)).toBeLessThanOrEqual(0.01);
    expect(paragraph.lines.every((l) => l.runs.every((r) => r.fontId === loadFace('latinRegular').id))).toBe(true);
  });

  it('breaks words only at pattern hyphenation points, and draws the hyphen', () => {
    const { paragraph } = set('total-fit');
    const hyphenId = ENV.shaper.shape({ text: '-', start: 0, end: 1, face: loadFace('latinRegular'), script: 'Latn', language: 'en' }).glyphIds[0];
    let hyphenated = 0;
    for (const line of paragraph.lines.slice(0, -1)) {
      if (!/[a-z]$/.test(text.slice(0, line.end)) || !/^[a-z]/.test(text.slice(line.end))) continue;
      hyphenated++;
      const wordStart = text.slice(0, line.end).search(/[a-z]+$/);
      const word = text.slice(wordStart).match(/^[a-z]+/)![0];
      expect(englishHyphenator()(word)).toContain(line.end - wordStart);
      const lastRun = line.runs[line.runs.length - 1]!;
      expect(lastRun.glyphIds[lastRun.glyphIds.length - 1]).toBe(hyphenId);
    }
    expect(hyphenated).toBeGreaterThan(0);
  });

  it('beats greedy fitting on evenness: its widest word space is much narrower', () => {
    const greedy = set('greedy');
    const total = set('total-fit');
    expect(greedy.diagnostics.method).toBe('greedy');
    expect(widestSpace(total.paragraph)).toBeLessThan(widestSpace(greedy.paragraph) * 0.6);
    for (const line of greedy.paragraph.lines.slice(0, -1)) expect(Math.abs(lineEnd(line) - W)).toBeLessThanOrEqual(0.01);
  });

  it('keeps the CLREQ fitter for Chinese paragraphs', () => {
    const { diagnostics } = composeParagraphWithDiagnostics(para('会议通报了2023年度全区综合绩效考核结果情况。'), body, styles, () => W, ENV);
    expect(diagnostics.method).toBe('greedy');
  });
});
