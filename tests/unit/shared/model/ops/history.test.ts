import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  commit,
  createHistory,
  DEFAULT_HISTORY_LIMIT,
  type Edition,
  type History,
  newPage,
  newTextFrame,
  type Op,
  OpError,
  ParagraphStyleIds,
  redo,
  undo,
} from '../../../../../src/shared/model';
import { deepFreeze, sampleEdition } from '../fixtures';

const move = (x: number): Op => ({ type: 'moveFrame', pageId: 'page-1', frameId: 'frame-5', x, y: 700 });

function frameX(history: History): number | undefined {
  return history.edition.pages[0]?.frames.find((f) => f.id === 'frame-5')?.x;
}

/** Commits, undoes and redoes one op, checking the edition at each stage. */
function commitUndoRedo(op: Op, check: (after: Edition) => void): void {
  const original = deepFreeze(sampleEdition());
  const snapshot = structuredClone(original);
  const h0 = createHistory(original);

  const c = commit(h0, op);
  expect(c.applied).toBe(op);
  check(c.history.edition);
  expect(canUndo(c.history)).toBe(true);
  expect(canRedo(c.history)).toBe(false);

  const u = undo(c.history);
  expect(u.applied).toEqual(c.history.past[0]!.inverse);
  expect(u.history.edition).toStrictEqual(snapshot);
  expect(canUndo(u.history)).toBe(false);
  expect(canRedo(u.history)).toBe(true);

  const r = redo(u.history);
  expect(r.applied).toBe(op);
  expect(r.history.edition).toStrictEqual(c.history.edition);
  check(r.history.edition);

  // And once more round, so the entry redo stored undoes too.
  expect(undo(r.history).history.edition).toStrictEqual(snapshot);
  expect(original).toStrictEqual(snapshot);
}

describe('history', () => {
  it('undoes and redoes moving a frame', () => {
    commitUndoRedo(move(12), (e) => expect(e.pages[0]!.frames[2]).toMatchObject({ id: 'frame-5', x: 12, y: 700 }));
  });

  it('undoes and redoes resizing a frame', () => {
    commitUndoRedo({ type: 'resizeFrame', pageId: 'page-1', frameId: 'frame-3', x: 32.705, y: 48.189, width: 495, height: 600 }, (e) =>
      expect(e.pages[0]!.frames[0]).toMatchObject({ width: 495, height: 600 }),
    );
  });

  it('undoes and redoes adding and removing frames', () => {
    const frame = newTextFrame('frame-new', { x: 0, y: 0, width: 117, height: 100 }, { storyId: 'story-3' });
    commitUndoRedo({ type: 'addFrame', pageId: 'page-2', index: 0, frame }, (e) => expect(e.pages[1]!.frames[0]!.id).toBe('frame-new'));
    commitUndoRedo({ type: 'removeFrame', pageId: 'page-2', frameId: 'frame-7' }, (e) => expect(e.pages[1]!.frames.map((f) => f.id)).toEqual(['frame-6', 'frame-8']));
  });

  it('undoes and redoes adding and removing pages', () => {
    const page = newPage({ id: 'page-new', number: 1, label: 'A00', section: '封面', masterId: null });
    commitUndoRedo({ type: 'addPage', index: 0, page }, (e) => expect(e.pages.map((p) => `${p.id}:${p.number}`)).toEqual(['page-new:1', 'page-1:2', 'page-2:3']));
    commitUndoRedo({ type: 'removePage', pageId: 'page-1' }, (e) => expect(e.pages.map((p) => `${p.id}:${p.number}`)).toEqual(['page-2:1']));
  });

  it('undoes and redoes changing a paragraph style', () => {
    commitUndoRedo({ type: 'updateParagraphStyle', styleId: ParagraphStyleIds.headline, patch: { size: 26, weight: 'regular' } }, (e) =>
      expect(e.styles.paragraph.find((s) => s.id === ParagraphStyleIds.headline)).toMatchObject({ size: 26, weight: 'regular' }),
    );
  });

  it('undoes several steps in reverse order and redoes them forward', () => {
    let h = createHistory(sampleEdition());
    for (const x of [10, 20, 30]) h = commit(h, move(x)).history;
    expect(frameX(h)).toBe(30);
    h = undo(h).history;
    expect(frameX(h)).toBe(20);
    h = undo(h).history;
    expect(frameX(h)).toBe(10);
    h = redo(h).history;
    expect(frameX(h)).toBe(20);
    h = undo(undo(h).history).history;
    expect(frameX(h)).toBe(600);
    expect(h.future).toHaveLength(3);
  });

  it('clears the redo stack on a new commit', () => {
    let h = createHistory(sampleEdition());
    h = commit(h, move(10)).history;
    h = commit(h, move(20)).history;
    h = undo(h).history;
    expect(canRedo(h)).toBe(true);
    h = commit(h, move(99)).history;
    expect(canRedo(h)).toBe(false);
    expect(redo(h).applied).toBeNull();
    expect(frameX(h)).toBe(99);
    expect(frameX(undo(h).history)).toBe(10);
  });

  it('drops the oldest entries beyond the limit', () => {
    let h = createHistory(sampleEdition());
    for (let x = 1; x <= 5; x++) h = commit(h, move(x), 3).history;
    expect(h.past.map((e) => e.op)).toEqual([move(3), move(4), move(5)]);
    for (let i = 0; i < 3; i++) h = undo(h).history;
    expect(frameX(h)).toBe(2); // the first two steps can no longer be undone
    expect(canUndo(h)).toBe(false);
    expect(undo(h).applied).toBeNull();
  });

  it('keeps no undo steps with a limit of 0', () => {
    const h = commit(createHistory(sampleEdition()), move(1), 0).history;
    expect(frameX(h)).toBe(1);
    expect(h.past).toEqual([]);
  });

  it(`keeps ${DEFAULT_HISTORY_LIMIT} steps by default`, () => {
    let h = createHistory(sampleEdition());
    for (let x = 0; x < DEFAULT_HISTORY_LIMIT + 2; x++) h = commit(h, move(x)).history;
    expect(h.past).toHaveLength(DEFAULT_HISTORY_LIMIT);
    expect(h.past[0]!.op).toEqual(move(2));
  });

  it('returns applied: null and the same history when there is nothing to undo or redo', () => {
    const h = createHistory(sampleEdition());
    expect(undo(h)).toEqual({ history: h, applied: null });
    expect(redo(h)).toEqual({ history: h, applied: null });
    expect(undo(h).history).toBe(h);
    expect(canUndo(h) || canRedo(h)).toBe(false);
  });

  it('leaves the history unchanged when a commit is refused', () => {
    const h = deepFreeze(commit(createHistory(sampleEdition()), move(10)).history);
    expect(() => commit(h, { type: 'removePage', pageId: 'page-404' })).toThrow(OpError);
    expect(frameX(h)).toBe(10);
    expect(h.past).toHaveLength(1);
  });
});
