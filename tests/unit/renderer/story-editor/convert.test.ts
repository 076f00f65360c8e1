import { describe, expect, it } from 'vitest';
import { $lexicalToParagraphs, $storyToLexical, normaliseParagraphs } from '../../../../src/renderer/story-editor/convert';
import { CharacterStyleIds, type Paragraph, ParagraphStyleIds, type Run } from '../../../../src/shared/model';
import { headlessStoryEditor } from './support';

const run = (text: string, charStyle: string | null = null, marks: string[] = []): Run => ({ text, charStyle, marks });
const para = (id: string, style: string, ...runs: Run[]): Paragraph => ({ id, style, runs });

/** One paragraph in every default style, so the round trip covers them all. */
const everyStyle: Paragraph[] = Object.values(ParagraphStyleIds).map((style, i) => para(`p${i}`, style, run(`${style} 的文字 ${i}`)));

function roundTrip(paragraphs: readonly Paragraph[]): Paragraph[] {
  const t = headlessStoryEditor(paragraphs);
  try {
    return t.paragraphs();
  } finally {
    t.dispose();
  }
}

/** Through Lexical's own JSON, as a copy of the editor state travels (and the proofing issue stores marks). */
function jsonRoundTrip(paragraphs: readonly Paragraph[]): Paragraph[] {
  const a = headlessStoryEditor(paragraphs);
  const json = JSON.stringify(a.editor.getEditorState().toJSON());
  const b = headlessStoryEditor();
  b.editor.setEditorState(b.editor.parseEditorState(json));
  try {
    return b.paragraphs();
  } finally {
    a.dispose();
    b.dispose();
  }
}

describe('$storyToLexical / $lexicalToParagraphs', () => {
  it('keeps every paragraph style with its paragraph id', () => {
    expect(roundTrip(everyStyle)).toEqual(everyStyle);
    expect(jsonRoundTrip(everyStyle)).toEqual(everyStyle);
  });

  it('keeps bold and emphasis runs, and any other character style id', () => {
    const paragraphs = [
      para('a', ParagraphStyleIds.body, run('本报讯 '), run('全区', CharacterStyleIds.bold), run('经济运行'), run('稳中向好', CharacterStyleIds.emphasis), run('。')),
      para('b', ParagraphStyleIds.crosshead, run('小标题', 'c-house-style')),
    ];
    expect(roundTrip(paragraphs)).toEqual(paragraphs);
    expect(jsonRoundTrip(paragraphs)).toEqual(paragraphs);
  });

  it('keeps marks as MarkNodes with their ids, overlapping and across character styles', () => {
    const paragraphs = [
      para(
        'a',
        ParagraphStyleIds.body,
        run('前文'),
        run('新港口', null, ['m1']),
        run('码头', CharacterStyleIds.bold, ['m1']),
        run('建成', CharacterStyleIds.bold, ['m1', 'm2']),
        run('投用', null, ['m2']),
        run('。'),
      ),
    ];
    expect(roundTrip(paragraphs)).toEqual(paragraphs);
    expect(jsonRoundTrip(paragraphs)).toEqual(paragraphs);
    const t = headlessStoryEditor(paragraphs);
    const marks = t.read(() => JSON.stringify(t.editor.getEditorState().toJSON()));
    expect(marks.match(/"type":"mark"/gu)).toHaveLength(3);
    t.dispose();
  });

  it('keeps empty paragraphs, Latin text, tabs and a line break inside a run', () => {
    const paragraphs = [
      para('a', ParagraphStyleIds.body),
      para('b', ParagraphStyleIds.body, run('GDP grew 5.2% in 2023,\tas planned.')),
      para('c', ParagraphStyleIds.jump, run('（下转第2版\n见', CharacterStyleIds.bold), run('A02')),
    ];
    expect(roundTrip(paragraphs)).toEqual(paragraphs);
  });

  it('returns the model normal form: adjacent runs alike are one run, empty runs none', () => {
    const messy = [para('a', ParagraphStyleIds.body, run('一'), run(''), run('二'), run('三', null, ['m']), run('四', null, ['m']))];
    expect(roundTrip(messy)).toEqual([para('a', ParagraphStyleIds.body, run('一二'), run('三四', null, ['m']))]);
    expect(normaliseParagraphs(messy)).toEqual(roundTrip(messy));
    const normal = normaliseParagraphs(everyStyle);
    expect(normal[0]).toBe(everyStyle[0]);
  });

  it('opens an empty story as one empty body paragraph to type in', () => {
    const t = headlessStoryEditor([]);
    const [only, ...rest] = t.paragraphs();
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ style: ParagraphStyleIds.body, runs: [] });
    expect(only?.id).toMatch(/^new-/u);
    t.dispose();
  });

  it('reads the root as it is after edits made through Lexical', () => {
    const t = headlessStoryEditor(everyStyle.slice(0, 1));
    t.update(() => $storyToLexical([para('x', ParagraphStyleIds.body, run('替换'))]));
    expect(t.read($lexicalToParagraphs)).toEqual([para('x', ParagraphStyleIds.body, run('替换'))]);
    t.dispose();
  });
});
