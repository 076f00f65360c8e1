// TextSelectionOverlay.tsx: the story editor's selection drawn on the page (textMap.ts), over the
// composed text and under the frame handles. It reads the selection from an external store so
// that moving the caret re-renders only this layer, and it closes the keystroke → paint
// measurement once the page showing an edit has been committed (repaintProbe.ts).
import { type ReactNode, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { PageLayout, SourceRange } from '../../shared/layout/output';
import { afterCompositionCommit } from './repaintProbe';
import { textBoxes } from './textMap';

/** Where the selection comes from (the story editor's TextFocus). */
export interface TextSelectionSource {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getRanges: () => readonly SourceRange[];
  /** The latest request to put the caret somewhere (a find result, a click), or null. */
  readonly getRequest: () => { readonly seq: number; readonly storyId: string; readonly paragraphId: string; readonly start: number } | null;
}

export function TextSelectionOverlay({ page, source }: { page: PageLayout | null; source: TextSelectionSource }): ReactNode {
  const ranges = useSyncExternalStore(source.subscribe, source.getRanges);
  const request = useSyncExternalStore(source.subscribe, source.getRequest);
  useLayoutEffect(() => {
    if (page) afterCompositionCommit();
  }, [page]);
  const boxes = useMemo(() => (page ? textBoxes(page, ranges) : []), [page, ranges]);
  // A caret put somewhere from outside (find stepping to a match) is brought into view once its
  // highlight is drawn: the editor answers the request with its selection a moment later.
  // Typing moves the caret without a request, and never scrolls the page.
  const group = useRef<SVGGElement>(null);
  const revealed = useRef<number | null>(request?.seq ?? null);
  useLayoutEffect(() => {
    if (request === null || request.seq === revealed.current) return;
    // Not before the selection is the one asked for: the old one is still drawn meanwhile.
    const answered = ranges.some((r) => r.storyId === request.storyId && r.paragraphId === request.paragraphId && r.start === request.start);
    const first = group.current?.querySelector('rect');
    if (!answered || !first) return;
    revealed.current = request.seq;
    revealIn(first, first.closest('.canvas-scroller'));
  }, [request, ranges, boxes]);
  return (
    <g ref={group} className="text-selection" pointerEvents="none" data-testid="text-selection" data-count={boxes.length}>
      {boxes.map((box, i) => (
        <rect key={i} className="text-highlight" data-testid="text-highlight" x={box.x} y={box.y} width={box.width} height={box.height} />
      ))}
    </g>
  );
}

/** Scrolls `scroller` to centre `target` when any of it is out of view; leaves a visible one be. */
function revealIn(target: Element, scroller: Element | null): void {
  if (!scroller) return;
  const box = target.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  if (box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom) return;
  scroller.scrollBy({ left: box.left + box.width / 2 - (view.left + view.width / 2), top: box.top + box.height / 2 - (view.top + view.height / 2) });
}
