// resize.ts: what dragging one of a frame's eight handles does to its box. The edges the handle
// carries follow the pointer and snap (to column edges, the baseline grid, guides and other
// frames' edges, through `snap`); the opposite edges stay. A frame never turns inside out: an
// edge stops `min` short of the one facing it.
import { type Box, roundPt, type SnapLine } from '../../shared/model';

export type Handle = 'nw' | 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w';
export const HANDLES: readonly Handle[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];

export type EdgeSnap = (value: number, axis: 'x' | 'y') => { at: number; line: SnapLine | null };

/** Where a handle sits on a box, as fractions of its width and height. */
export function handleAnchor(handle: Handle): { fx: number; fy: number } {
  const fx = handle.includes('w') ? 0 : handle.includes('e') ? 1 : 0.5;
  const fy = handle.startsWith('n') ? 0 : handle.startsWith('s') ? 1 : 0.5;
  return { fx, fy };
}

/** The handles a frame offers: a flat rule has only its ends, an upright one its top and foot. */
export function handlesFor(box: Box): readonly Handle[] {
  if (box.height === 0) return ['w', 'e'];
  return HANDLES;
}

export function resizedBox(start: Box, handle: Handle, point: { x: number; y: number }, snap: EdgeSnap, min: { width: number; height: number }): { box: Box; lines: SnapLine[] } {
  let left = start.x;
  let right = start.x + start.width;
  let top = start.y;
  let bottom = start.y + start.height;
  const lines: SnapLine[] = [];
  const edge = (value: number, axis: 'x' | 'y'): number => {
    const snapped = snap(value, axis);
    if (snapped.line) lines.push(snapped.line);
    return snapped.at;
  };
  if (handle.includes('w')) left = Math.min(edge(point.x, 'x'), right - min.width);
  if (handle.includes('e')) right = Math.max(edge(point.x, 'x'), left + min.width);
  if (handle.startsWith('n')) top = Math.min(edge(point.y, 'y'), bottom - min.height);
  if (handle.startsWith('s')) bottom = Math.max(edge(point.y, 'y'), top + min.height);
  const box = { x: roundPt(left), y: roundPt(top), width: roundPt(right - left), height: roundPt(bottom - top) };
  // A clamped edge no longer sits on the line it snapped to; only lines still touched are shown.
  const touching = lines.filter((l) => (l.axis === 'x' ? [box.x, roundPt(box.x + box.width)] : [box.y, roundPt(box.y + box.height)]).some((v) => Math.abs(v - l.at) < 0.01));
  return { box, lines: touching };
}
