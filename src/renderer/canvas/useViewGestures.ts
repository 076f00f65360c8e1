// useViewGestures.ts: moving around the page. The canvas is an ordinary scrolling box, so the
// wheel and the scrollbars pan it natively; on top of that:
// - Ctrl/Cmd + wheel (and a trackpad pinch, which Chromium reports the same way) zooms about the
//   pointer, and a two-finger touch pinch zooms about the fingers and pans with them;
// - holding Space, or pressing the middle button, drags the page like a hand (InDesign, 飞腾);
// - whenever the zoom changes, the point that was under the pointer (or at the centre of the
//   view, for the toolbar and keyboard) stays where it was on screen.
// Frame tools keep their own pointer handling; a pan started here stops the press from reaching them.
import { type PointerEvent, type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { clampZoom, type ViewAction } from '../state';
import type { PageViewport } from './geometry';
import { anchorScrollDelta, clientToPage, distance, midpoint, type PageOnScreen, pinchZoom, type Point, wheelZoom, type ZoomAnchor } from './viewMath';

export interface ViewGestures {
  /** Space is held: a press will pan (the cursor shows a hand). */
  readonly panReady: boolean;
  readonly panning: boolean;
  /** For the scroller's onPointerDownCapture: starts a pan when it is one. */
  readonly onPointerDownCapture: (event: PointerEvent<HTMLElement>) => void;
  /** Where the page is on screen now, or null before it is drawn. */
  readonly screen: () => PageOnScreen | null;
}

interface Pan {
  readonly pointerId: number;
  lastX: number;
  lastY: number;
}

interface Pinch {
  readonly startDistance: number;
  readonly startZoom: number;
  /** The page point between the fingers when the pinch began: it stays between them. */
  readonly page: Point;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(target.tagName);
}

export function useViewGestures(options: {
  scroller: RefObject<HTMLDivElement | null>;
  /** The element whose top-left corner is the viewport's top-left corner (the page holder). */
  page: RefObject<HTMLDivElement | null>;
  viewport: PageViewport;
  zoom: number;
  onView: (action: ViewAction) => void;
}): ViewGestures {
  const { scroller, page, viewport, zoom, onView } = options;
  const [panReady, setPanReady] = useState(false);
  const [panning, setPanning] = useState(false);
  const pan = useRef<Pan | null>(null);
  const touches = useRef(new Map<number, Point>());
  const pinch = useRef<Pinch | null>(null);
  /** The zoom the DOM shows (geometry is measured at it) and the one last asked for. */
  const shownZoom = useRef(zoom);
  const targetZoom = useRef(zoom);
  /** A pointer-held anchor for the next zoom change, else the view's centre at the shown zoom. */
  const anchor = useRef<ZoomAnchor | null>(null);
  const centre = useRef<ZoomAnchor | null>(null);
  const latest = useRef({ viewport, onView });
  latest.current = { viewport, onView };

  /**
   * The page holder's screen corner, read once and kept until something may have moved it (a
   * render of the canvas, a scroll, a resize): the cursor readout asks on every pointer move, and
   * a fresh read there would force a layout in the middle of a drag or of typing.
   */
  const corner = useRef<{ left: number; top: number } | null>(null);
  const screen = useCallback((): PageOnScreen | null => {
    const element = page.current;
    if (!element) return null;
    if (!corner.current) {
      const rect = element.getBoundingClientRect();
      corner.current = { left: rect.left, top: rect.top };
    }
    return { left: corner.current.left, top: corner.current.top, viewport: latest.current.viewport, zoom: shownZoom.current };
  }, [page]);

  const measureCentre = useCallback(() => {
    const box = scroller.current?.getBoundingClientRect();
    const at = screen();
    if (!box || !at) return;
    const client = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    centre.current = { client, page: clientToPage(client, at) };
  }, [scroller, screen]);

  /** Zooms to `next`, keeping `client` (a screen point) still; the scroll follows after the redraw. */
  const zoomAbout = useCallback(
    (next: number, client: Point) => {
      targetZoom.current = clampZoom(next);
      if (targetZoom.current === shownZoom.current) {
        // Already at the limit: no redraw will come to use (and clear) an anchor.
        anchor.current = null;
        return;
      }
      const at = screen();
      if (at && !anchor.current) anchor.current = { client, page: clientToPage(client, at) };
      latest.current.onView({ type: 'setZoom', zoom: targetZoom.current });
    },
    [screen],
  );

  /** One step of a pinch: the newest anchor wins; without a zoom change it scrolls at once. */
  const pinchTo = useCallback(
    (next: number, held: ZoomAnchor) => {
      const element = scroller.current;
      const at = screen();
      if (next === shownZoom.current && targetZoom.current === shownZoom.current) {
        if (!element || !at) return;
        const { dx, dy } = anchorScrollDelta(held, at);
        element.scrollLeft += dx;
        element.scrollTop += dy;
        corner.current = null;
        return;
      }
      anchor.current = held;
      targetZoom.current = next;
      latest.current.onView({ type: 'setZoom', zoom: next });
    },
    [scroller, screen],
  );

  // After a redraw at a new zoom: scroll so the anchor is back where it was. Other redraws (an
  // edit, a page switch) do not move the page on screen, so they measure nothing: reading the
  // layout after every keystroke would cost the typing-to-paint budget for no gain.
  useLayoutEffect(() => {
    corner.current = null; // this render may have moved the page (rulers, banners, a new zoom)
    if (zoom === shownZoom.current && centre.current !== null) return;
    if (zoom !== shownZoom.current) {
      const held = anchor.current ?? centre.current;
      shownZoom.current = zoom;
      targetZoom.current = zoom;
      anchor.current = null;
      const element = scroller.current;
      const at = screen();
      if (held && element && at) {
        const { dx, dy } = anchorScrollDelta(held, at);
        element.scrollLeft += dx;
        element.scrollTop += dy;
        corner.current = null;
      }
    }
    measureCentre();
  });

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onWheel = (event: WheelEvent): void => {
      if (!event.ctrlKey && !event.metaKey) return; // plain wheel: the browser scrolls (pans)
      event.preventDefault(); // not the browser's own page zoom
      zoomAbout(wheelZoom(targetZoom.current, event.deltaY, event.deltaMode), { x: event.clientX, y: event.clientY });
    };
    const onScroll = (): void => {
      corner.current = null;
      measureCentre();
    };
    // Not passive: a passive listener may not cancel the browser's zoom.
    element.addEventListener('wheel', onWheel, { passive: false });
    element.addEventListener('scroll', onScroll, { passive: true });
    // A resized canvas has another centre.
    const resized = new ResizeObserver(onScroll);
    resized.observe(element);
    window.addEventListener('resize', onScroll);
    return () => {
      element.removeEventListener('wheel', onWheel);
      element.removeEventListener('scroll', onScroll);
      resized.disconnect();
      window.removeEventListener('resize', onScroll);
    };
  }, [scroller, zoomAbout, measureCentre]);

  useEffect(() => {
    const down = (event: KeyboardEvent): void => {
      if (event.code !== 'Space' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault(); // Space would otherwise scroll the canvas a screen down
      if (!event.repeat) setPanReady(true);
    };
    const up = (event: KeyboardEvent): void => {
      if (event.code === 'Space') setPanReady(false);
    };
    const blur = (): void => setPanReady(false);
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', blur);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', blur);
    };
  }, []);

  useEffect(() => {
    const move = (event: globalThis.PointerEvent): void => {
      const element = scroller.current;
      if (event.pointerType === 'touch' && touches.current.has(event.pointerId)) {
        touches.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
        const [a, b] = [...touches.current.values()];
        if (pinch.current && a && b) {
          // Zoom and pan in one: the page point the pinch began on goes where the fingers are now.
          const held = { page: pinch.current.page, client: midpoint(a, b) };
          pinchTo(clampZoom(pinchZoom(pinch.current.startZoom, pinch.current.startDistance, distance(a, b))), held);
        }
        return;
      }
      const p = pan.current;
      if (!p || event.pointerId !== p.pointerId || !element) return;
      element.scrollLeft -= event.clientX - p.lastX;
      element.scrollTop -= event.clientY - p.lastY;
      corner.current = null;
      p.lastX = event.clientX;
      p.lastY = event.clientY;
    };
    const end = (event: globalThis.PointerEvent): void => {
      if (!event.isTrusted) return; // our own cancel for the frame tools, at a pinch's start
      if (touches.current.delete(event.pointerId) && touches.current.size < 2) pinch.current = null;
      if (pan.current?.pointerId === event.pointerId) {
        pan.current = null;
        setPanning(false);
      }
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
    };
  }, [scroller, pinchTo]);

  const onPointerDownCapture = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      if (event.pointerType === 'touch') {
        touches.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
        const [a, b] = [...touches.current.values()];
        if (touches.current.size === 2 && a && b) {
          // A second finger turns a touch into a pinch: it is not a frame drag any more. The
          // first finger's press already reached the frame tools; cancelling it tells them so.
          event.stopPropagation();
          for (const id of touches.current.keys()) {
            if (id !== event.pointerId) window.dispatchEvent(new PointerEvent('pointercancel', { pointerId: id, pointerType: 'touch' }));
          }
          const at = screen();
          if (at) pinch.current = { startDistance: distance(a, b), startZoom: targetZoom.current, page: clientToPage(midpoint(a, b), at) };
        }
        return;
      }
      const hand = (event.button === 0 && panReady) || event.button === 1;
      if (!hand) return;
      event.stopPropagation(); // the press pans; it does not select or move a frame
      event.preventDefault(); // no middle-button autoscroll or paste
      pan.current = { pointerId: event.pointerId, lastX: event.clientX, lastY: event.clientY };
      setPanning(true);
    },
    [panReady, screen],
  );

  return { panReady, panning, onPointerDownCapture, screen };
}
