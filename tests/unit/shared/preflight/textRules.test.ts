// Preflight rules that read the layout: overset in 字, missing glyphs, text outside the type area.
import { describe, expect, it } from 'vitest';
import { composeEdition } from '../../../../src/shared/layout/page';
import type { Edition } from '../../../../src/shared/model';
import { fakeComposer } from '../layout/flow/fakeComposer';
import { edition, ENV, G, han, page, para, story, textFrame } from '../layout/flow/fixtures';
import { check, FAKE_FACE, withCode } from './support';

// The fixtures' type area is x 50 … 688.425, y 100 … 963; G sets 10 pt characters on a 12 pt grid.
const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

function oneFrame(text: string, at = box(50, 100, 100, 24), style = G): Edition {
  return edition([page('p1', 1, [textFrame('f1', at, 's1')])], [story('s1', [para('a', style, text)])]);
}

describe('preflight: overset', () => {
  it('reports the characters that did not fit, in 字, on the last frame of the thread', () => {
    // 10 characters a line, two lines: 20 of 50 fit.
    const ed = oneFrame(han(50));
    const [issue, ...rest] = withCode(check(ed), 'overset');
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ severity: 'error', pageId: 'p1', pageLabel: 'A01', frameId: 'f1', frameName: 's1', params: { zi: 30, storyId: 's1', slug: 's1' } });
    expect(composeEdition(ed, ENV, fakeComposer()).overset[0]?.chars).toBe(30);
  });

  it('is quiet when the story fits', () => {
    expect(withCode(check(oneFrame(han(15))), 'overset')).toEqual([]);
  });
});

describe('preflight: missing glyphs', () => {
  it('lists each character no font has once, with the font, on the frame that shows it', () => {
    const report = check(oneFrame(`一■二■三`));
    expect(withCode(report, 'missing-glyph')).toEqual([
      expect.objectContaining({ severity: 'error', frameId: 'f1', params: { text: '■', font: FAKE_FACE.fullName } }),
    ]);
    expect(report.errors).toBe(1);
  });

  it('is quiet when every character has a glyph', () => {
    expect(withCode(check(oneFrame(han(12))), 'missing-glyph')).toEqual([]);
  });
});

describe('preflight: text in the margin', () => {
  it('warns once per frame and style, with the number of lines outside the type area', () => {
    // x = 20 starts 30 pt into the inside margin; 25 characters make 3 lines.
    const report = check(oneFrame(han(25), box(20, 100, 100, 48)));
    expect(withCode(report, 'text-in-margin')).toEqual([expect.objectContaining({ severity: 'warning', frameId: 'f1', params: { style: G, lines: 3 } })]);
  });

  it('counts only the lines that leave the type area (a frame running past its foot)', () => {
    // Foot of the type area at 963: lines on the grid at …, 950, 962 (descent 2 → 964 > 963), 974.
    const report = check(oneFrame(han(40), box(50, 920, 100, 60)));
    const lines = composeEdition(oneFrame(han(40), box(50, 920, 100, 60)), ENV, fakeComposer()).pages[0]!.frames[0]!.columns[0]!.lines;
    const outside = lines.filter((l) => l.baseline + l.descent > 963 + 0.01).length;
    expect(outside).toBeGreaterThan(0);
    expect(outside).toBeLessThan(lines.length);
    expect(withCode(report, 'text-in-margin')[0]?.params).toEqual({ style: G, lines: outside });
  });

  it('allows it where the style says marginText (中缝 notes), and for page furniture', () => {
    const ed = oneFrame(han(25), box(20, 100, 100, 48));
    const allowed: Edition = { ...ed, styles: { ...ed.styles, paragraph: ed.styles.paragraph.map((s) => (s.id === G ? { ...s, marginText: true } : s)) } };
    expect(withCode(check(allowed), 'text-in-margin')).toEqual([]);
    const head = { id: 'm', name: '要闻', frames: [textFrame('head', box(50, 60, 300, 20), null, { template: '{paper} 第{pageNumberZh}版' })] };
    const furnished = edition([page('p1', 1, [textFrame('f1', box(50, 100, 100, 24), 's1')], 'm')], [story('s1', [para('a', G, han(10))])], [head]);
    const layout = composeEdition(furnished, ENV, fakeComposer());
    expect(layout.pages[0]!.frames[0]!.columns[0]!.lines.length).toBeGreaterThan(0); // the head was set, above the type area
    expect(withCode(check(furnished), 'text-in-margin')).toEqual([]);
  });

  it('is quiet for text inside the type area', () => {
    expect(withCode(check(oneFrame(han(25), box(50, 100, 100, 48))), 'text-in-margin')).toEqual([]);
  });
});
