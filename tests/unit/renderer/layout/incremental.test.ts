// The page view's memoising composer against the engine's composeEdition / composePage: the
// same output, and only stories whose inputs changed are flowed again.
import { describe, expect, it } from 'vitest';
import { layoutToJson } from '../../../../src/shared/layout/output';
import { composeEdition, composePage } from '../../../../src/shared/layout/page';
import { applyOp, type Edition } from '../../../../src/shared/model';
import { createIncrementalComposer } from '../../../../src/renderer/layout/incremental';
import { type ComposerCall, fakeComposer } from '../../shared/layout/flow/fakeComposer';
import { edition, ENV, G, han, page, para, story, textFrame, wrapImage } from '../../shared/layout/flow/fixtures';

const master = { id: 'm', name: '要闻版', frames: [textFrame('head', { x: 50, y: 80, width: 300, height: 12 }, null, { template: '{paper}　第{pageNumberZh}版' })] };

function sample(): Edition {
  return edition(
    [
      page('p1', 1, [
        textFrame('a1', { x: 50, y: 100, width: 210, height: 60 }, 's1', { columns: 2, gutter: 10, next: { pageId: 'p2', frameId: 'a2' } }),
        wrapImage('img', { x: 120, y: 110, width: 100, height: 20 }, 2),
        textFrame('b', { x: 300, y: 100, width: 100, height: 100 }, 's2'),
        textFrame('c', { x: 300, y: 250, width: 100, height: 20 }, 's3'),
      ], 'm'),
      page('p2', 2, [textFrame('a2', { x: 50, y: 100, width: 100, height: 60 }, 's1', { prev: { pageId: 'p1', frameId: 'a1' } })], 'm'),
    ],
    [
      story('s1', [para('h', 'p-zhuti', han(6)), para('x', G, han(150)), para('y', G, han(30))]),
      story('s2', [para('z', G, han(20))]),
      story('s3', [para('o', G, han(200))]),
    ],
    [master],
  );
}

const move = (ed: Edition, pageId: string, frameId: string, x: number, y: number): Edition => applyOp(ed, { type: 'moveFrame', pageId, frameId, x, y }).edition;
const storiesComposed = (calls: ComposerCall[]): string[] => [...new Set(calls.map((c) => c.paragraphId))].sort();

describe('createIncrementalComposer', () => {
  it('composes an edition and each page exactly as the engine does', () => {
    const composer = createIncrementalComposer(fakeComposer());
    const ed = sample();
    expect(layoutToJson(composer.composeEdition(ed, ENV))).toBe(layoutToJson(composeEdition(ed, ENV, fakeComposer())));
    for (const p of ed.pages) {
      const mine = composer.composePage(ed, p.id, ENV);
      const engine = composePage(ed, p.id, ENV, fakeComposer());
      expect(layoutToJson(mine.page)).toBe(layoutToJson(engine.page));
      expect(mine.overset).toEqual(engine.overset);
      expect(mine.missingGlyphs).toEqual(engine.missingGlyphs);
    }
  });

  it('reflows only the story whose frame moved, and stays identical to a fresh composition', () => {
    const calls: ComposerCall[] = [];
    const composer = createIncrementalComposer(fakeComposer(calls));
    const ed = sample();
    const first = composer.composePage(ed, 'p1', ENV);
    calls.length = 0;

    const moved = move(ed, 'p1', 'b', 300, 130);
    const second = composer.composePage(moved, 'p1', ENV);
    // Frame b holds s2 (paragraph z); s1 and s3 keep their flows; the page changed, so its running head is set again.
    expect(storiesComposed(calls)).toEqual(['template:head', 'z']);
    expect(composer.lastStats).toEqual({ composed: 1, reused: 2 });
    expect(second.page.frames.find((f) => f.frameId === 'a1')).toBe(first.page.frames.find((f) => f.frameId === 'a1'));
    expect(layoutToJson(second.page)).toBe(layoutToJson(composePage(moved, 'p1', ENV, fakeComposer()).page));
    expect(second.page.frames.find((f) => f.frameId === 'b')?.columns[0]?.lines[0]?.baseline).toBeGreaterThan(
      first.page.frames.find((f) => f.frameId === 'b')?.columns[0]?.lines[0]?.baseline ?? Infinity,
    );
  });

  it('reflows the stories a moved wrap touches, and nothing when a move changes no thread', () => {
    const calls: ComposerCall[] = [];
    const composer = createIncrementalComposer(fakeComposer(calls));
    const ed = sample();
    composer.composePage(ed, 'p1', ENV);

    calls.length = 0;
    const wrapMoved = move(ed, 'p1', 'img', 60, 120);
    composer.composePage(wrapMoved, 'p1', ENV);
    // The image wraps text on p1: every text frame there sees a different obstacle.
    expect(composer.lastStats).toEqual({ composed: 3, reused: 0 });
    expect(layoutToJson(composer.composeEdition(wrapMoved, ENV))).toBe(layoutToJson(composeEdition(wrapMoved, ENV, fakeComposer())));

    calls.length = 0;
    const again = composer.composePage(wrapMoved, 'p1', ENV);
    expect(storiesComposed(calls)).toEqual([]);
    expect(composer.lastStats).toEqual({ composed: 0, reused: 3 });
    expect(again.overset.map((o) => o.storyId)).toEqual(composePage(wrapMoved, 'p1', ENV, fakeComposer()).overset.map((o) => o.storyId));
  });

  it('reflows a story whose text changed, and forgets stories that left the edition', () => {
    const calls: ComposerCall[] = [];
    const composer = createIncrementalComposer(fakeComposer(calls));
    const ed = sample();
    composer.composeEdition(ed, ENV);
    calls.length = 0;
    const edited: Edition = { ...ed, stories: ed.stories.map((s) => (s.id === 's2' ? { ...s, paragraphs: [para('z', G, han(25))] } : s)) };
    const layout = composer.composeEdition(edited, ENV);
    expect(composer.lastStats).toEqual({ composed: 1, reused: 2 });
    expect(layoutToJson(layout)).toBe(layoutToJson(composeEdition(edited, ENV, fakeComposer())));
  });

  it('reflows the stories a wrap on their master page touches, though no page changed', () => {
    const composer = createIncrementalComposer(fakeComposer());
    const ed = sample();
    composer.composeEdition(ed, ENV);
    const wrapped: Edition = { ...ed, masters: ed.masters.map((m) => ({ ...m, frames: [...m.frames, wrapImage('mimg', { x: 300, y: 120, width: 100, height: 30 }, 2)] })) };
    const layout = composer.composeEdition(wrapped, ENV);
    expect(composer.lastStats.composed).toBeGreaterThan(0);
    expect(layoutToJson(layout)).toBe(layoutToJson(composeEdition(wrapped, ENV, fakeComposer())));
  });

  it('reflows everything for a new env (fonts changed)', () => {
    const composer = createIncrementalComposer(fakeComposer());
    const ed = sample();
    composer.composeEdition(ed, ENV);
    composer.composeEdition(ed, { ...ENV });
    expect(composer.lastStats).toEqual({ composed: 3, reused: 0 });
  });

  it('keeps the running head while only stories change, and sets it again when what it reads changes', () => {
    const calls: ComposerCall[] = [];
    const composer = createIncrementalComposer(fakeComposer(calls));
    const ed = sample();
    const first = composer.composePage(ed, 'p1', ENV);
    const head = (layout: typeof first) => layout.page.frames.find((f) => f.frameId === 'head');

    calls.length = 0;
    const typed: Edition = { ...ed, stories: ed.stories.map((s) => (s.id === 's2' ? { ...s, paragraphs: [para('z', G, han(21))] } : s)) };
    const second = composer.composePage(typed, 'p1', ENV);
    expect(storiesComposed(calls)).toEqual(['z']);
    expect(head(second)).toBe(head(first));
    expect(layoutToJson(second.page)).toBe(layoutToJson(composePage(typed, 'p1', ENV, fakeComposer()).page));

    calls.length = 0;
    const renamed: Edition = { ...typed, meta: { ...typed.meta, paper: '市中新闻' } };
    const third = composer.composePage(renamed, 'p1', ENV);
    expect(storiesComposed(calls)).toEqual(['template:head']);
    expect(layoutToJson(third.page)).toBe(layoutToJson(composePage(renamed, 'p1', ENV, fakeComposer()).page));
    expect(third.missingGlyphs).toEqual(composePage(renamed, 'p1', ENV, fakeComposer()).missingGlyphs);

    calls.length = 0;
    const relabelled = applyOp(renamed, { type: 'updatePage', pageId: 'p1', patch: { label: 'B01' } }).edition;
    composer.composePage(relabelled, 'p1', ENV);
    expect(storiesComposed(calls)).toEqual(['template:head']);
    expect(layoutToJson(composer.composePage(relabelled, 'p1', ENV).page)).toBe(layoutToJson(composePage(relabelled, 'p1', ENV, fakeComposer()).page));
  });
});
