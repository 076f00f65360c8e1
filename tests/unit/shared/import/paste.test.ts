import { describe, expect, it } from 'vitest';
import { importPlainText } from '../../../../src/main/services/import';
import { draftsFromParagraphs, draftsFromPlainText, normalisePaste } from '../../../../src/shared/import';
import { counterIds, paragraphText } from '../../../../src/shared/model';

describe('draftsFromPlainText', () => {
  it('takes one paragraph per line when the text has no blank lines (Word, most web pages)', () => {
    expect(draftsFromPlainText('第一段。\r\n第二段。\r\n').map((d) => d.text)).toEqual(['第一段。', '第二段。']);
  });

  it('reads blank-line-separated blocks as import does, joining hard-wrapped lines', () => {
    const drafts = draftsFromPlainText('区委书记\n主持会议。\n\nThe meeting\nended.\n');
    expect(drafts.map((d) => d.text)).toEqual(['区委书记主持会议。', 'The meeting ended.']);
    expect(drafts.map((d) => d.spans[0]?.line)).toEqual([1, 4]);
  });

  it('drops empty paragraphs and the indentation of the source', () => {
    expect(draftsFromPlainText('\u3000\u3000缩进的段落。\n   \n').map((d) => d.text)).toEqual(['缩进的段落。']);
  });
});

describe('normalisePaste', () => {
  it('repairs punctuation and flags stray words with the notes import writes', () => {
    const result = normalisePaste(draftsFromParagraphs(['会议要求:一是加强领导', '关注 and 积极。']), true);
    expect(result.paragraphs[0]).toBe('会议要求：一是加强领导关注 and 积极。');
    expect(result.notes.map((n) => [n.kind, n.repaired, n.paragraphIndex])).toEqual([
      ['fullwidth-punctuation', true, 0],
      ['rejoined-paragraph', true, 0],
      ['stray-latin', false, 0],
    ]);
    expect(result.notes[0]?.message).toContain('全角');
    expect(result.notes[0]?.messageEn).toContain('full-width');
  });

  it('rejoins a paragraph split mid-sentence only when pasting into body text', () => {
    const split = ['各级各部门要高度重视，', '切实抓好落实。'];
    expect(normalisePaste(draftsFromParagraphs(split), true).paragraphs).toEqual(['各级各部门要高度重视，切实抓好落实。']);
    expect(normalisePaste(draftsFromParagraphs(split), false).paragraphs).toEqual(split);
  });

  it('gives the same repairs as importing the same text as a file', () => {
    const text = '会议指出,要加强领导(组织)。\n\n各单位要高度重视、\n\n切实抓好落实。\n';
    const imported = importPlainText(text, { newId: counterIds(), sourceName: 'x.txt' });
    const pasted = normalisePaste(draftsFromPlainText(text), true);
    expect(pasted.paragraphs).toEqual(imported.stories[0]?.paragraphs.map(paragraphText));
    expect(pasted.notes.map((n) => [n.kind, n.offset, n.sourceLine, n.message])).toEqual(
      imported.report.notes.map((n) => [n.kind, n.offset, n.sourceLine, n.message]),
    );
  });
});
