// geometry.ts: boxes on the page for the frame tools: bounds, hit tests, the units arrange and
// move act on (a group moves as one piece).
import { type Box, type Frame, roundPt } from '../../shared/model';

export function boundsOf(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return { x: roundPt(left), y: roundPt(top), width: roundPt(right - left), height: roundPt(bottom - top) };
}

/** A box from two corners in any order. */
export function boxFromCorners(a: { x: number; y: number }, b: { x: number; y: number }): Box {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) };
}

/** Whether two boxes overlap or touch; a rule (height 0) counts along its length. */
export function intersects(a: Box, b: Box): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

/** Frames that move together: one per group, and one for each ungrouped frame. */
export interface Unit {
  readonly frames: readonly Frame[];
  readonly box: Box;
}

export function unitsOf(frames: readonly Frame[]): Unit[] {
  const byGroup = new Map<string, Frame[]>();
  const units: Frame[][] = [];
  for (const frame of frames) {
    if (frame.groupId === null) {
      units.push([frame]);
      continue;
    }
    let members = byGroup.get(frame.groupId);
    if (!members) {
      members = [];
      byGroup.set(frame.groupId, members);
      units.push(members);
    }
    members.push(frame);
  }
  return units.map((members) => ({ frames: members, box: boundsOf(members) as Box }));
}
