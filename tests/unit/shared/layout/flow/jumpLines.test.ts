// Jump line specs (转版, issue 3 §3), with the fake composer: 1 em per character, ascent 0.8 em,
// descent 0.2 em. The default 转版 style is 7.5/10.5, so a jump line is 7.5 pt tall and takes
// 10.5 pt from its frame (its height plus the 3 pt its leading leaves).
import { describe, expect, it } from 'vitest';
import { jumpText } from '../../../../../src/shared/layout/flow';
import { type EditionLayout, type FrameLayout, type LineLayout, layoutToJson } from '../../../../../src/shared/layout/output';
import { composeEdition, composePage } from '../../../../../src/shared/layout/page';
import { applyOp, applyOps, type Edition, type Frame, newPage, ParagraphStyleIds } from '../../../../../src/shared/model';
import { fakeComposer, lineText } from './fakeComposer';
import { edition, ENV, han, P, page, para, story, textFrame, wrapImage } from './fixtures';

const compose = (ed: Edition): EditionLayout => composeEdition(ed, ENV, fakeComposer());

function frameOf(layout: EditionLayout, frameId: string): FrameLayout {
  for (const p of layout.pages) for (const f of p.frames) if (f.frameId === frameId) return f;
  throw new Error(`no frame ${frameId} in the layout`);
}
const isJump = (line: LineLayout): boolean => line.source.paragraphId.startsWith('jump:');
const allLines = (frame: FrameLayout): LineLayout[] => frame.columns.flatMap((c) => c.lines);
const jumpLines = (layout: EditionLayout): Array<[string, string]> =>
  layout.pages.flatMap((p) => p.frames.flatMap((f) => allLines(f).filter(isJump).map((l): [string, string] => [l.source.paragraphId, lineText(l)])));
const storyText = (frame: FrameLayout): string => allLines(frame).filter((l) => !isJump(l)).map(lineText).join('');

/** fA (page 1, two columns) → fB, on page 2 or beside fA on page 1. Each column holds 4 lines of 10 字 at 10/14. */
function twoFrames(text: string, samePage = false): Edition {
  const pB = samePage ? 'p1' : 'p2';
  const fA = textFrame('fA', { x: 50, y: 100, width: 210, height: 60 }, 's', { columns: 2, gutter: 10, next: { pageId: pB, frameId: 'fB' } });
  const fB = textFrame('fB', { x: samePage ? 300 : 50, y: 100, width: 100, height: 60 }, 's', { prev: { pageId: 'p1', frameId: 'fA' } });
  return edition(samePage ? [page('p1', 1, [fA, fB])] : [page('p1', 1, [fA]), page('p2', 2, [fB])], [story('s', [para('a', P, text)])]);
}

describe('jump lines: where a thread changes page', () => {
  it('sets 下转 at the foot of the last column and 上接 at the top of the continuation, in the 转版 style', () => {
    const layout = compose(twoFrames(han(75)));
    const fA = frameOf(layout, 'fA');
    const out = fA.columns[1]?.lines.at(-1);
    expect(out && lineText(out)).toBe('（下转第二版）');
    // Foot 160 minus the descent (1.5); the last column's measure; 7.5 pt, the 转版 size.
    expect(out).toMatchObject({ x: 160, baseline: 158.5, width: 100, source: { storyId: 's', paragraphId: 'jump:fA:out', start: 0, end: 7 } });
    expect(out?.runs[0]?.size).toBe(7.5);
    expect(fA.columns[0]?.lines.some(isJump)).toBe(false);
    const into = frameOf(layout, 'fB').columns[0]?.lines[0];
    expect(into && lineText(into)).toBe('（上接第一版）');
    // Hung from the frame top by its ascent (6); the story's first line follows 10.5 pt lower.
    expect(into).toMatchObject({ x: 50, baseline: 106, source: { storyId: 's', paragraphId: 'jump:fB:in' } });
    expect(frameOf(layout, 'fB').columns[0]?.lines[1]?.baseline).toBe(118.5);
  });

  it('keeps the story text whole around them and does not count them as story text', () => {
    const layout = compose(twoFrames(han(75)));
    // Column 1 of fA holds 3 lines instead of 4: the jump line took the fourth one's room.
    expect(frameOf(layout, 'fA').columns.map((c) => c.lines.filter((l) => !isJump(l)).length)).toEqual([4, 3]);
    expect(storyText(frameOf(layout, 'fA')) + storyText(frameOf(layout, 'fB'))).toBe(han(75));
    expect(layout.overset).toEqual([]);
  });

  it('sets none where the thread stays on the page', () => {
    const layout = compose(twoFrames(han(100), true));
    expect(jumpLines(layout)).toEqual([]);
    expect(storyText(frameOf(layout, 'fB'))).toBe(han(20, 80));
  });

  it('sets none when the text ends before the page change', () => {
    const layout = compose(twoFrames(han(70)));
    expect(jumpLines(layout)).toEqual([]);
    expect(allLines(frameOf(layout, 'fB'))).toEqual([]);
  });

  it('pushes the story text its room would have held on to the next frame', () => {
    // 80 字 fill fA exactly on one page; across pages the jump line sends the last 10 to fB.
    expect(storyText(frameOf(compose(twoFrames(han(80), true)), 'fA'))).toBe(han(80));
    const layout = compose(twoFrames(han(80)));
    expect(storyText(frameOf(layout, 'fA'))).toBe(han(70));
    expect(storyText(frameOf(layout, 'fB'))).toBe(han(10, 70));
    expect(jumpLines(layout).map(([id]) => id)).toEqual(['jump:fA:out', 'jump:fB:in']);
  });

  it('pushes text into overset when the thread has no more room', () => {
    // One page: 80 + 40 字 fill both frames. Across pages fA loses a line and fB its first one.
    expect(compose(twoFrames(han(120), true)).overset).toEqual([]);
    const overset = compose(twoFrames(han(120))).overset;
    expect(overset).toEqual([{ storyId: 's', chars: 20, from: { paragraphId: 'a', offset: 100 }, lastFrame: { pageId: 'p2', frameId: 'fB' } }]);
  });

  it('gives a frame between two page changes both lines', () => {
    const frame = (id: string, prev: [string, string] | null, next: [string, string] | null): Frame =>
      textFrame(id, { x: 50, y: 100, width: 100, height: 60 }, 's', {
        prev: prev && { pageId: prev[0], frameId: prev[1] },
        next: next && { pageId: next[0], frameId: next[1] },
      });
    const ed = edition(
      [page('p1', 1, [frame('f1', null, ['p2', 'f2'])]), page('p2', 2, [frame('f2', ['p1', 'f1'], ['p3', 'f3'])]), page('p3', 3, [frame('f3', ['p2', 'f2'], null)])],
      [story('s', [para('a', P, han(100))])],
    );
    const f2 = frameOf(compose(ed), 'f2').columns[0]?.lines ?? [];
    expect([f2[0], f2.at(-1)].map((l) => l && lineText(l))).toEqual(['（上接第一版）', '（下转第三版）']);
  });

  it('uses the free side of the column when a photo wraps over its foot', () => {
    const ed = twoFrames(han(75));
    const withPhoto: Edition = { ...ed, pages: ed.pages.map((p) => (p.id === 'p1' ? { ...p, frames: [...p.frames, wrapImage('img', { x: 220, y: 150, width: 60, height: 30 })] } : p)) };
    const out = frameOf(compose(withPhoto), 'fA').columns[1]?.lines.at(-1);
    expect(out).toMatchObject({ x: 160, width: 60, source: { paragraphId: 'jump:fA:out' } });
  });

  it('sets none when the edition has no 转版 style', () => {
    const ed = twoFrames(han(75));
    const bare: Edition = { ...ed, styles: { ...ed.styles, paragraph: ed.styles.paragraph.filter((s) => s.id !== ParagraphStyleIds.jump) } };
    const layout = compose(bare);
    expect(jumpLines(layout)).toEqual([]);
    expect(frameOf(layout, 'fA').columns[1]?.lines.length).toBe(4);
  });
});

describe('jump lines: restyled and renumbered', () => {
  it('follows the 转版 style: a larger size sets larger, taller jump lines', () => {
    const ed = applyOp(twoFrames(han(75)), { type: 'updateParagraphStyle', styleId: ParagraphStyleIds.jump, patch: { size: 9, leading: 12 } }).edition;
    const out = frameOf(compose(ed), 'fA').columns[1]?.lines.at(-1);
    expect(out?.runs[0]?.size).toBe(9);
    expect(out?.baseline).toBe(158.2); // foot 160 minus the descent at 9 pt (1.8)
    expect(frameOf(compose(ed), 'fB').columns[0]?.lines[1]?.baseline).toBe(120); // 12 pt reserved, then an 8 pt ascent
  });

  it('shows the new page numbers after pages move', () => {
    const mid = textFrame('other', { x: 50, y: 100, width: 100, height: 60 }, null);
    const base = twoFrames(han(75));
    const [p1, p2] = base.pages;
    if (!p1 || !p2) throw new Error('fixture');
    const ed: Edition = { ...base, pages: [p1, page('pm', 2, [mid]), { ...p2, number: 3 }] };
    expect(jumpLines(compose(ed))).toEqual([['jump:fA:out', '（下转第三版）'], ['jump:fB:in', '（上接第一版）']]);

    // The page between moves to the end: fB's page becomes page 2.
    const pm = ed.pages[1];
    if (!pm) throw new Error('fixture');
    const moved = applyOps(ed, [{ type: 'removePage', pageId: 'pm' }, { type: 'addPage', index: 2, page: pm }]).edition;
    expect(moved.pages.map((p) => [p.id, p.number])).toEqual([['p1', 1], ['p2', 2], ['pm', 3]]);
    expect(jumpLines(compose(moved))).toEqual([['jump:fA:out', '（下转第二版）'], ['jump:fB:in', '（上接第一版）']]);

    // A new front page pushes both on by one.
    const front = newPage({ id: 'p0', number: 1, label: 'A00', section: '要闻', masterId: null });
    const pushed = applyOp(moved, { type: 'addPage', index: 0, page: front }).edition;
    expect(jumpLines(compose(pushed))).toEqual([['jump:fA:out', '（下转第三版）'], ['jump:fB:in', '（上接第二版）']]);
    expect(composePage(pushed, 'p2', ENV, fakeComposer()).page).toEqual(compose(pushed).pages[2]);
  });

  it('words the page number in Chinese, in one place', () => {
    expect([jumpText('out', 2), jumpText('in', 1), jumpText('out', 12), jumpText('in', 20)]).toEqual(['（下转第二版）', '（上接第一版）', '（下转第十二版）', '（上接第二十版）']);
  });

  it('gives byte-identical JSON twice and for a copy of the edition', () => {
    const a = layoutToJson(compose(twoFrames(han(75))));
    expect(layoutToJson(compose(twoFrames(han(75))))).toBe(a);
    expect(layoutToJson(compose(structuredClone(twoFrames(han(75)))))).toBe(a);
    expect(a).toContain('"jump:fA:out"');
  });
});
