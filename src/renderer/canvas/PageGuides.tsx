// PageGuides.tsx: the grid the page is built on: bleed, trim, type area (margins), the base
// columns and, optionally, the baseline grid. Non-scaling strokes keep lines one pixel wide at
// every zoom.
import type { ReactNode } from 'react';
import { columnEdges, type PageFormat, typeArea } from '../../shared/model';

export function PaperAndBleed({ format }: { format: PageFormat }): ReactNode {
  const { width, height } = format.trim;
  const b = format.bleed;
  return (
    <g className="paper">
      <rect className="paper-sheet" x={0} y={0} width={width} height={height} />
      <rect className="bleed-line" x={-b} y={-b} width={width + 2 * b} height={height + 2 * b} vectorEffect="non-scaling-stroke" />
      <rect className="trim-line" x={0} y={0} width={width} height={height} vectorEffect="non-scaling-stroke" />
    </g>
  );
}

export function PageGuides({ format, baseline }: { format: PageFormat; baseline: boolean }): ReactNode {
  const area = typeArea(format);
  const bottom = area.y + area.height;
  return (
    <g className="guides" data-testid="guides" pointerEvents="none">
      {baseline && <BaselineGrid format={format} />}
      {columnEdges(format).map((edge, i) => (
        <rect
          key={i}
          className="column-guide"
          data-testid="column-guide"
          data-left={edge.left}
          data-right={edge.right}
          x={edge.left}
          y={area.y}
          width={edge.right - edge.left}
          height={area.height}
          vectorEffect="non-scaling-stroke"
        />
      ))}
      <rect className="margin-guide" x={area.x} y={area.y} width={area.width} height={bottom - area.y} vectorEffect="non-scaling-stroke" />
    </g>
  );
}

/** One line per grid step from the type-area top, drawn as a single path to stay cheap. */
function BaselineGrid({ format }: { format: PageFormat }): ReactNode {
  const area = typeArea(format);
  const pitch = format.baselineGrid.pitch;
  let d = '';
  for (let y = area.y; y <= area.y + area.height + 0.001; y += pitch) d += `M${area.x} ${y}h${area.width}`;
  return <path className="baseline-guide" data-testid="baseline-grid" d={d} vectorEffect="non-scaling-stroke" />;
}
