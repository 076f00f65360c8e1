// frameOps.ts: the edits of the frame commands as model ops, for the selection of one page.
// Callers pass only the frames the user may change (page frames, not master furniture); locked
// frames are left alone by everything here except unlocking.
import { type Frame, type Op, roundPt } from '../../shared/model';

export function moveOps(pageId: string, frames: readonly Frame[], dx: number, dy: number): Op[] {
  const ops: Op[] = [];
  for (const f of frames) {
    if (f.locked) continue;
    const x = roundPt(f.x + dx);
    const y = roundPt(f.y + dy);
    if (x !== f.x || y !== f.y) ops.push({ type: 'moveFrame', pageId, frameId: f.id, x, y });
  }
  return ops;
}

export function deleteOps(pageId: string, frames: readonly Frame[]): Op[] {
  return frames.filter((f) => !f.locked).map((f): Op => ({ type: 'removeFrame', pageId, frameId: f.id }));
}

export function lockOps(pageId: string, frames: readonly Frame[], locked: boolean): Op[] {
  return frames.filter((f) => f.locked !== locked).map((f): Op => ({ type: 'updateFrame', pageId, frameId: f.id, patch: { locked } }));
}

/** Groups two or more frames under a new group id (any groups they were in are merged). */
export function groupOps(pageId: string, frames: readonly Frame[], groupId: string): Op[] {
  if (frames.length < 2) return [];
  return frames.filter((f) => f.groupId !== groupId).map((f): Op => ({ type: 'updateFrame', pageId, frameId: f.id, patch: { groupId } }));
}

export function ungroupOps(pageId: string, frames: readonly Frame[]): Op[] {
  return frames.filter((f) => f.groupId !== null).map((f): Op => ({ type: 'updateFrame', pageId, frameId: f.id, patch: { groupId: null } }));
}
