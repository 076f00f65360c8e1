import { describe, expect, it } from 'vitest';
import { addPageEdit, applyMasterEdit, deletePageEdit, duplicatePageEdit, movePageEdit, pageFieldsEdit, pageLabelRefusal, storiesOnPage } from '../../../../src/renderer/pages/pageOps';
import { applyOps, counterIds, type Edition, type Frame, type NewId, newTextFrame, parseEdition } from '../../../../src/shared/model';
import { sampleEdition } from '../../shared/model/fixtures';

function apply(edition: Edition, ops: Parameters<typeof applyOps>[1]): Edition {
  const result = applyOps(edition, ops).edition;
  const parsed = parseEdition(JSON.parse(JSON.stringify(result)));
  expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  return result;
}

/** The model fixture, with the lead's thread running frame-3 → frame-9 (both page 1) → frame-6 (page 2), and the photo and box grouped. */
function threaded(): Edition {
  const base = sampleEdition();
  const [p1, p2] = base.pages as [Edition['pages'][number], Edition['pages'][number]];
  const frames = p1.frames.map((f): Frame => {
    if (f.id === 'frame-3' && f.kind === 'text') return { ...f, next: { pageId: 'page-1', frameId: 'frame-9' } };
    if (f.id === 'frame-4' || f.id === 'frame-5') return { ...f, groupId: 'g1' };
    return f;
  });
  const tail = newTextFrame('frame-9', { x: 410.705, y: 600, width: 243, height: 200 }, { storyId: 'story-1', prev: { pageId: 'page-1', frameId: 'frame-3' }, next: { pageId: 'page-2', frameId: 'frame-6' } });
  const p2frames = p2.frames.map((f): Frame => (f.id === 'frame-6' && f.kind === 'text' ? { ...f, prev: { pageId: 'page-1', frameId: 'frame-9' } } : f));
  return { ...base, pages: [{ ...p1, frames: [...frames, tail] }, { ...p2, frames: p2frames }] };
}

/** Ids that cannot collide with the fixture's page-1, frame-1, story-1 …. */
function freshIds(): NewId {
  const next = counterIds();
  return (kind) => `new-${next(kind)}`;
}

const ids = (edition: Edition): Set<string> => new Set(edition.pages.flatMap((p) => [p.id, ...p.frames.map((f) => f.id)]));

describe('addPageEdit', () => {
  it('adds a blank page after the given one, with its master and section, labelled in its pattern; later labels follow', () => {
    const edition = sampleEdition();
    const edit = addPageEdit(edition, 'page-1', freshIds());
    const after = apply(edition, edit.ops);
    expect(edit.showPageId).toBe('new-page-1');
    expect(after.pages.map((p) => [p.id, p.number, p.label])).toEqual([
      ['page-1', 1, 'A01'],
      ['new-page-1', 2, 'A02'],
      ['page-2', 3, 'A03'],
    ]);
    const added = after.pages[1]!;
    expect(added).toMatchObject({ masterId: 'master-1', section: '要闻', frames: [], guides: { vertical: [], horizontal: [] } });
  });

  it('adds at the end when no page is given, and is undone in one step', () => {
    const edition = sampleEdition();
    const edit = addPageEdit(edition, null, freshIds());
    const applied = applyOps(edition, edit.ops);
    expect(applied.edition.pages.at(-1)?.id).toBe(edit.showPageId);
    expect(applied.edition.pages.at(-1)?.label).toBe('A03');
    expect(applyOps(applied.edition, [applied.inverse]).edition).toEqual(edition);
  });
});

describe('duplicatePageEdit', () => {
  const edition = threaded();
  const edit = duplicatePageEdit(edition, 'page-1', { newId: freshIds(), storySuffix: '（副本）' });
  const after = apply(edition, edit.ops);
  const copy = after.pages[1]!;
  const frame = (id: string): Frame => copy.frames[edition.pages[0]!.frames.findIndex((f) => f.id === id)]!;

  it('puts the copy right after the original with new ids for the page and every frame', () => {
    expect(after.pages.map((p) => p.id)).toEqual(['page-1', edit.showPageId, 'page-2']);
    expect(copy).toMatchObject({ label: 'A02', section: '要闻', masterId: 'master-1' });
    expect(after.pages[2]?.label).toBe('A03');
    expect(copy.frames).toHaveLength(edition.pages[0]!.frames.length);
    for (const f of copy.frames) expect(ids(edition).has(f.id), f.id).toBe(false);
    expect(copy.frames.map((f) => [f.kind, f.x, f.y, f.width, f.height])).toEqual(edition.pages[0]!.frames.map((f) => [f.kind, f.x, f.y, f.width, f.height]));
  });

  it('keeps the thread between frames of the copy and cuts the one that leaves the page', () => {
    const head = frame('frame-3');
    const tail = frame('frame-9');
    if (head.kind !== 'text' || tail.kind !== 'text') throw new Error('text frames expected');
    expect(head.prev).toBeNull();
    expect(head.next).toEqual({ pageId: copy.id, frameId: tail.id });
    expect(tail.prev).toEqual({ pageId: copy.id, frameId: head.id });
    expect(tail.next).toBeNull();
  });

  it('copies the stories placed on the page, so the copy does not take over the original thread', () => {
    const head = frame('frame-3');
    const copied = after.stories.find((s) => head.kind === 'text' && s.id === head.storyId);
    expect(copied?.id).not.toBe('story-1');
    expect(copied?.slug).toBe('区委全会（副本）');
    expect(copied?.paragraphs).toEqual(edition.stories[0]?.paragraphs);
    // The original page and its thread are untouched.
    expect(after.pages[0]).toEqual(edition.pages[0]);
    expect(after.pages[2]?.frames).toEqual(edition.pages[1]?.frames);
  });

  it('makes grouped frames a new group of their own, and keeps captions of stories not copied', () => {
    const photo = frame('frame-4');
    const box = frame('frame-5');
    expect(photo.groupId).not.toBeNull();
    expect(photo.groupId).not.toBe('g1');
    expect(box.groupId).toBe(photo.groupId);
    expect(photo.kind === 'image' ? photo.caption : null).toEqual({ storyId: 'story-2', paragraphId: 'para-4' });
  });

  it('is undone in one step', () => {
    const applied = applyOps(edition, edit.ops);
    expect(applyOps(applied.edition, [applied.inverse]).edition).toEqual(edition);
  });
});

describe('deletePageEdit', () => {
  it('removes the page, rejoins the thread through it, shows its neighbour and renumbers labels', () => {
    const edition = sampleEdition();
    const edit = deletePageEdit(edition, 'page-1');
    expect(edit?.showPageId).toBe('page-2');
    const after = apply(edition, edit!.ops);
    expect(after.pages.map((p) => [p.id, p.number, p.label])).toEqual([['page-2', 1, 'A01']]);
    const continuation = after.pages[0]!.frames.find((f) => f.id === 'frame-6');
    expect(continuation?.kind === 'text' ? continuation.prev : 'not text').toBeNull();
    // The story stays in the edition, unplaced on that page.
    expect(after.stories.map((s) => s.id)).toEqual(edition.stories.map((s) => s.id));
  });

  it('says which of the page\'s stories become unplaced and which continue on other pages', () => {
    const edition = sampleEdition();
    const storiesOn = (pageId: string): string[] => edition.pages.find((p) => p.id === pageId)!.frames.flatMap((f) => (f.kind === 'text' && f.storyId !== null ? [f.storyId] : []));
    const both = storiesOn('page-1').filter((id) => storiesOn('page-2').includes(id));
    expect(both.length).toBeGreaterThan(0);
    expect(storiesOnPage(edition.pages, 'page-2')).toEqual({ unplaced: new Set(storiesOn('page-2')).size - both.length, continued: both.length });
    expect(storiesOnPage(edition.pages, 'page-1')).toEqual({ unplaced: new Set(storiesOn('page-1')).size - both.length, continued: both.length });
    expect(storiesOnPage(edition.pages, 'no-such-page')).toEqual({ unplaced: 0, continued: 0 });
  });

  it('shows the page before when the last page goes, and refuses to delete the only page', () => {
    const edition = sampleEdition();
    expect(deletePageEdit(edition, 'page-2')?.showPageId).toBe('page-1');
    const single = applyOps(edition, deletePageEdit(edition, 'page-2')!.ops).edition;
    expect(deletePageEdit(single, 'page-1')).toBeNull();
  });
});

describe('movePageEdit', () => {
  it('moves the page and renumbers automatic labels; nothing for a move to where it is', () => {
    const edition = sampleEdition();
    expect(movePageEdit(edition, 'page-1', 0)).toBeNull();
    const after = apply(edition, movePageEdit(edition, 'page-2', 0)!.ops);
    expect(after.pages.map((p) => [p.id, p.number, p.label, p.section])).toEqual([
      ['page-2', 1, 'A01', '综合'],
      ['page-1', 2, 'A02', '要闻'],
    ]);
  });

  it('clamps an index past the end to the last place', () => {
    const edition = sampleEdition();
    const after = apply(edition, movePageEdit(edition, 'page-1', 99)!.ops);
    expect(after.pages.map((p) => p.id)).toEqual(['page-2', 'page-1']);
  });
});

describe('applyMasterEdit and pageFieldsEdit', () => {
  it('sets or clears the master, and does nothing when it is already so', () => {
    const edition = sampleEdition();
    expect(applyMasterEdit(edition, 'page-1', 'master-1')).toBeNull();
    expect(apply(edition, applyMasterEdit(edition, 'page-1', null)!.ops).pages[0]?.masterId).toBeNull();
  });

  it('renames label and section, trimmed, never to an empty label', () => {
    const edition = sampleEdition();
    const after = apply(edition, pageFieldsEdit(edition, 'page-1', { label: ' 头版 ', section: '要闻·时政' })!.ops);
    expect(after.pages[0]).toMatchObject({ label: '头版', section: '要闻·时政' });
    expect(pageFieldsEdit(edition, 'page-1', { label: '   ' })).toBeNull();
    expect(pageFieldsEdit(edition, 'page-1', { label: 'A01', section: '要闻' })).toBeNull();
  });
});

describe('page labels set by hand', () => {
  it('stay as typed wherever the page goes: B01 typed on page 2, moved to page 1 and back, is still B01', () => {
    let edition = sampleEdition();
    edition = apply(edition, pageFieldsEdit(edition, 'page-2', { label: 'B01' })!.ops);
    expect(edition.pages[1]).toMatchObject({ label: 'B01', labelFollowsNumber: false });
    edition = apply(edition, movePageEdit(edition, 'page-2', 0)!.ops);
    edition = apply(edition, movePageEdit(edition, 'page-2', 1)!.ops);
    expect(edition.pages.map((p) => [p.id, p.label])).toEqual([
      ['page-1', 'A01'],
      ['page-2', 'B01'],
    ]);
  });

  it('follow the page when typed with its own number', () => {
    let edition = sampleEdition();
    edition = apply(edition, pageFieldsEdit(edition, 'page-2', { label: 'C02' })!.ops);
    expect(edition.pages[1]).toMatchObject({ label: 'C02', labelFollowsNumber: true });
    expect(apply(edition, movePageEdit(edition, 'page-2', 0)!.ops).pages[0]?.label).toBe('C01');
  });

  it('are refused empty or when another page has them', () => {
    const edition = sampleEdition();
    expect(pageLabelRefusal(edition, 'page-2', '  ')).toEqual({ key: 'pages.refused.emptyLabel', params: {} });
    expect(pageLabelRefusal(edition, 'page-2', ' A01 ')).toEqual({ key: 'pages.refused.duplicateLabel', params: { label: 'A01', number: 1 } });
    expect(pageLabelRefusal(edition, 'page-1', 'A01')).toBeNull();
    expect(pageLabelRefusal(edition, 'page-2', 'B01')).toBeNull();
  });
});
