// PageGuides.tsx: the grid the page is built on: bleed, trim, type area (margins), the base
// columns and the baseline grid, each layer switchable. Non-scaling strokes keep lines one pixel
// wide at every zoom. Ruler guides are drawn above the frames, by RulerGuides.tsx.
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

/** Which grid layers are drawn (ViewState's guideLayers, the master switch applied). */
export interface GuideLayers {
  readonly margins: boolean;
  readonly columns: boolean;
  readonly baseline: boolean;
}

export function PageGuides({ format, layers }: { format: PageFormat; layers: GuideLayers }): ReactNode {
  if (!layers.margins && !layers.columns && !layers.baseline) return null;
  const area = typeArea(format);
  return (
    <g className="guides" data-testid="guides" pointerEvents="none">
      {layers.baseline && <BaselineGrid format={format} />}
      {layers.columns &&
        columnEdges(format).map((edge, i) => (
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
      {layers.margins && (
        <rect className="margin-guide" data-testid="margin-guide" x={area.x} y={area.y} width={area.width} height={area.height} vectorEffect="non-scaling-stroke" />
      )}
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
