// usePointerGesture.ts: one pointer gesture at a time (a move, a resize, a marquee, a frame
// being drawn), followed on the window so it keeps going when the pointer leaves the page. A
// press becomes a drag only after a few pixels, so a click stays a click; Escape cancels.
import { type PointerEvent as ReactPointerEvent, useCallback, useEffect, useRef } from 'react';

/** Screen pixels the pointer must travel before a press becomes a drag rather than a click. */
export const DRAG_THRESHOLD_PX = 3;

export interface GestureHandlers {
  /** Every pointer move once the press has become a drag. */
  readonly move: (event: PointerEvent) => void;
  /** Release (`commit`) or cancel (Escape, pointercancel); `dragged` says whether it became a drag. */
  readonly end: (commit: boolean, dragged: boolean, event: PointerEvent | null) => void;
}

interface Active {
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  dragged: boolean;
  readonly handlers: GestureHandlers;
}

export type BeginGesture = (event: ReactPointerEvent<Element>, handlers: GestureHandlers) => void;

export function usePointerGesture(): BeginGesture {
  const active = useRef<Active | null>(null);

  useEffect(() => {
    const finish = (commit: boolean, event: PointerEvent | null): void => {
      const gesture = active.current;
      active.current = null;
      gesture?.handlers.end(commit, gesture.dragged, event);
    };
    const move = (event: PointerEvent): void => {
      const gesture = active.current;
      if (!gesture || event.pointerId !== gesture.pointerId) return;
      if (!gesture.dragged && Math.hypot(event.clientX - gesture.startX, event.clientY - gesture.startY) < DRAG_THRESHOLD_PX) return;
      gesture.dragged = true;
      gesture.handlers.move(event);
    };
    const up = (event: PointerEvent): void => {
      if (active.current && event.pointerId === active.current.pointerId) finish(true, event);
    };
    const cancel = (event: PointerEvent): void => {
      if (active.current && event.pointerId === active.current.pointerId) finish(false, event);
    };
    const escape = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || !active.current) return;
      // Handled: Escape here cancels the drag only, not the selection or the tool as well.
      event.preventDefault();
      finish(false, null);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    window.addEventListener('keydown', escape);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      window.removeEventListener('keydown', escape);
    };
  }, []);

  return useCallback((event, handlers) => {
    if (event.button !== 0) return;
    event.preventDefault();
    // A gesture left open (a release outside the window) ends before the next one starts.
    active.current?.handlers.end(false, active.current.dragged, null);
    active.current = { pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, dragged: false, handlers };
  }, []);
}

/** A client position in the page's own units (points from the trim corner). */
export function pagePoint(svg: SVGSVGElement, clientX: number, clientY: number): { x: number; y: number } {
  const matrix = svg.getScreenCTM();
  if (!matrix) return { x: clientX, y: clientY };
  const inverse = matrix.inverse();
  return { x: inverse.a * clientX + inverse.c * clientY + inverse.e, y: inverse.b * clientX + inverse.d * clientY + inverse.f };
}
