import { $getRoot, FORMAT_TEXT_COMMAND, INSERT_LINE_BREAK_COMMAND, INSERT_PARAGRAPH_COMMAND } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $paragraphToLexical } from '../../../../src/renderer/story-editor/convert';
import { $selectionSpans, $selectSource, $selectSourceRange } from '../../../../src/renderer/story-editor/sourcePoints';
import { $selectionStyles, $setParagraphStyle, $toggleCharStyle, hasCharStyle } from '../../../../src/renderer/story-editor/styleCommands';
import { CharacterStyleIds, defaultStyles, type Paragraph, ParagraphStyleIds as P } from '../../../../src/shared/model';
import { headlessStoryEditor } from './support';

const plain = (id: string, style: string, text: string): Paragraph => ({ id, style, runs: [{ text, charStyle: null, marks: [] }] });
const story = [plain('h', P.headline, '区委召开全体会议'), plain('b1', P.body, '本报讯 5月14日，区委召开全体会议。'), plain('b2', P.body, '会议指出，要加强领导。')];

const texts = (paragraphs: readonly Paragraph[]): string[] => paragraphs.map((p) => p.runs.map((r) => r.text).join(''));

describe('$selectSource / $selectionSpans', () => {
  it('puts the caret at a paragraph offset and reads it back', () => {
    const t = headlessStoryEditor(story);
    t.update(() => expect($selectSource('b1', 4)).toBe(true));
    expect(t.read($selectionSpans)).toEqual([{ paragraphId: 'b1', start: 4, end: 4 }]);
    t.dispose();
  });

  it('reads a selection across paragraphs as one span per paragraph, in story order, either way round', () => {
    const t = headlessStoryEditor(story);
    t.update(() => expect($selectSourceRange({ paragraphId: 'h', offset: 2 }, { paragraphId: 'b2', offset: 3 })).toBe(true));
    expect(t.read($selectionSpans)).toEqual([
      { paragraphId: 'h', start: 2, end: 8 },
      { paragraphId: 'b1', start: 0, end: 19 },
      { paragraphId: 'b2', start: 0, end: 3 },
    ]);
    t.update(() => $selectSourceRange({ paragraphId: 'b2', offset: 3 }, { paragraphId: 'h', offset: 2 }));
    expect(t.read($selectionSpans)).toHaveLength(3);
    expect(t.read($selectionSpans)[0]).toEqual({ paragraphId: 'h', start: 2, end: 8 });
    t.dispose();
  });

  it('counts offsets across runs and marks, as the composed page does', () => {
    const marked: Paragraph = { id: 'm', style: P.body, runs: [{ text: '一二', charStyle: null, marks: [] }, { text: '三四', charStyle: CharacterStyleIds.bold, marks: ['x'] }, { text: '五', charStyle: null, marks: [] }] };
    const t = headlessStoryEditor([marked]);
    for (const offset of [0, 1, 2, 3, 4, 5]) {
      t.update(() => $selectSource('m', offset));
      expect(t.read($selectionSpans)).toEqual([{ paragraphId: 'm', start: offset, end: offset }]);
    }
    t.update(() => expect($selectSource('gone', 0)).toBe(false));
    t.dispose();
  });
});

describe('paragraph and character styles', () => {
  it('gives the selected paragraphs a style and reports it', () => {
    const t = headlessStoryEditor(story);
    t.update(() => {
      $selectSource('b2', 1);
      $setParagraphStyle(P.crosshead);
    });
    expect(t.paragraphs().map((p) => p.style)).toEqual([P.headline, P.body, P.crosshead]);
    expect(t.read($selectionStyles)).toEqual({ selected: true, paragraph: P.crosshead, char: '' });
    t.dispose();
  });

  it('toggles bold and emphasis on the selected characters only', () => {
    const t = headlessStoryEditor(story);
    t.update(() => {
      $selectSource('b2', 0, 4);
      $toggleCharStyle(CharacterStyleIds.emphasis);
    });
    expect(t.paragraphs()[2]?.runs).toEqual([
      { text: '会议指出', charStyle: CharacterStyleIds.emphasis, marks: [] },
      { text: '，要加强领导。', charStyle: null, marks: [] },
    ]);
    expect(t.read($selectionStyles).char).toBe(CharacterStyleIds.emphasis);
    t.update(() => {
      $selectSource('b2', 0, 4);
      $toggleCharStyle(CharacterStyleIds.emphasis);
    });
    expect(t.paragraphs()[2]?.runs).toEqual([{ text: '会议指出，要加强领导。', charStyle: null, marks: [] }]);
    t.dispose();
  });

  it('adds emphasis dots to bold text as the style that does both, and takes either off again', () => {
    const character = defaultStyles(10.5, 12.6).character;
    const t = headlessStoryEditor(story);
    t.update(() => {
      $selectSource('b2', 0, 4);
      $toggleCharStyle(CharacterStyleIds.bold, character);
    });
    t.update(() => {
      $selectSource('b2', 2, 6);
      $toggleCharStyle(CharacterStyleIds.emphasis, character);
    });
    expect(t.paragraphs()[2]?.runs).toEqual([
      { text: '会议', charStyle: CharacterStyleIds.bold, marks: [] },
      { text: '指出', charStyle: CharacterStyleIds.boldEmphasis, marks: [] },
      { text: '，要', charStyle: CharacterStyleIds.emphasis, marks: [] },
      { text: '加强领导。', charStyle: null, marks: [] },
    ]);
    // Bold is on across 会议指出 (the both-style is bold too); taking it off keeps the dots.
    t.update(() => {
      $selectSource('b2', 0, 4);
      expect(hasCharStyle(character, $selectionStyles().char, CharacterStyleIds.bold)).toBe(false);
      $toggleCharStyle(CharacterStyleIds.bold, character);
    });
    expect(t.paragraphs()[2]?.runs.map((r) => [r.text, r.charStyle])).toEqual([
      ['会议', null],
      ['指出，要', CharacterStyleIds.emphasis],
      ['加强领导。', null],
    ]);
    t.update(() => $selectSource('b2', 3, 5));
    expect(hasCharStyle(character, t.read($selectionStyles).char, CharacterStyleIds.emphasis)).toBe(true);
    expect(hasCharStyle(character, CharacterStyleIds.boldEmphasis, CharacterStyleIds.bold)).toBe(true);
    expect(hasCharStyle(character, CharacterStyleIds.emphasis, CharacterStyleIds.bold)).toBe(false);
    t.dispose();
  });

  it('makes Mod+B (Lexical bold) the bold character style and ignores italic', () => {
    const t = headlessStoryEditor(story);
    t.update(() => {
      $selectSource('h', 0, 2);
    });
    t.editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold');
    t.editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic');
    t.update(() => undefined);
    expect(t.paragraphs()[0]?.runs).toEqual([
      { text: '区委', charStyle: CharacterStyleIds.bold, marks: [] },
      { text: '召开全体会议', charStyle: null, marks: [] },
    ]);
    t.dispose();
  });
});

describe('Enter', () => {
  function enterAt(paragraphId: string, offset: number, command: typeof INSERT_PARAGRAPH_COMMAND | typeof INSERT_LINE_BREAK_COMMAND = INSERT_PARAGRAPH_COMMAND) {
    const t = headlessStoryEditor(story);
    t.update(() => $selectSource(paragraphId, offset));
    t.update(() => {
      t.editor.dispatchCommand(command, undefined as never);
    });
    const result = t.paragraphs();
    t.dispose();
    return result;
  }

  it('splits a body paragraph into two body paragraphs, the second with a new id', () => {
    const out = enterAt('b1', 4);
    expect(texts(out)).toEqual(['区委召开全体会议', '本报讯 ', '5月14日，区委召开全体会议。', '会议指出，要加强领导。']);
    expect(out.map((p) => p.id)).toEqual(['h', 'b1', 'new-1', 'b2']);
    expect(out[2]?.style).toBe(P.body);
  });

  it('starts body text after Enter at the end of a headline', () => {
    const out = enterAt('h', 8);
    expect(out.map((p) => p.style)).toEqual([P.headline, P.body, P.body, P.body]);
    expect(texts(out)[1]).toBe('');
  });

  it('keeps the text and its id when Enter is pressed at the start of a paragraph', () => {
    const out = enterAt('b2', 0);
    expect(out.map((p) => p.id)).toEqual(['h', 'b1', 'new-1', 'b2']);
    expect(texts(out)).toEqual(['区委召开全体会议', '本报讯 5月14日，区委召开全体会议。', '', '会议指出，要加强领导。']);
  });

  it('treats Shift+Enter as Enter: stories have no soft line breaks', () => {
    expect(texts(enterAt('b1', 4, INSERT_LINE_BREAK_COMMAND))).toHaveLength(4);
  });

  it('gives a pasted copy of a paragraph a new id and leaves the original its own', () => {
    const t = headlessStoryEditor(story);
    t.update(() => $getRoot().append($paragraphToLexical(plain('b1', P.body, '复制的段落'))));
    expect(t.paragraphs().map((p) => p.id)).toEqual(['h', 'b1', 'b2', 'new-1']);
    t.dispose();
  });
});
