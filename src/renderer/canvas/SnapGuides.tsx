// SnapGuides.tsx: while dragging, the column edge and the grid line the frame is snapping to.
import type { ReactNode } from 'react';
import type { PageFormat, SnapResult } from '../../shared/model';

export function SnapGuides({ snap, format }: { snap: SnapResult; format: PageFormat }): ReactNode {
  const b = format.bleed;
  return (
    <g className="snap-guides" data-testid="snap-guides" pointerEvents="none">
      <line x1={snap.column.guide} x2={snap.column.guide} y1={-b} y2={format.trim.height + b} vectorEffect="non-scaling-stroke" />
      <line x1={-b} x2={format.trim.width + b} y1={snap.y} y2={snap.y} vectorEffect="non-scaling-stroke" />
    </g>
  );
}
