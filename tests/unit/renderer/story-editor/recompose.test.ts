// Live recomposition: a story edit as the editor sends it (an updateStory op through the store's
// history) reaches the page view's incremental composer, which flows that story again and only it.
import { describe, expect, it } from 'vitest';
import { createIncrementalComposer } from '../../../../src/renderer/layout/incremental';
import { layoutToJson } from '../../../../src/shared/layout/output';
import { composePage } from '../../../../src/shared/layout/page';
import { commitCoalescing, createHistory, type Edition, paragraphText, undo } from '../../../../src/shared/model';
import { type ComposerCall, fakeComposer } from '../../shared/layout/flow/fakeComposer';
import { edition, ENV, G, han, page, para, story, textFrame } from '../../shared/layout/flow/fixtures';

function sample(): Edition {
  return edition(
    [page('p1', 1, [textFrame('a', { x: 50, y: 100, width: 210, height: 200 }, 's1', { columns: 2, gutter: 10 }), textFrame('b', { x: 300, y: 100, width: 100, height: 100 }, 's2')])],
    [story('s1', [para('h', 'p-zhuti', han(6)), para('x', G, han(150))]), story('s2', [para('z', G, han(20))])],
  );
}

describe('typing in the story editor → the page view', () => {
  it('recomposes only the edited story, identically to a fresh composition, and back on undo', () => {
    const calls: ComposerCall[] = [];
    const composer = createIncrementalComposer(fakeComposer(calls));
    const h0 = createHistory(sample());
    const before = composer.composePage(h0.edition, 'p1', ENV);
    calls.length = 0;

    const s1 = h0.edition.stories[0]!;
    const typed = s1.paragraphs.map((p) => (p.id === 'x' ? { ...p, runs: [{ text: `${paragraphText(p)}新增`, charStyle: null, marks: [] }] } : p));
    const h1 = commitCoalescing(h0, { type: 'updateStory', storyId: 's1', patch: { paragraphs: typed } }, 's1:1').history;
    const after = composer.composePage(h1.edition, 'p1', ENV);
    expect(composer.lastStats).toEqual({ composed: 1, reused: 1 });
    expect([...new Set(calls.map((c) => c.paragraphId))].sort()).toEqual(['h', 'x']);
    expect(layoutToJson(after.page)).toBe(layoutToJson(composePage(h1.edition, 'p1', ENV, fakeComposer()).page));
    expect(layoutToJson(after.page)).not.toBe(layoutToJson(before.page));

    const back = composer.composePage(undo(h1).history.edition, 'p1', ENV);
    expect(layoutToJson(back.page)).toBe(layoutToJson(before.page));
  });
});
