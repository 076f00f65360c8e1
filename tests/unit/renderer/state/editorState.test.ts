import { describe, expect, it } from 'vitest';
import {
  canMove,
  currentPage,
  type EditorState,
  framesOnPage,
  INITIAL_STATE,
  isEditable,
  redoAvailable,
  saveStatus,
  selectedFrame,
  undoAvailable,
} from '../../../../src/renderer/state/editorState';
import { commit, createHistory } from '../../../../src/shared/model';
import { sampleEdition } from '../../shared/model/fixtures';

function ready(patch: Partial<EditorState> = {}): EditorState {
  return { ...INITIAL_STATE, status: 'ready', history: createHistory(sampleEdition()), pageId: 'page-1', ...patch };
}

describe('saveStatus', () => {
  it.each([
    ['saved', {}],
    ['unsaved', { pendingOps: 1 }],
    ['unsaved', { revision: 3, savedRevision: 2 }],
    ['saving', { saving: true, pendingOps: 1, saveFailed: true }],
    ['failed', { saveFailed: true, pendingOps: 1 }],
  ] as const)('is %s for %o', (expected, patch) => {
    expect(saveStatus(ready(patch))).toBe(expected);
  });
});

describe('currentPage', () => {
  it('is the chosen page, or the first page when the choice is unknown, or null before loading', () => {
    expect(currentPage(ready({ pageId: 'page-2' }))?.id).toBe('page-2');
    expect(currentPage(ready({ pageId: 'page-99' }))?.id).toBe('page-1');
    expect(currentPage(ready({ pageId: null }))?.id).toBe('page-1');
    expect(currentPage(INITIAL_STATE)).toBeNull();
  });
});

describe('framesOnPage', () => {
  it('lists the master furniture first, marked, then the page own frames in order', () => {
    const edition = sampleEdition();
    const page = edition.pages[0]!;
    expect(framesOnPage(edition, page).map((p) => [p.frame.id, p.fromMaster])).toEqual([
      ['frame-1', true],
      ['frame-2', true],
      ['frame-3', false],
      ['frame-4', false],
      ['frame-5', false],
    ]);
  });

  it('lists only the page frames when the page has no master', () => {
    const edition = sampleEdition();
    const page = { ...edition.pages[1]!, masterId: null };
    expect(framesOnPage(edition, page).map((p) => p.frame.id)).toEqual(['frame-6', 'frame-7', 'frame-8']);
  });
});

describe('selectedFrame', () => {
  it('finds the selection only among the frames shown on the current page', () => {
    expect(selectedFrame(ready({ selectedFrameId: 'frame-4' }))?.frame.id).toBe('frame-4');
    expect(selectedFrame(ready({ selectedFrameId: 'frame-7' }))).toBeNull();
    expect(selectedFrame(ready({ selectedFrameId: null }))).toBeNull();
  });
});

describe('isEditable and canMove', () => {
  it('allows edits only when loaded, not reloading and not read-only', () => {
    expect(isEditable(ready())).toBe(true);
    expect(isEditable(ready({ reloading: true }))).toBe(false);
    expect(isEditable(ready({ readOnly: true }))).toBe(false);
    expect(isEditable(ready({ status: 'error' }))).toBe(false);
    expect(isEditable(INITIAL_STATE)).toBe(false);
  });

  it('refuses to move locked frames and master furniture', () => {
    const state = ready();
    const placed = framesOnPage(state.history!.edition, currentPage(state)!);
    const movable = Object.fromEntries(placed.map((p) => [p.frame.id, canMove(state, p)]));
    expect(movable).toEqual({ 'frame-1': false, 'frame-2': false, 'frame-3': true, 'frame-4': true, 'frame-5': true });
    expect(placed.filter((p) => canMove(ready({ readOnly: true }), p))).toEqual([]);
  });
});

describe('undoAvailable and redoAvailable', () => {
  it('follow the history, and are off whenever editing is', () => {
    const moved = commit(createHistory(sampleEdition()), { type: 'moveFrame', pageId: 'page-1', frameId: 'frame-3', x: 1, y: 2 }).history;
    expect(undoAvailable(ready({ history: moved }))).toBe(true);
    expect(redoAvailable(ready({ history: moved }))).toBe(false);
    expect(undoAvailable(ready({ history: moved, readOnly: true }))).toBe(false);
    expect(undoAvailable(ready())).toBe(false);
    expect(undoAvailable(INITIAL_STATE)).toBe(false);
  });
});
