// Jump lines (转版) are composed from page numbers, so the pages panel's edits must renumber them
// without touching any frame: checked here with the flow specs' fake composer on the ops the
// panel builds.
import { describe, expect, it } from 'vitest';
import { addPageEdit, duplicatePageEdit, movePageEdit } from '../../../../src/renderer/pages/pageOps';
import type { EditionLayout } from '../../../../src/shared/layout/output';
import { composeEdition } from '../../../../src/shared/layout/page';
import { applyOps, counterIds, type Edition, type NewId } from '../../../../src/shared/model';
import { fakeComposer, lineText } from '../../shared/layout/flow/fakeComposer';
import { edition, ENV, han, P, page, para, story, textFrame } from '../../shared/layout/flow/fixtures';

/** fA on page 1 runs on to fB on page 3; page 2 holds an unrelated frame. */
function threePages(): Edition {
  const fA = textFrame('fA', { x: 50, y: 100, width: 210, height: 60 }, 's', { columns: 2, gutter: 10, next: { pageId: 'p3', frameId: 'fB' } });
  const fB = textFrame('fB', { x: 50, y: 100, width: 100, height: 60 }, 's', { prev: { pageId: 'p1', frameId: 'fA' } });
  const other = textFrame('other', { x: 50, y: 100, width: 100, height: 60 }, null);
  return edition([page('p1', 1, [fA]), page('p2', 2, [other]), page('p3', 3, [fB])], [story('s', [para('a', P, han(75))])]);
}

function jumpLines(layout: EditionLayout): string[] {
  return layout.pages.flatMap((p) => p.frames.flatMap((f) => f.columns.flatMap((c) => c.lines.filter((l) => l.source.paragraphId.startsWith('jump:')).map(lineText))));
}

const compose = (ed: Edition): string[] => jumpLines(composeEdition(ed, ENV, fakeComposer()));

function freshIds(): NewId {
  const next = counterIds();
  return (kind) => `new-${next(kind)}`;
}

describe('jump lines after the pages panel edits pages', () => {
  it('name the new page numbers when a page is moved, added or duplicated', () => {
    const ed = threePages();
    expect(compose(ed)).toEqual(['（下转第三版）', '（上接第一版）']);

    const moved = applyOps(ed, movePageEdit(ed, 'p3', 1)!.ops).edition;
    expect(compose(moved)).toEqual(['（下转第二版）', '（上接第一版）']);

    // A new page at the end changes nothing; moved to the front, it pushes both on by one.
    const added = addPageEdit(moved, null, freshIds());
    const appended = applyOps(moved, added.ops).edition;
    expect(compose(appended)).toEqual(['（下转第二版）', '（上接第一版）']);
    const pushed = applyOps(appended, movePageEdit(appended, added.showPageId, 0)!.ops).edition;
    expect(compose(pushed)).toEqual(['（下转第三版）', '（上接第二版）']);
  });

  it('are not set on a duplicated page, whose thread copy no longer leaves it', () => {
    const ed = threePages();
    const copy = applyOps(ed, duplicatePageEdit(ed, 'p1', { newId: freshIds(), storySuffix: ' copy' }).ops).edition;
    // The original thread now runs from page 1 to page 4, and only it has jump lines.
    expect(compose(copy)).toEqual(['（下转第四版）', '（上接第一版）']);
  });
});
