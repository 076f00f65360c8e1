import { describe, expect, it } from 'vitest';
import { counterIds, emptyEdition, newImageFrame, newPage, newTextFrame } from '../../../../src/shared/model';
import { dropTarget } from '../../../../src/renderer/photos/dropTarget';

const base = emptyEdition({ preset: 'broadsheet', newId: counterIds(), meta: { paper: 'p', date: '2023-05-15', issue: 1, totalIssue: 1, credits: { editor: '', designer: '', proofreader: '' } } });
const back = newImageFrame('img-back', { x: 0, y: 0, width: 200, height: 200 });
const front = newImageFrame('img-front', { x: 100, y: 100, width: 200, height: 200 });
const locked = { ...newImageFrame('img-locked', { x: 400, y: 0, width: 100, height: 100 }), locked: true };
const text = newTextFrame('text', { x: 0, y: 300, width: 100, height: 100 });
const masterPhoto = newImageFrame('img-master', { x: 600, y: 0, width: 100, height: 100 });
const page = { ...newPage({ id: 'page-1', number: 1, label: 'A01', section: '', masterId: 'm' }), frames: [back, front, locked, text] };
const edition = { ...base, pages: [page], masters: [{ id: 'm', name: 'm', frames: [masterPhoto], guides: { vertical: [], horizontal: [] } }] };

describe('dropTarget', () => {
  it('picks the topmost image frame under the point', () => {
    expect(dropTarget(edition, page, { x: 150, y: 150 })).toEqual({ frameId: 'img-front' });
    expect(dropTarget(edition, page, { x: 50, y: 50 })).toEqual({ frameId: 'img-back' });
  });

  it('makes a new frame at the point over text, locked frames, master furniture and empty page', () => {
    for (const point of [{ x: 50, y: 350 }, { x: 450, y: 50 }, { x: 650, y: 50 }, { x: 800, y: 800 }]) expect(dropTarget(edition, page, point)).toEqual({ at: point });
  });
});
