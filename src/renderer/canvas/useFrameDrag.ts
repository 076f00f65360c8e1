// useFrameDrag.ts: moving a frame with the mouse. While the pointer moves, the frame is drawn
// where it would snap (column edge, baseline grid); only the release commits one moveFrame.
import { type PointerEvent, useCallback, useEffect, useRef, useState } from 'react';
import { type Frame, type PageFormat, snapFramePosition, type SnapResult } from '../../shared/model';

/** Screen pixels the pointer must travel before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD_PX = 3;

export interface DragPreview {
  readonly frameId: string;
  readonly snap: SnapResult;
}

interface Pending {
  readonly frame: Frame;
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  preview: DragPreview | null;
}

export function useFrameDrag(options: {
  zoom: number;
  format: PageFormat;
  onCommit: (frameId: string, x: number, y: number) => void;
}): { preview: DragPreview | null; begin: (event: PointerEvent<Element>, frame: Frame) => void } {
  const { zoom, format, onCommit } = options;
  const pending = useRef<Pending | null>(null);
  const [preview, setPreview] = useState<DragPreview | null>(null);
  // The window listeners outlive a render; they read the latest values through this ref.
  const latest = useRef({ zoom, format, onCommit });
  latest.current = { zoom, format, onCommit };

  const finish = useCallback((commit: boolean) => {
    const drag = pending.current;
    pending.current = null;
    setPreview(null);
    if (!commit || !drag?.preview) return;
    const { x, y } = drag.preview.snap;
    if (x !== drag.frame.x || y !== drag.frame.y) latest.current.onCommit(drag.frame.id, x, y);
  }, []);

  useEffect(() => {
    const move = (event: globalThis.PointerEvent): void => {
      const drag = pending.current;
      if (!drag || event.pointerId !== drag.pointerId) return;
      const dx = event.clientX - drag.startX;
      const dy = event.clientY - drag.startY;
      if (!drag.preview && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
      const { zoom: z, format: f } = latest.current;
      const box = { x: drag.frame.x + dx / z, y: drag.frame.y + dy / z, width: drag.frame.width, height: drag.frame.height };
      drag.preview = { frameId: drag.frame.id, snap: snapFramePosition(box, f) };
      setPreview(drag.preview);
    };
    const up = (event: globalThis.PointerEvent): void => {
      if (pending.current && event.pointerId === pending.current.pointerId) finish(true);
    };
    const cancel = (event: globalThis.PointerEvent): void => {
      if (pending.current && event.pointerId === pending.current.pointerId) finish(false);
    };
    const escape = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && pending.current) finish(false);
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
  }, [finish]);

  const begin = useCallback((event: PointerEvent<Element>, frame: Frame) => {
    if (event.button !== 0) return;
    event.preventDefault();
    pending.current = { frame, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, preview: null };
  }, []);

  return { preview, begin };
}
