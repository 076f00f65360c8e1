// nudge.ts: how far an arrow key moves a frame. A plain press moves 0.5 mm; with Shift it moves
// one grid step: a base column (column + gutter) across, a baseline-grid line up or down.
import { columnPitch, mmToPt, type PageFormat, roundPt } from '../../shared/model';

export const NUDGE_MM = 0.5;

export function nudgeDelta(direction: 'left' | 'right' | 'up' | 'down', large: boolean, format: PageFormat): { dx: number; dy: number } {
  const horizontal = large ? columnPitch(format) : mmToPt(NUDGE_MM);
  const vertical = large ? format.baselineGrid.pitch : mmToPt(NUDGE_MM);
  switch (direction) {
    case 'left':
      return { dx: -horizontal, dy: 0 };
    case 'right':
      return { dx: horizontal, dy: 0 };
    case 'up':
      return { dx: 0, dy: -vertical };
    case 'down':
      return { dx: 0, dy: vertical };
  }
}

export function nudged(position: { x: number; y: number }, delta: { dx: number; dy: number }): { x: number; y: number } {
  return { x: roundPt(position.x + delta.dx), y: roundPt(position.y + delta.dy) };
}
