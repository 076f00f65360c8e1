// history.ts: undo/redo over ops. Each entry keeps the op and the inverse computed when it
// was applied, so undo never has to guess what the state was.
import type { Edition } from '../edition';
import { applyOp } from './applyOp';
import type { Op } from './opSchema';

export interface HistoryEntry {
  readonly op: Op;
  readonly inverse: Op;
}

export interface History {
  readonly edition: Edition;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /**
   * The key of the last step when it was committed with commitCoalescing: the next edit with the
   * same key joins that step. Any other commit, undo or redo leaves it unset, ending the burst.
   */
  readonly openKey?: string;
}

/** Steps kept for undo; older ones fall off. */
export const DEFAULT_HISTORY_LIMIT = 500;

export function createHistory(edition: Edition): History {
  return { edition, past: [], future: [] };
}

/** Applies a new user edit. It clears the redo stack, as every editor does. */
export function commit(history: History, op: Op, limit = DEFAULT_HISTORY_LIMIT): { history: History; applied: Op } {
  const { edition, inverse } = applyOp(history.edition, op);
  // slice(-0) would keep everything, so a limit of 0 needs its own case.
  const past = limit > 0 ? [...history.past, { op, inverse }].slice(-limit) : [];
  return { history: { edition, past, future: [] }, applied: op };
}

/**
 * Applies a user edit that may join the last step: typing commits one edit per keystroke, and a
 * burst of them should undo as one. When the last step was committed with the same `key` (and
 * nothing was undone, redone or committed since), the edit joins it: the step keeps its original
 * inverse, so undo returns to the state before the burst, and its op becomes both edits, so redo
 * replays the whole burst. Otherwise it is a new step, open for the next edit with this key.
 * `applied` is `op` alone: it is what the edition changed by now.
 */
export function commitCoalescing(history: History, op: Op, key: string, limit = DEFAULT_HISTORY_LIMIT): { history: History; applied: Op } {
  const last = history.past[history.past.length - 1];
  if (history.openKey !== key || !last || history.future.length > 0) {
    const next = commit(history, op, limit);
    return { history: { ...next.history, openKey: key }, applied: op };
  }
  const { edition, inverse } = applyOp(history.edition, op);
  const joined: HistoryEntry = { op: joinOps(last.op, op), inverse: joinInverses(last.inverse, inverse) };
  return { history: { edition, past: [...history.past.slice(0, -1), joined], future: [], openKey: key }, applied: op };
}

/** `first` then `second` as one op; two patches of one story become one patch. */
function joinOps(first: Op, second: Op): Op {
  if (first.type === 'updateStory' && second.type === 'updateStory' && first.storyId === second.storyId) {
    return { type: 'updateStory', storyId: first.storyId, patch: { ...first.patch, ...second.patch } };
  }
  return { type: 'batch', ops: [...(first.type === 'batch' ? first.ops : [first]), second] };
}

/**
 * Undoes `second` then `first`. For two story patches one patch does it: a field only `second`
 * changed held, before it, the value it had before `first`; where both changed it, `first`'s
 * inverse holds the older value and wins.
 */
function joinInverses(firstInverse: Op, secondInverse: Op): Op {
  if (firstInverse.type === 'updateStory' && secondInverse.type === 'updateStory' && firstInverse.storyId === secondInverse.storyId) {
    return { type: 'updateStory', storyId: firstInverse.storyId, patch: { ...secondInverse.patch, ...firstInverse.patch } };
  }
  return { type: 'batch', ops: [secondInverse, ...(firstInverse.type === 'batch' ? firstInverse.ops : [firstInverse])] };
}

/** Undoes the last step; `applied` is the op that was run (the inverse), or null if none. */
export function undo(history: History): { history: History; applied: Op | null } {
  const entry = history.past[history.past.length - 1];
  if (!entry) return { history, applied: null };
  const { edition, inverse } = applyOp(history.edition, entry.inverse);
  return {
    history: { edition, past: history.past.slice(0, -1), future: [{ op: entry.op, inverse }, ...history.future] },
    applied: entry.inverse,
  };
}

export function redo(history: History): { history: History; applied: Op | null } {
  const entry = history.future[0];
  if (!entry) return { history, applied: null };
  const { edition, inverse } = applyOp(history.edition, entry.op);
  return {
    history: { edition, past: [...history.past, { op: entry.op, inverse }], future: history.future.slice(1) },
    applied: entry.op,
  };
}

export function canUndo(history: History): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History): boolean {
  return history.future.length > 0;
}
