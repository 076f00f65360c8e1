// readingOrder.ts: the order of the articles on a page, as the page is read: top to bottom in
// rows, left to right within a row. An article stands where its hotspot begins on that page:
// the top-left corner of its highest piece (each ring starts at its top-left corner,
// hotspots.ts), so a photo placed above its story puts the story where the photo is. Articles
// whose tops lie within ROW_TOLERANCE_PT of the top of a row's first article belong to that row,
// so two articles set side by side under the same rule read left first even when the grid put
// one a line lower. Equal positions keep the edition's story order. This is how staff list a
// page's stories (头条 first, then across and down); it needs no reading-order field in the model.
import type { EpaperPoint, EpaperPolygon } from './bundle';
import { mmToPt } from '../model';

/** Tops closer than this (5 mm, a little more than one body line) are one row. */
export const ROW_TOLERANCE_PT = mmToPt(5);

/** Where an article's hotspot on a page begins, or null when it has none there. */
export function zoneAnchor(polygons: readonly EpaperPolygon[]): EpaperPoint | null {
  let best: EpaperPoint | null = null;
  for (const ring of polygons) {
    const start = ring[0];
    if (start && (!best || start.y < best.y || (start.y === best.y && start.x < best.x))) best = start;
  }
  return best;
}

/**
 * `items` in reading order. `anchor` gives an item's position (null sorts last), `tie` its rank
 * when positions are equal (the edition's story order).
 */
export function readingOrder<T>(items: readonly T[], anchor: (item: T) => EpaperPoint | null, tie: (item: T) => number): T[] {
  const placed = items.map((item) => ({ item, at: anchor(item), rank: tie(item) }));
  const byTop = placed.filter((p) => p.at !== null).sort((a, b) => (a.at?.y ?? 0) - (b.at?.y ?? 0) || (a.at?.x ?? 0) - (b.at?.x ?? 0) || a.rank - b.rank);
  const out: T[] = [];
  let row: typeof byTop = [];
  const flush = (): void => {
    row.sort((a, b) => (a.at?.x ?? 0) - (b.at?.x ?? 0) || (a.at?.y ?? 0) - (b.at?.y ?? 0) || a.rank - b.rank);
    out.push(...row.map((p) => p.item));
    row = [];
  };
  for (const p of byTop) {
    const rowTop = row[0]?.at?.y;
    if (rowTop !== undefined && (p.at?.y ?? 0) - rowTop > ROW_TOLERANCE_PT) flush();
    row.push(p);
  }
  flush();
  const unplaced = placed.filter((p) => p.at === null).sort((a, b) => a.rank - b.rank);
  return [...out, ...unplaced.map((p) => p.item)];
}
