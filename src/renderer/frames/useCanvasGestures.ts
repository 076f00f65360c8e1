// useCanvasGestures.ts: what the mouse does on the page, tool by tool.
// - Select tool: a click selects a frame (with its group), Shift-click adds or removes it, a drag
//   moves the selection, a drag on empty page draws a marquee, a handle resizes.
// - Drawing tools: a drag draws the frame, snapped corner by corner; a click makes a default one.
// - Threading (after a click on a frame's out-port): the next frame clicked becomes the target;
//   a click on empty page cancels.
// Every gesture previews while the pointer moves and commits one step on release.
import { type PointerEvent, type RefObject, useCallback, useState } from 'react';
import { type Box, type Edition, type Frame, mmToPt, type Page, type SnapLine, snapEdge, type SnapTargets, snapTargets } from '../../shared/model';
import { type DragPreview, useFrameDrag } from '../canvas/useFrameDrag';
import { canMove, framesOnPage, isWholeGroup, type PlacedFrame, useEditorStore } from '../state';
import * as commands from './frameCommands';
import { boxFromCorners, intersects } from './geometry';
import { type Handle, resizedBox } from './resize';
import { type DrawTool, defaultBox, MIN_DRAWN_PT, ruleBox } from './tools';
import type { FrameEditing } from './useFrameEditing';
import { pagePoint, usePointerGesture } from './usePointerGesture';

/** How near (in screen pixels) an edge must come to a guide or another frame to snap to it. */
export const SNAP_PX = 6;
const MIN_SIZE_PT = mmToPt(1);

export type CanvasPreview =
  | ({ readonly kind: 'move' } & DragPreview)
  | { readonly kind: 'resize'; readonly frameId: string; readonly box: Box; readonly lines: readonly SnapLine[] }
  | { readonly kind: 'draw'; readonly tool: DrawTool; readonly box: Box; readonly lines: readonly SnapLine[] }
  | { readonly kind: 'marquee'; readonly box: Box };

export interface CanvasGestures {
  readonly preview: CanvasPreview | null;
  readonly onBackgroundPointerDown: (event: PointerEvent<Element>) => void;
  readonly onFramePointerDown: (event: PointerEvent<Element>, placed: PlacedFrame) => void;
  readonly onHandlePointerDown: (event: PointerEvent<Element>, frame: Frame, handle: Handle) => void;
  readonly onOutPortPointerDown: (event: PointerEvent<Element>, frame: Frame) => void;
}

/** Snap lines of the page for frames moving or changing, the frames in `exclude` left out. */
export function pageSnapTargets(edition: Edition, page: Page, exclude: ReadonlySet<string>): SnapTargets {
  const master = edition.masters.find((m) => m.id === page.masterId);
  const guides = {
    vertical: [...page.guides.vertical, ...(master?.guides.vertical ?? [])],
    horizontal: [...page.guides.horizontal, ...(master?.guides.horizontal ?? [])],
  };
  const others = framesOnPage(edition, page)
    .map((p) => p.frame)
    .filter((f) => !exclude.has(f.id));
  return snapTargets(edition.format, guides, others);
}

export function useCanvasGestures(args: { svg: RefObject<SVGSVGElement | null>; edition: Edition; page: Page; zoom: number; editing: FrameEditing }): CanvasGestures {
  const { svg, edition, page, zoom, editing } = args;
  const store = useEditorStore();
  const [preview, setPreview] = useState<CanvasPreview | null>(null);
  const beginGesture = usePointerGesture();
  const onMoveCommit = useCallback((frames: readonly Frame[], dx: number, dy: number) => commands.moveSelection(store, frames, dx, dy), [store]);
  const drag = useFrameDrag({ onCommit: onMoveCommit });
  const tolerance = SNAP_PX / zoom;

  const drawWith = (event: PointerEvent<Element>, tool: DrawTool): void => {
    const element = svg.current;
    if (!element) return;
    const targets = pageSnapTargets(edition, page, new Set());
    const snapPoint = (clientX: number, clientY: number, free: boolean): { x: number; y: number; lines: SnapLine[] } => {
      const raw = pagePoint(element, clientX, clientY);
      if (free) return { ...raw, lines: [] };
      const x = snapEdge(raw.x, 'x', edition.format, targets, tolerance);
      const y = snapEdge(raw.y, 'y', edition.format, targets, tolerance);
      return { x: x.at, y: y.at, lines: [x.line, y.line].filter((l): l is SnapLine => l !== null) };
    };
    const start = snapPoint(event.clientX, event.clientY, event.altKey);
    let box: Box | null = null;
    beginGesture(event, {
      move: (e) => {
        const end = snapPoint(e.clientX, e.clientY, e.altKey);
        box = tool === 'rule' ? ruleBox(start, end) : boxFromCorners(start, end);
        setPreview({ kind: 'draw', tool, box, lines: [...start.lines, ...end.lines] });
      },
      end: (commit) => {
        setPreview(null);
        if (!commit) return;
        const drawn: Box | null = box;
        const big = drawn !== null && (tool === 'rule' ? Math.max(drawn.width, drawn.height) >= MIN_DRAWN_PT : drawn.width >= MIN_DRAWN_PT && drawn.height >= MIN_DRAWN_PT);
        editing.create(tool, big && drawn ? drawn : defaultBox(tool, start, edition));
      },
    });
  };

  const marquee = (event: PointerEvent<Element>, add: boolean): void => {
    const element = svg.current;
    if (!element) return;
    const start = pagePoint(element, event.clientX, event.clientY);
    let box: Box | null = null;
    beginGesture(event, {
      move: (e) => {
        box = boxFromCorners(start, pagePoint(element, e.clientX, e.clientY));
        setPreview({ kind: 'marquee', box });
      },
      end: (commit, dragged) => {
        setPreview(null);
        const area: Box | null = box;
        if (!commit || !dragged || !area) return;
        // Master furniture is left out: it cannot be changed on this page anyway.
        const hit = page.frames.filter((f) => intersects(f, area)).map((f) => f.id);
        store.selectFrames(hit, add ? 'add' : 'replace');
      },
    });
  };

  const onBackgroundPointerDown = (event: PointerEvent<Element>): void => {
    if (event.button !== 0) return;
    if (editing.threadFrom) {
      editing.cancelThreading();
      return;
    }
    if (editing.tool !== 'select') return drawWith(event, editing.tool);
    if (!event.shiftKey) store.select(null);
    marquee(event, event.shiftKey);
  };

  const onFramePointerDown = (event: PointerEvent<Element>, placed: PlacedFrame): void => {
    if (event.button !== 0) return;
    event.stopPropagation();
    const id = placed.frame.id;
    if (editing.threadFrom) {
      editing.threadTo({ pageId: page.id, frameId: id });
      return;
    }
    if (editing.tool !== 'select') return drawWith(event, editing.tool);
    if (event.shiftKey) {
      store.select(id, 'toggle');
      return;
    }
    const before = store.getState().selectedFrameIds;
    const wasSelected = before.includes(id);
    if (!wasSelected) store.select(id);
    // Pressing on one frame of a multiple selection and letting go without a drag selects just it:
    // its group, or, when the selection already is that group, the frame alone (a second click
    // goes into the group, as in InDesign's double click or Figma's).
    const narrow = wasSelected && before.length > 1 ? () => (isWholeGroup(page, before) ? store.selectMember(id) : store.select(id)) : undefined;
    const moving = commands.selection(store)?.movable ?? [];
    const element = svg.current;
    // A press that cannot drag (a locked frame) is a click: it narrows at once.
    if (!element || !canMove(store.getState(), placed) || moving.length === 0) return narrow?.();
    const exclude = new Set(moving.map((f) => f.id));
    drag.begin(event, moving, { svg: element, format: edition.format, targets: pageSnapTargets(edition, page, exclude), tolerance }, narrow);
  };

  const onHandlePointerDown = (event: PointerEvent<Element>, frame: Frame, handle: Handle): void => {
    if (event.button !== 0) return;
    event.stopPropagation();
    const element = svg.current;
    if (!element) return;
    const targets = pageSnapTargets(edition, page, new Set([frame.id]));
    const start: Box = { x: frame.x, y: frame.y, width: frame.width, height: frame.height };
    const min = { width: MIN_SIZE_PT, height: frame.height === 0 ? 0 : MIN_SIZE_PT };
    let last: Box | null = null;
    beginGesture(event, {
      move: (e) => {
        const snap = e.altKey ? (value: number) => ({ at: value, line: null }) : (value: number, axis: 'x' | 'y') => snapEdge(value, axis, edition.format, targets, tolerance);
        const result = resizedBox(start, handle, pagePoint(element, e.clientX, e.clientY), snap, min);
        last = result.box;
        setPreview({ kind: 'resize', frameId: frame.id, box: result.box, lines: result.lines });
      },
      end: (commit) => {
        setPreview(null);
        if (commit && last) commands.resizeFrame(store, frame.id, last);
      },
    });
  };

  const onOutPortPointerDown = (event: PointerEvent<Element>, frame: Frame): void => {
    event.stopPropagation();
    event.preventDefault();
    toggleThreading(editing, page.id, frame.id);
  };

  const shown: CanvasPreview | null = drag.preview ? { kind: 'move', ...drag.preview } : preview;
  return { preview: shown, onBackgroundPointerDown, onFramePointerDown, onHandlePointerDown, onOutPortPointerDown };
}

/** A second click on the same out-port drops the link in progress. */
export function toggleThreading(editing: FrameEditing, pageId: string, frameId: string): void {
  if (editing.threadFrom?.frameId === frameId) editing.cancelThreading();
  else editing.startThreading({ pageId, frameId });
}
