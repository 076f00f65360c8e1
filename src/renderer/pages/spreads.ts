// spreads.ts: how the pages panel lays pages out, and where a dragged page would land. In the
// spread view facing pages sit side by side as the reader sees them: page 1 alone on the right,
// then 2–3, 4–5 …
import type { Point } from '../canvas/viewMath';

/** Page indexes row by row; in spreads the first row is page 1 alone (on the right-hand side). */
export function pageRows(count: number, spreads: boolean): number[][] {
  const indexes = Array.from({ length: count }, (_, i) => i);
  if (!spreads) return indexes.map((i) => [i]);
  const rows: number[][] = count > 0 ? [[0]] : [];
  for (let i = 1; i < count; i += 2) rows.push(indexes.slice(i, i + 2));
  return rows;
}

export interface SlotRect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * The slot (0 … rects.length, "before page i") a page dropped at `point` goes to: beside the
 * nearest thumbnail, before it when the point is in its first half (its left half in spreads,
 * where pages run across; its top half in a single column), after it otherwise.
 */
export function dropSlot(rects: readonly SlotRect[], point: Point, spreads: boolean): number {
  let nearest = -1;
  let best = Infinity;
  rects.forEach((r, i) => {
    const dx = Math.max(r.left - point.x, 0, point.x - r.right);
    const dy = Math.max(r.top - point.y, 0, point.y - r.bottom);
    const d = Math.hypot(dx, dy);
    if (d < best) {
      best = d;
      nearest = i;
    }
  });
  const rect = rects[nearest];
  if (!rect) return 0;
  const before = spreads ? point.x < (rect.left + rect.right) / 2 : point.y < (rect.top + rect.bottom) / 2;
  return before ? nearest : nearest + 1;
}

/** The index `movePage` takes for a page at `from` dropped in `slot` (the index once it is moved). */
export function targetIndex(from: number, slot: number): number {
  return slot > from ? slot - 1 : slot;
}
