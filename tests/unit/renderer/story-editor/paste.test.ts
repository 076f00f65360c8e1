import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlParagraphs, type HtmlNode } from '../../../../src/renderer/story-editor/htmlParagraphs';
import { $pasteText, type ParseHtml } from '../../../../src/renderer/story-editor/paste';
import { $selectSource } from '../../../../src/renderer/story-editor/sourcePoints';
import type { NormalisedPaste } from '../../../../src/shared/import';
import { CharacterStyleIds, type Paragraph, ParagraphStyleIds as P } from '../../../../src/shared/model';
import { headlessStoryEditor } from './support';

const window = new Window();
afterAll(() => window.happyDOM.close());
const parse: ParseHtml = (html) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as HtmlNode;

/** As Word 2016 puts a two-paragraph selection on the clipboard (abridged). */
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset="utf-8"><style><!-- p.MsoNormal {font-family:宋体;} --></style></head>
<body lang=ZH-CN><!--StartFragment-->
<p class=MsoNormal style='text-indent:21.0pt'><b><span style='font-family:黑体;color:red'>会议要求</span></b><span>:一是加强</span><span lang=EN-US><o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:14pt'>组织领导，<i>二是</i>强化&nbsp;担当。</span><o:p>&nbsp;</o:p></p>
<!--EndFragment--></body></html>`;

const WEB = `<div class="article"><h2>标题</h2><p>第一段<a href="x">链接</a>文字。<br>换行后的文字。</p><ul><li>条目一</li><li>条目二</li></ul><script>alert(1)</script></div>`;

describe('htmlParagraphs', () => {
  it('reads Word HTML as its paragraphs, without styles, comments or <o:p> placeholders', () => {
    expect(htmlParagraphs(parse(WORD))).toEqual(['会议要求:一是加强', '组织领导，二是强化 担当。']);
  });

  it('reads a web page: headings, paragraphs, line breaks and list items end paragraphs; scripts are dropped', () => {
    expect(htmlParagraphs(parse(WEB))).toEqual(['标题', '第一段链接文字。', '换行后的文字。', '条目一', '条目二']);
  });

  it('keeps the lines of preformatted text', () => {
    expect(htmlParagraphs(parse('<pre>一行\n两行</pre>'))).toEqual(['一行', '两行']);
  });
});

describe('$pasteText', () => {
  const story: Paragraph[] = [
    { id: 'h', style: P.headline, runs: [{ text: '标题', charStyle: null, marks: [] }] },
    { id: 'b', style: P.body, runs: [{ text: '前文。', charStyle: null, marks: [] }, { text: '后文', charStyle: CharacterStyleIds.bold, marks: [] }] },
  ];

  function paste(paragraphId: string, offset: number, data: { html: string; plain: string }): { paragraphs: Paragraph[]; result: NormalisedPaste | null } {
    const t = headlessStoryEditor(story);
    let result: NormalisedPaste | null = null;
    t.update(() => {
      $selectSource(paragraphId, offset);
      result = $pasteText(data, parse);
    });
    const paragraphs = t.paragraphs();
    t.dispose();
    return { paragraphs, result };
  }

  it('pastes Word paragraphs into body text, repaired as import repairs them, with the report', () => {
    const { paragraphs, result } = paste('b', 3, { html: WORD, plain: '会议要求:一是加强\r\n组织领导，二是强化 担当。' });
    expect(paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['标题', '前文。会议要求：一是加强组织领导，二是强化 担当。后文']);
    expect(result?.notes.map((n) => n.kind)).toEqual(['fullwidth-punctuation', 'rejoined-paragraph']);
    // The foreign bold, colour and italic are gone; the bold run of the story itself is still there.
    expect(paragraphs[1]?.runs.filter((r) => r.charStyle !== null).map((r) => r.text)).toEqual(['后文']);
  });

  it('pastes plain text line by line; new paragraphs take the style pasted into', () => {
    const { paragraphs, result } = paste('h', 2, { html: '', plain: '副线一\n副线二' });
    expect(paragraphs.map((p) => [p.style, p.runs.map((r) => r.text).join('')])).toEqual([
      [P.headline, '标题副线一'],
      [P.headline, '副线二'],
      [P.body, '前文。后文'],
    ]);
    expect(result?.notes).toEqual([]);
    expect(new Set(paragraphs.map((p) => p.id)).size).toBe(3);
  });

  it('falls back to the plain text when the HTML has no text, and pastes nothing for an empty clipboard', () => {
    expect(paste('b', 0, { html: '<img src="x.png">', plain: '图' }).paragraphs[1]?.runs[0]?.text).toBe('图前文。');
    expect(paste('b', 0, { html: '', plain: '  \n' }).result).toBeNull();
  });
});
