// Page composer specs: frame order with master furniture, running heads filled per page,
// composePage against composeEdition, determinism.
import { describe, expect, it } from 'vitest';
import { layoutToJson } from '../../../../../src/shared/layout/output';
import { composeEdition, composePage, FURNITURE_STORY_ID, furnitureStyle, templateAlignOn } from '../../../../../src/shared/layout/page';
import { type ComposerCall, fakeComposer, lineText } from '../flow/fakeComposer';
import { edition, ENV, G, han, page, para, story, textFrame, wrapImage } from '../flow/fixtures';

const master = { id: 'm', name: '要闻版', frames: [textFrame('head', { x: 50, y: 80, width: 300, height: 12 }, null, { template: '{paper}　第{pageNumberZh}版　{section}' })] };

function sample() {
  return edition(
    [
      page('p1', 1, [
        // Tall enough for the headline below the photo and above a1's jump line (下转第二版).
        textFrame('a1', { x: 50, y: 100, width: 210, height: 72 }, 's1', { columns: 2, gutter: 10, next: { pageId: 'p2', frameId: 'a2' } }),
        wrapImage('img', { x: 120, y: 110, width: 100, height: 20 }, 2),
        textFrame('b', { x: 300, y: 100, width: 100, height: 100 }, 's2'),
      ], 'm'),
      page('p2', 2, [textFrame('a2', { x: 50, y: 100, width: 100, height: 60 }, 's1', { prev: { pageId: 'p1', frameId: 'a1' } })], 'm'),
    ],
    [story('s1', [para('h', 'p-zhuti', han(6)), para('x', G, han(150)), para('y', G, han(30))]), story('s2', [para('z', G, han(20))])],
    [master],
  );
}

describe('composeEdition', () => {
  it('lists each page frame after its master furniture, non-text frames included without columns', () => {
    const layout = composeEdition(sample(), ENV, fakeComposer());
    expect(layout.pages.map((p) => p.frames.map((f) => [f.frameId, f.storyId]))).toEqual([
      [['head', null], ['a1', 's1'], ['img', null], ['b', 's2']],
      [['head', null], ['a2', 's1']],
    ]);
    expect(layout.pages[0]?.frames[2]?.columns).toEqual([]);
    expect(layout.pages[0]).toMatchObject({ pageId: 'p1', width: sample().format.trim.width, height: sample().format.trim.height });
  });

  it('sets a template at the outer edge or towards the spine as the page is a right-hand (odd) or left-hand one', () => {
    expect([1, 2, 3].map((n) => templateAlignOn('outside', n))).toEqual(['end', 'start', 'end']);
    expect([1, 2].map((n) => templateAlignOn('inside', n))).toEqual(['start', 'end']);
    expect([1, 2].map((n) => templateAlignOn('center', n))).toEqual(['center', 'center']);
    const outer = { ...master, guides: { vertical: [], horizontal: [] }, frames: [{ ...master.frames[0]!, templateAlign: 'outside' as const }] };
    const aligns: string[] = [];
    const fake = fakeComposer();
    const recording: typeof fake = (paragraph, style, ...rest) => {
      if (paragraph.id.startsWith('template:')) aligns.push(style.align);
      return fake(paragraph, style, ...rest);
    };
    composeEdition({ ...sample(), masters: [outer] }, ENV, recording);
    // Page 1, a right-hand page: 第一版 at the right; page 2, a left-hand one: at the left.
    expect(aligns).toEqual(['end', 'start']);
  });

  it('fills a running head per page from its template, at 六号 from the body style', () => {
    const layout = composeEdition(sample(), ENV, fakeComposer());
    const heads = layout.pages.map((p) => p.frames[0]?.columns[0]?.lines.map(lineText).join(''));
    expect(heads).toEqual(['今日市中　第一版　要闻', '今日市中　第二版　要闻']);
    const line = layout.pages[1]?.frames[0]?.columns[0]?.lines[0];
    expect(line?.runs[0]?.size).toBe(7.5);
    expect(line?.source.storyId).toBe(FURNITURE_STORY_ID);
    expect(furnitureStyle(sample())).toMatchObject({ size: 7.5, leading: 10.5, align: 'start', firstLineIndentEm: 0, font: { cjk: 'Noto Serif SC' } });
  });

  it('reports overset per story at the last frame of its thread', () => {
    const layout = composeEdition(sample(), ENV, fakeComposer());
    expect(layout.overset.map((o) => [o.storyId, o.lastFrame])).toEqual([['s1', { pageId: 'p2', frameId: 'a2' }]]);
    expect(layout.overset[0]?.chars).toBeGreaterThan(0);
  });

  it('composes the paragraphs that reach a frame, and not those past the end of a full thread', () => {
    const calls: ComposerCall[] = [];
    composeEdition(sample(), ENV, fakeComposer(calls));
    // s1's thread is full inside paragraph x, so y is overset without being composed. Its thread
    // changes page after a1, so the two jump lines are composed too.
    expect([...new Set(calls.map((c) => c.paragraphId))].sort()).toEqual(['h', 'jump:a1:out', 'jump:a2:in', 'template:head', 'x', 'z']);
  });

  it('gives byte-identical JSON for two compositions and for a copy of the edition', () => {
    const a = layoutToJson(composeEdition(sample(), ENV, fakeComposer()));
    const b = layoutToJson(composeEdition(structuredClone(sample()), ENV, fakeComposer()));
    expect(b).toBe(a);
    expect(a).not.toMatch(/\d\.\d{4,}/);
  });
});

describe('composePage', () => {
  it('gives the same page as composeEdition, threads from earlier pages included', () => {
    const full = composeEdition(sample(), ENV, fakeComposer());
    const second = composePage(sample(), 'p2', ENV, fakeComposer());
    expect(second.page).toEqual(full.pages[1]);
    expect(second.overset).toEqual(full.overset);
    expect(second.page.frames[1]?.columns[0]?.lines.length).toBeGreaterThan(0);
  });

  it('composes only the stories with a frame on the page', () => {
    const calls: ComposerCall[] = [];
    composePage(sample(), 'p2', ENV, fakeComposer(calls));
    expect(calls.some((c) => c.paragraphId === 'z')).toBe(false);
  });

  it('names the page it cannot find', () => {
    expect(() => composePage(sample(), 'nope', ENV, fakeComposer())).toThrow(/no page "nope"/);
  });
});
