// arrange.ts: align, distribute and stacking order, as ops. A group is one piece: aligning a
// photo with its caption moves both by the same amount, so the caption stays under the photo.
import { type Box, type Frame, type Op, type Page, roundPt } from '../../shared/model';
import { boundsOf, type Unit, unitsOf } from './geometry';
import { moveOps } from './frameOps';

export type Alignment = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';
export type Distribution = 'horizontal' | 'vertical';
export type Stacking = 'front' | 'forward' | 'backward' | 'back';

/**
 * Aligns the selection's pieces. Several pieces align to the bounds of all of them (as
 * InDesign does); a single piece aligns to `area` (the type area, 版心).
 */
export function alignOps(pageId: string, frames: readonly Frame[], alignment: Alignment, area: Box): Op[] {
  const units = unitsOf(frames.filter((f) => !f.locked));
  if (units.length === 0) return [];
  const ref = units.length === 1 ? area : (boundsOf(units.map((u) => u.box)) as Box);
  return units.flatMap((unit) => {
    const b = unit.box;
    const dx =
      alignment === 'left' ? ref.x - b.x
      : alignment === 'centre' ? ref.x + ref.width / 2 - (b.x + b.width / 2)
      : alignment === 'right' ? ref.x + ref.width - (b.x + b.width)
      : 0;
    const dy =
      alignment === 'top' ? ref.y - b.y
      : alignment === 'middle' ? ref.y + ref.height / 2 - (b.y + b.height / 2)
      : alignment === 'bottom' ? ref.y + ref.height - (b.y + b.height)
      : 0;
    return moveOps(pageId, unit.frames, roundPt(dx), roundPt(dy));
  });
}

/**
 * Spaces three or more pieces evenly between the outermost two, which stay: the gaps between
 * neighbours become equal (InDesign's "distribute spacing").
 */
export function distributeOps(pageId: string, frames: readonly Frame[], direction: Distribution): Op[] {
  const units = unitsOf(frames.filter((f) => !f.locked));
  if (units.length < 3) return [];
  const horizontal = direction === 'horizontal';
  const start = (u: Unit): number => (horizontal ? u.box.x : u.box.y);
  const size = (u: Unit): number => (horizontal ? u.box.width : u.box.height);
  const sorted = [...units].sort((a, b) => start(a) - start(b));
  const first = sorted[0] as Unit;
  const end = Math.max(...sorted.map((u) => start(u) + size(u)));
  const total = sorted.reduce((sum, u) => sum + size(u), 0);
  const gap = (end - start(first) - total) / (sorted.length - 1);
  let at = start(first);
  return sorted.flatMap((unit) => {
    const delta = roundPt(at - start(unit));
    at += size(unit) + gap;
    return moveOps(pageId, unit.frames, horizontal ? delta : 0, horizontal ? 0 : delta);
  });
}

/** The page's frame order (0 = back) after moving the selected frames in the stack. */
export function stackedOrder(order: readonly string[], selected: ReadonlySet<string>, stacking: Stacking): string[] {
  const ids = [...order];
  switch (stacking) {
    case 'front':
      return [...ids.filter((id) => !selected.has(id)), ...ids.filter((id) => selected.has(id))];
    case 'back':
      return [...ids.filter((id) => selected.has(id)), ...ids.filter((id) => !selected.has(id))];
    case 'forward':
      // From the top down, each selected frame steps over the unselected one above it.
      for (let i = ids.length - 2; i >= 0; i--) if (selected.has(ids[i] as string) && !selected.has(ids[i + 1] as string)) swap(ids, i, i + 1);
      return ids;
    case 'backward':
      for (let i = 1; i < ids.length; i++) if (selected.has(ids[i] as string) && !selected.has(ids[i - 1] as string)) swap(ids, i, i - 1);
      return ids;
  }
}

function swap(ids: string[], i: number, j: number): void {
  const a = ids[i] as string;
  ids[i] = ids[j] as string;
  ids[j] = a;
}

/** reorderFrame ops that turn the page's order into `target`, each one frame to its place. */
export function stackOps(page: Page, frameIds: readonly string[], stacking: Stacking): Op[] {
  const current = page.frames.map((f) => f.id);
  const target = stackedOrder(current, new Set(frameIds), stacking);
  const ops: Op[] = [];
  target.forEach((id, index) => {
    if (current[index] === id) return;
    current.splice(current.indexOf(id), 1);
    current.splice(index, 0, id);
    ops.push({ type: 'reorderFrame', pageId: page.id, frameId: id, index });
  });
  return ops;
}
