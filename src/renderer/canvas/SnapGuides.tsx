// SnapGuides.tsx: while a frame moves, resizes or is drawn, the lines its edges snap to: column
// edges, the baseline grid, ruler guides, the type area and other frames' edges, across the page.
import type { ReactNode } from 'react';
import type { PageFormat, SnapLine } from '../../shared/model';

export function SnapGuides({ lines, format }: { lines: readonly SnapLine[]; format: PageFormat }): ReactNode {
  const b = format.bleed;
  return (
    <g className="snap-guides" data-testid="snap-guides" pointerEvents="none">
      {lines.map((line) =>
        line.axis === 'x' ? (
          <line key={`x${line.at}`} className={`snap-${line.kind}`} data-axis="x" data-at={line.at} data-kind={line.kind} x1={line.at} x2={line.at} y1={-b} y2={format.trim.height + b} vectorEffect="non-scaling-stroke" />
        ) : (
          <line key={`y${line.at}`} className={`snap-${line.kind}`} data-axis="y" data-at={line.at} data-kind={line.kind} x1={-b} x2={format.trim.width + b} y1={line.at} y2={line.at} vectorEffect="non-scaling-stroke" />
        ),
      )}
    </g>
  );
}
