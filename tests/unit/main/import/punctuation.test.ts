import { describe, expect, it } from 'vitest';
import { counterIds, paragraphText } from '../../../../src/shared/model';
import { importPlainText } from '../../../../src/main/services/import';
import { normalisePunctuation } from '../../../../src/main/services/import/punctuation';

describe('normalisePunctuation', () => {
  it.each([
    ['5月12日,2023年度', '5月12日，2023年度'],
    ['区直各部门(单位)、专业公司', '区直各部门（单位）、专业公司'],
    ['《条例(修正草案修改稿)》', '《条例（修正草案修改稿）》'],
    ['大开眼界。(记者 郑晓琳 王乐平 摄)', '大开眼界。（记者 郑晓琳 王乐平 摄）'],
    ['副主任;各镇街', '副主任；各镇街'],
    ['会议要求:一是', '会议要求：一是'],
    ['真的吗?是的!', '真的吗？是的！'],
    ['100%,其中', '100%，其中'],
    ['指挥中心运行情况.', '指挥中心运行情况。'],
    ['运行情况. 会议指出', '运行情况。 会议指出'],
    ['运行情况.会议指出', '运行情况。会议指出'],
    ['《条例(修正)》.', '《条例（修正）》。'],
  ])('makes %s full width', (input, output) => {
    expect(normalisePunctuation(input).text).toBe(output);
  });

  it.each([
    ['通过率为100%。'],
    ['增长3.5个百分点'],
    ['共1,000人'],
    ['时间3:30开始'],
    ['关注 and 积极'],
    ['He said, "yes (really)": fine; ok? ok!'],
    ['使用 GPS (Global Positioning System) 定位'],
    ['登录 www.gov.cn 查询'],
    ['访问中国.cn'],
    ['等等...'],
    ['增长了3.'],
    ['The end.'],
  ])('leaves %s alone', (input) => {
    expect(normalisePunctuation(input)).toEqual({ text: input, changes: [] });
  });

  it('reports each replaced offset and keeps the length', () => {
    const { text, changes } = normalisePunctuation('甲,乙(丙)');
    expect(text).toHaveLength('甲,乙(丙)'.length);
    expect(changes).toEqual([
      { offset: 1, from: ',', to: '，' },
      { offset: 3, from: '(', to: '（' },
      { offset: 5, from: ')', to: '）' },
    ]);
  });
});

describe('punctuation notes in an import', () => {
  it('notes each replaced mark with its source line and leaves Latin text unchanged', () => {
    const result = importPlainText('第一段,有逗号。\n\nLatin, text: unchanged; (yes).\n\n第三段:冒号。\n', { newId: counterIds(), sourceName: 't.txt' });
    const story = result.stories[0];
    expect(story?.paragraphs.map(paragraphText)).toEqual(['第一段，有逗号。', 'Latin, text: unchanged; (yes).', '第三段：冒号。']);
    expect(story?.importNotes.map((n) => [n.kind, n.offset, n.sourceLine, n.before, n.after])).toEqual([
      ['fullwidth-punctuation', 3, 1, '第一段,有逗号。', '第一段，有逗号。'],
      ['fullwidth-punctuation', 3, 5, '第三段:冒号。', '第三段：冒号。'],
    ]);
  });

  it('flags a lower-case English function word between Han characters but not names or acronyms', () => {
    const result = importPlainText('希望大家继续关注 and 积极参与，下载市中云报APP 关注。\n', { newId: counterIds(), sourceName: 't.txt' });
    const notes = result.stories[0]?.importNotes ?? [];
    expect(notes.map((n) => [n.kind, n.repaired, n.offset])).toEqual([['stray-latin', false, 9]]);
    expect(paragraphText(result.stories[0]?.paragraphs[0] ?? { id: '', style: '', runs: [] })).toContain('关注 and 积极');
  });
});
