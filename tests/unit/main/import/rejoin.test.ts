import { describe, expect, it } from 'vitest';
import { counterIds, paragraphText } from '../../../../src/shared/model';
import { importSeedText } from '../../../../src/main/services/import';
import { decideBreak } from '../../../../src/main/services/import/rejoin';

const seed = (...paragraphs: string[]): string => `## 标题\n\n${paragraphs.join('\n\n')}\n`;
const bodyOf = (text: string): string[] => {
  const story = importSeedText(text, { newId: counterIds(), sourceName: 't.txt' }).stories[0];
  return (story?.paragraphs ?? []).slice(1).map(paragraphText);
};

describe('decideBreak', () => {
  it.each([
    ['ends with 。', '会议召开。', '会议指出，要加强领导。'],
    ['ends with 。 inside closing quotes', '他说：“要抓落实。”', '会议指出，要加强领导。'],
    ['ends with ！ inside a closing bracket', '（完！）', '下一段。'],
    ['ends with a colon introducing what follows', '会议要求：', '一是加强领导。'],
    ['ends with a semicolon closing a list item', '一是加强领导；', '二是强化担当。'],
    ['is a numbered subhead', '一、加强组织领导', '各单位要高度重视。'],
  ])('keeps paragraphs apart when the first %s', (_case, a, b) => {
    expect(decideBreak(a, b)).toEqual({ action: 'keep' });
  });

  it.each([
    ['、', '城市环境最优、', '群众安全感最足的城市。'],
    ['，', '各级各部门要高度重视，', '切实抓好落实。'],
    [',', '各级各部门要高度重视,', '切实抓好落实。'],
  ])('rejoins a paragraph that ends on the pause %s', (_mark, a, b) => {
    expect(decideBreak(a, b)).toEqual({ action: 'rejoin', reason: 'pause' });
  });

  it.each([
    ['紧紧围绕城建立区总体目', '标，以工作加力提速为主线。', '目标'],
    ['李妍一行先后深入到枣庄中汇万达广', '场项目、华电国际等地。', '广场'],
    ['坚持不懈加强招商引资，持', '之以恒创优营商环境。', '持之以恒'],
  ])('rejoins %s|%s because a word straddles the break', (a, b, word) => {
    expect(decideBreak(a, b)).toEqual({ action: 'rejoin', reason: 'word', word });
  });

  it.each([
    ['充分发挥考核', '“指挥棒”和“风向标”作用。'],
    ['以实干实绩推动各项指标进位', '争先。要明确责任。'],
    ['凝聚起强大的正', '能量，树牢鲜明导向。'],
  ])('rejoins %s|%s because the next paragraph reads on', (a, b) => {
    expect(decideBreak(a, b)).toEqual({ action: 'rejoin', reason: 'reads-on' });
  });

  it.each([
    ['锲而不舍防风险、保安全，做到', '任，确保空气质量持续改善。', '任'],
    ['各部门要切实做到', '责。要加强调度。', '责'],
  ])('flags %s|%s: a lone character before punctuation does not continue the sentence', (a, b, fragment) => {
    expect(decideBreak(a, b)).toEqual({ action: 'flag', fragment });
  });
});

describe('rejoining in an import', () => {
  it('joins a chain of splits into one paragraph with a note for each join', () => {
    const result = importSeedText(seed('要坚持把实干作为最嘹亮的号角、', '把团结作为最强大的力量，推动总体目', '标落实。'), { newId: counterIds(), sourceName: 't.txt' });
    const story = result.stories[0];
    expect(story?.paragraphs.slice(1).map(paragraphText)).toEqual(['要坚持把实干作为最嘹亮的号角、把团结作为最强大的力量，推动总体目标落实。']);
    expect(story?.importNotes.filter((n) => n.kind === 'rejoined-paragraph').map((n) => [n.offset, n.sourceLine])).toEqual([
      [15, 5],
      [32, 7], // 15 + 17 characters: the second join sits after both earlier pieces
    ]);
  });

  it('leaves complete paragraphs, Latin paragraphs and captions alone', () => {
    expect(bodyOf(seed('会议召开。', 'The meeting opened.', 'It closed at noon.'))).toEqual(['会议召开。', 'The meeting opened.', 'It closed at noon.']);
    expect(bodyOf(seed('学生们展示了作品（记者 张三 摄）', '另一段。'))).toEqual(['学生们展示了作品（记者 张三 摄）', '另一段。']);
  });

  it('flags a story that stops mid-sentence at its end without changing it', () => {
    const result = importSeedText(seed('会议要求各单位切实做到'), { newId: counterIds(), sourceName: 't.txt' });
    const notes = result.stories[0]?.importNotes ?? [];
    expect(notes.map((n) => [n.kind, n.repaired, n.sourceLine])).toEqual([['possible-lost-text', false, 3]]);
    expect(bodyOf(seed('会议要求各单位切实做到'))).toEqual(['会议要求各单位切实做到']);
  });
});
