// Balanced headlines (ParagraphStyle.balanceLines), composed with the real faces: the lines are
// broken where a phrase ends (punctuation, a space), as evenly as their number allows, and set
// and aligned in the full measure. A headline with nowhere like that to break keeps its lines.
import { describe, expect, it } from 'vitest';
import { composeParagraph } from '../../../../../src/shared/layout/inline';
import { type ParagraphStyle, ParagraphStyleIds } from '../../../../../src/shared/model';
import { ENV, lineEnd, lineStart, lineTexts, para, sampleEdition, styleOf } from './composeFixtures';

const styles = sampleEdition().styles;
const headline = styleOf(ParagraphStyleIds.headline); // 主题: 22 pt 黑体, centred, balanced
const unbalanced: ParagraphStyle = { ...headline, balanceLines: false };
const W = 14 * 22; // 14 字 of 主题
const lines = (text: string, style: ParagraphStyle, width = W) => lineTexts(text, composeParagraph(para(text), style, styles, () => width, ENV));

describe('balanced lines', () => {
  const text = '全区召开安全生产工作会议、部署下半年重点任务'; // 22 字

  it('is on for the headline styles and off for the body', () => {
    expect([ParagraphStyleIds.kicker, ParagraphStyleIds.headline, ParagraphStyleIds.subhead, ParagraphStyleIds.body].map((id) => styleOf(id).balanceLines)).toEqual([true, true, true, false]);
  });

  it('breaks a headline after its comma instead of inside a word', () => {
    expect(lines(text, unbalanced)).toEqual(['全区召开安全生产工作会议、部', '署下半年重点任务']);
    expect(lines(text, headline)).toEqual(['全区召开安全生产工作会议、', '部署下半年重点任务']);
  });

  it('centres each line in the full measure, so the frame and its centre stay', () => {
    const c = composeParagraph(para(text), headline, styles, () => W, ENV);
    for (const line of c.lines) {
      expect(line.width).toBe(W);
      expect(lineStart(line) + lineEnd(line)).toBeCloseTo(W, 2);
    }
  });

  it('chooses among several phrase ends the most even lines, and breaks at a space or before an opening mark', () => {
    const three = '市中区召开会议，部署安全生产、防汛工作，落实责任'; // 7 + 7 + 9 between the commas
    expect(lines(three, headline, 17 * 22)).toEqual(['市中区召开会议，部署安全生产、', '防汛工作，落实责任']);
    expect(lines('市人大常委会　开展燃气管理条例立法调研', headline)).toEqual(['市人大常委会　', '开展燃气管理条例立法调研']);
    expect(lines('市人大常委会开展《燃气管理条例》立法调研', headline)).toEqual(['市人大常委会开展', '《燃气管理条例》立法调研']);
  });

  it('keeps the filled lines when no phrase end gives as few lines', () => {
    expect(lines('全区召开安全生产工作会议部署下半年重点任务', headline)).toEqual(['全区召开安全生产工作会议部署', '下半年重点任务']);
    // The only comma leaves 15 字 before it: more than a line holds.
    expect(lines('全区召开安全生产工作会议部署下，半年重点任务', headline)).toEqual(lines('全区召开安全生产工作会议部署下，半年重点任务', unbalanced));
  });

  it('leaves one-line headlines and justified text alone', () => {
    expect(lines('全区召开会议，部署工作', headline)).toEqual(['全区召开会议，部署工作']);
    expect(lines(text, { ...headline, align: 'justify' })).toEqual(lines(text, unbalanced));
  });
});
