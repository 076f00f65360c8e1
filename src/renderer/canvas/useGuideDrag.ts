// useGuideDrag.ts: pulling a ruler guide out of a ruler, moving one, and dropping one back on its
// ruler to remove it. While the pointer moves the guide is only previewed; the release commits
// one undoable updatePage with the page's new guides.
import { type PointerEvent, useCallback, useRef, useState } from 'react';
import type { PageFormat } from '../../shared/model';
import { useWindowDrag } from '../app/useWindowDrag';
import { type DropBounds, type GuideAxis, type GuideRef, type Guides, guideDrop, movedGuide, snapGuide, withGuide, withoutGuide } from './rulerGuides';
import { clientToPage, type PageOnScreen } from './viewMath';

/** A dragged guide snaps to a grid line this close, in screen pixels. */
const SNAP_PX = 4;

export interface GuideDragState {
  readonly axis: GuideAxis;
  /** The guide being moved, or null for a new one pulled from a ruler. */
  readonly ref: GuideRef | null;
  readonly position: number;
  readonly drop: 'place' | 'remove';
}

interface Pending {
  readonly pointerId: number;
  readonly moved: boolean;
  readonly state: GuideDragState;
}

export function useGuideDrag(options: {
  guides: Guides;
  format: PageFormat;
  editable: boolean;
  screen: () => PageOnScreen | null;
  bounds: () => DropBounds | null;
  onCommit: (guides: Guides) => void;
}): {
  drag: GuideDragState | null;
  beginNew: (axis: GuideAxis, event: PointerEvent<Element>) => void;
  beginMove: (ref: GuideRef, event: PointerEvent<Element>) => void;
} {
  const [drag, setDrag] = useState<GuideDragState | null>(null);
  const pending = useRef<Pending | null>(null);
  const latest = useRef(options);
  latest.current = options;

  const follow = useCallback((state: GuideDragState, client: { x: number; y: number }): GuideDragState => {
    const { screen, bounds, format } = latest.current;
    const at = screen();
    const box = bounds();
    if (!at || !box) return state;
    const point = clientToPage(client, at);
    const raw = state.axis === 'vertical' ? point.x : point.y;
    return { ...state, position: snapGuide(raw, state.axis, format, SNAP_PX / at.zoom), drop: guideDrop(state.axis, client, box) };
  }, []);

  const finish = useCallback((commit: boolean) => {
    const current = pending.current;
    pending.current = null;
    setDrag(null);
    if (!commit || !current?.moved) return;
    const { state } = current;
    const { guides, onCommit } = latest.current;
    if (state.ref === null) {
      if (state.drop === 'place') onCommit(withGuide(guides, state.axis, state.position));
    } else if (state.drop === 'remove') {
      onCommit(withoutGuide(guides, state.ref));
    } else if (guides[state.ref.axis][state.ref.index] !== state.position) {
      onCommit(movedGuide(guides, state.ref, state.position));
    }
  }, []);

  useWindowDrag({
    activePointer: () => pending.current?.pointerId ?? null,
    move: (event) => {
      const current = pending.current;
      if (!current) return;
      const state = follow(current.state, { x: event.clientX, y: event.clientY });
      pending.current = { ...current, moved: true, state };
      setDrag(state);
    },
    finish,
  });

  const begin = useCallback((state: GuideDragState, event: PointerEvent<Element>) => {
    if (event.button !== 0 || !latest.current.editable) return;
    event.preventDefault();
    event.stopPropagation(); // a guide press is not a frame press
    pending.current = { pointerId: event.pointerId, moved: false, state };
  }, []);

  const beginNew = useCallback(
    (axis: GuideAxis, event: PointerEvent<Element>) => begin({ axis, ref: null, position: Number.NaN, drop: 'remove' }, event),
    [begin],
  );
  const beginMove = useCallback(
    (ref: GuideRef, event: PointerEvent<Element>) => {
      const position = latest.current.guides[ref.axis][ref.index];
      if (position !== undefined) begin({ axis: ref.axis, ref, position, drop: 'place' }, event);
    },
    [begin],
  );

  return { drag, beginNew, beginMove };
}
