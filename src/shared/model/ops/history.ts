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
