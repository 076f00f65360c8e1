// TextSelectionOverlay.tsx: the story editor's selection drawn on the page (textMap.ts), over the
// composed text and under the frame handles. It reads the selection from an external store so
// that moving the caret re-renders only this layer, and it closes the keystroke → paint
// measurement once the page showing an edit has been committed (repaintProbe.ts).
import { type ReactNode, useLayoutEffect, useMemo, useSyncExternalStore } from 'react';
import type { PageLayout, SourceRange } from '../../shared/layout/output';
import { afterCompositionCommit } from './repaintProbe';
import { textBoxes } from './textMap';

/** Where the selection comes from (the story editor's TextFocus). */
export interface TextSelectionSource {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getRanges: () => readonly SourceRange[];
}

export function TextSelectionOverlay({ page, source }: { page: PageLayout | null; source: TextSelectionSource }): ReactNode {
  const ranges = useSyncExternalStore(source.subscribe, source.getRanges);
  useLayoutEffect(() => {
    if (page) afterCompositionCommit();
  }, [page]);
  const boxes = useMemo(() => (page ? textBoxes(page, ranges) : []), [page, ranges]);
  return (
    <g className="text-selection" pointerEvents="none" data-testid="text-selection" data-count={boxes.length}>
      {boxes.map((box, i) => (
        <rect key={i} className="text-highlight" data-testid="text-highlight" x={box.x} y={box.y} width={box.width} height={box.height} />
      ))}
    </g>
  );
}
