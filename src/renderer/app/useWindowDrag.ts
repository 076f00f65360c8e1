// useWindowDrag.ts: follows one pointer drag at the window, so a drag that leaves the element it
// started on keeps going. The release ends it with commit; pointercancel and Escape end it
// without. Handlers are read through a ref, so callers need not memoise them.
import { useEffect, useRef } from 'react';

export interface WindowDrag {
  /** The pointer of the drag in progress, or null when there is none. */
  activePointer(): number | null;
  move(event: PointerEvent): void;
  finish(commit: boolean): void;
}

export function useWindowDrag(drag: WindowDrag): void {
  const latest = useRef(drag);
  latest.current = drag;
  useEffect(() => {
    const mine = (event: PointerEvent): boolean => latest.current.activePointer() === event.pointerId;
    const move = (event: PointerEvent): void => {
      if (mine(event)) latest.current.move(event);
    };
    const up = (event: PointerEvent): void => {
      if (mine(event)) latest.current.finish(true);
    };
    const cancel = (event: PointerEvent): void => {
      if (mine(event)) latest.current.finish(false);
    };
    const escape = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && latest.current.activePointer() !== null) latest.current.finish(false);
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
}
