// usePageReorder.ts: dragging a page thumbnail to a new place in the pages panel. A press that
// moves a few pixels becomes a drag; while it lasts the panel shows where the page would land
// (dropSlot), and the release moves it with one movePage. A plain click still opens the page.
import { type PointerEvent, type RefObject, useCallback, useRef, useState } from 'react';
import { useWindowDrag } from '../app/useWindowDrag';
import { dropSlot, targetIndex } from './spreads';

const DRAG_THRESHOLD_PX = 5;

export interface PageDrag {
  readonly pageId: string;
  /** 0 … pages: the page would go before the page at this index (after the last at the end). */
  readonly slot: number;
}

interface Pending {
  readonly pageId: string;
  readonly from: number;
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  slot: number | null;
}

export function usePageReorder(options: {
  list: RefObject<HTMLElement | null>;
  spreads: boolean;
  enabled: boolean;
  onMove: (pageId: string, index: number) => void;
}): {
  drag: PageDrag | null;
  begin: (event: PointerEvent<HTMLElement>, pageId: string, from: number) => void;
  /** True once for the click that ends a drag, which must not also open the page. */
  consumeClick: () => boolean;
} {
  const [drag, setDrag] = useState<PageDrag | null>(null);
  const pending = useRef<Pending | null>(null);
  const dragged = useRef(false);
  const latest = useRef(options);
  latest.current = options;

  const finish = useCallback((commit: boolean) => {
    const current = pending.current;
    pending.current = null;
    setDrag(null);
    if (!current || current.slot === null) return;
    dragged.current = true;
    if (commit) latest.current.onMove(current.pageId, targetIndex(current.from, current.slot));
  }, []);

  useWindowDrag({
    activePointer: () => pending.current?.pointerId ?? null,
    move: (event) => {
      const current = pending.current;
      const list = latest.current.list.current;
      if (!current || !list) return;
      if (current.slot === null && Math.hypot(event.clientX - current.startX, event.clientY - current.startY) < DRAG_THRESHOLD_PX) return;
      const rects = [...list.querySelectorAll<HTMLElement>('[data-testid="page-thumbnail"]')].map((el) => el.getBoundingClientRect());
      current.slot = dropSlot(rects, { x: event.clientX, y: event.clientY }, latest.current.spreads);
      setDrag({ pageId: current.pageId, slot: current.slot });
    },
    finish,
  });

  const begin = useCallback((event: PointerEvent<HTMLElement>, pageId: string, from: number) => {
    dragged.current = false;
    if (event.button !== 0 || !latest.current.enabled) return;
    pending.current = { pageId, from, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, slot: null };
  }, []);

  const consumeClick = useCallback(() => {
    const was = dragged.current;
    dragged.current = false;
    return was;
  }, []);

  return { drag, begin, consumeClick };
}
