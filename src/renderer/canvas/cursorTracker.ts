// cursorTracker.ts: where the pointer is on the page, in points, for the ruler markers and the
// readout. A tiny store outside React state: the pointer moves far more often than anything else
// changes, and only the few components that show it should re-render.
import { useSyncExternalStore } from 'react';
import type { Point } from './viewMath';

export interface CursorTracker {
  readonly get: () => Point | null;
  readonly set: (point: Point | null) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createCursorTracker(): CursorTracker {
  let current: Point | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (point) => {
      if (point === current || (point && current && point.x === current.x && point.y === current.y)) return;
      current = point;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useCursor(tracker: CursorTracker): Point | null {
  return useSyncExternalStore(tracker.subscribe, tracker.get);
}
