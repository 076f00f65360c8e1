// File ▸ New: an edition on the chosen grid whose front page carries the masthead (报头) under the
// running head, on any grid wide and deep enough, composed with the real faces: the paper's name
// on one line in the name frame, the date and day beside it.
import { describe, expect, it } from 'vitest';
import { newEditionContent } from '../../../../src/main/services/editions/newEditionContent';
import { composeEditionWithFonts } from '../../../../src/main/services/layout';
import type { NewEditionFormat } from '../../../../src/shared/editions-api';
import { counterIds, type Edition, fillTemplate, paragraphText, type TextFrame } from '../../../../src/shared/model';
import { FONTS } from '../layout/sampleLayout';

function make(format: NewEditionFormat, paper = '市中晚报'): Edition {
  return newEditionContent({ format, meta: { paper, date: '2023-05-16' }, newId: counterIds() });
}

/** Per frame of A01, the length of each composed line's source text; and the 字 overset. */
async function front(edition: Edition): Promise<{ lines: Map<string, number[]>; overset: number }> {
  const layout = await composeEditionWithFonts(edition, { fonts: FONTS });
  const page = layout.pages[0]!;
  const lines = new Map(page.frames.map((f) => [f.frameId, f.columns.flatMap((c) => c.lines.map((l) => l.source.end - l.source.start))]));
  return { lines, overset: layout.overset.reduce((n, o) => n + o.chars, 0) };
}

const grid = (columns: number, charsPerColumn: number, lines: number) => ({
  grid: { name: '自定义', trimMm: { width: 280, height: 400 }, bleedMm: 3, columns, charsPerColumn, gutterEm: 1, bodySize: 9, linePitch: 12.6, lines, headMm: 15 },
});

describe('newEditionContent', () => {
  it.each([
    ['broadsheet', { preset: 'broadsheet' } as NewEditionFormat, 5, 3],
    ['tabloid', { preset: 'tabloid' } as NewEditionFormat, 3, 2],
    ['a custom grid of two columns', grid(2, 20, 60), 1, 1],
  ])('puts the masthead on A01 (要闻) of a %s edition: the name, the date and day, a rule', async (_, format, nameColumns, dateColumns) => {
    const edition = make(format);
    const page = edition.pages[0]!;
    expect([page.label, page.section]).toEqual(['A01', '要闻']);
    const name = page.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId !== null)!;
    const date = page.frames.find((f): f is TextFrame => f.kind === 'text' && f.template !== null)!;
    expect(paragraphText(edition.stories.find((s) => s.id === name.storyId)!.paragraphs[0]!)).toBe('市中晚报');
    expect([name.x, name.groupId]).toEqual([edition.format.margins.inside, date.groupId]);
    expect(page.frames.some((f) => f.kind === 'rule' && f.groupId === name.groupId)).toBe(true);
    expect(edition.format.columns).toBe(nameColumns + dateColumns);
    const { lines, overset } = await front(edition);
    expect(overset).toBe(0);
    // One line each: the whole name, and the whole date line.
    expect(lines.get(name.id)).toEqual(['市中晚报'.length]);
    expect(lines.get(date.id)).toEqual([fillTemplate(date.template!, edition.meta, page).length]);
    expect(fillTemplate(date.template!, edition.meta, page)).toBe('2023年5月16日　星期二');
  });

  it('sets a long paper name smaller, so it stays on one line', async () => {
    const edition = make({ preset: 'tabloid' }, '中国县域经济发展周刊');
    const name = edition.pages[0]!.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId !== null)!;
    const style = edition.styles.paragraph.find((s) => s.id === edition.stories[0]!.paragraphs[0]!.style)!;
    expect(style.size).toBeLessThan(50);
    const { lines, overset } = await front(edition);
    expect(overset).toBe(0);
    expect(lines.get(name.id)).toEqual(['中国县域经济发展周刊'.length]);
  });

  it('leaves the masthead off a page too shallow for it and some text', () => {
    const edition = make(grid(4, 10, 12));
    expect(edition.stories).toEqual([]);
    expect(edition.pages[0]!.frames).toEqual([]);
  });
});
