// useFrameDrag.ts: moving the selected frames with the mouse. While the pointer moves, they are
// drawn where they would land: their common bounds snapped to a column edge and the baseline
// grid, or to a guide or another frame's edge when that is nearer (snapMove), with the lines
// they snap to shown. Alt (Option) moves freely. Only the release commits, as one step; the
// preview follows the pointer once per animation frame.
import { type PointerEvent, useCallback, useState } from 'react';
import { type Box, type Frame, type PageFormat, roundPt, type SnapLine, snapMove, type SnapTargets } from '../../shared/model';
import { boundsOf } from '../frames/geometry';
import { pagePoint, usePointerGesture } from '../frames/usePointerGesture';

export interface DragPreview {
  readonly frameIds: ReadonlySet<string>;
  readonly dx: number;
  readonly dy: number;
  readonly lines: readonly SnapLine[];
}

export interface DragContext {
  readonly svg: SVGSVGElement;
  readonly format: PageFormat;
  /** What the moving frames may snap to (the frames that stay put, guides, the grid). */
  readonly targets: SnapTargets;
  /** Snap reach in points (a few screen pixels at the current zoom). */
  readonly tolerance: number;
}

/** The move of `bounds` by the pointer's `raw` delta, snapped (or free, rounded, with `free`). */
export function dragDelta(bounds: Box, raw: { dx: number; dy: number }, context: Omit<DragContext, 'svg'>, free: boolean): { dx: number; dy: number; lines: readonly SnapLine[] } {
  const moved = { ...bounds, x: bounds.x + raw.dx, y: bounds.y + raw.dy };
  if (free) return { dx: roundPt(raw.dx), dy: roundPt(raw.dy), lines: [] };
  const snap = snapMove(moved, context.format, context.targets, context.tolerance);
  return { dx: roundPt(snap.x - bounds.x), dy: roundPt(snap.y - bounds.y), lines: snap.lines };
}

export function useFrameDrag(options: {
  /** Called once on release with the frames that moved and by how much. */
  onCommit: (frames: readonly Frame[], dx: number, dy: number) => void;
}): { preview: DragPreview | null; begin: (event: PointerEvent<Element>, frames: readonly Frame[], context: DragContext, onClick?: () => void) => void } {
  const [preview, setPreview] = useState<DragPreview | null>(null);
  const beginGesture = usePointerGesture();
  const { onCommit } = options;

  const begin = useCallback(
    // `onClick`: the press never became a drag (a click on the frame).
    (event: PointerEvent<Element>, frames: readonly Frame[], context: DragContext, onClick?: () => void) => {
      const bounds = boundsOf(frames);
      if (!bounds) return;
      const start = pagePoint(context.svg, event.clientX, event.clientY);
      const frameIds = new Set(frames.map((f) => f.id));
      let last: DragPreview | null = null;
      // The preview is drawn at most once per animation frame: a mouse reports moves faster than
      // the page repaints, and each preview re-renders the moved frames.
      let frame = 0;
      beginGesture(event, {
        move: (e) => {
          const at = pagePoint(context.svg, e.clientX, e.clientY);
          const delta = dragDelta(bounds, { dx: at.x - start.x, dy: at.y - start.y }, context, e.altKey);
          last = { frameIds, ...delta };
          if (frame === 0) {
            frame = requestAnimationFrame(() => {
              frame = 0;
              setPreview(last);
            });
          }
        },
        end: (commit, dragged) => {
          if (frame !== 0) cancelAnimationFrame(frame);
          frame = 0;
          setPreview(null);
          if (!dragged) {
            if (commit) onClick?.();
            return;
          }
          if (commit && last && (last.dx !== 0 || last.dy !== 0)) onCommit(frames, last.dx, last.dy);
        },
      });
    },
    [beginGesture, onCommit],
  );

  return { preview, begin };
}
