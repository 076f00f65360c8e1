// Rulers.tsx: the rulers along the top and left of the page, in millimetres or in 字 and 行
// (rulerScale.ts), with a marker where the pointer is. Pressing on a ruler and dragging onto the
// page pulls out a ruler guide (useGuideDrag.ts).
import { memo, type PointerEvent, type ReactNode, useMemo } from 'react';
import { type CursorTracker, useCursor } from './cursorTracker';
import { type PageViewport, RULER_PX } from './geometry';
import { type RulerScale, rulerTicks } from './rulerScale';

export interface RulerProps {
  readonly viewport: PageViewport;
  readonly zoom: number;
  readonly scale: RulerScale;
  readonly cursor: CursorTracker;
  /** The accessible name, which also tells how to pull out a guide. */
  readonly label: string;
  readonly onPointerDown?: (event: PointerEvent<SVGSVGElement>) => void;
}

export const HorizontalRuler = memo(function HorizontalRuler(props: RulerProps): ReactNode {
  const { viewport, zoom, scale } = props;
  const ticks = useMemo(() => rulerTicks(scale, viewport.x, viewport.width, zoom), [scale, viewport.x, viewport.width, zoom]);
  return (
    <svg
      className="ruler ruler-top"
      data-testid="ruler-top"
      data-unit={scale.unit}
      role="img"
      aria-label={props.label}
      width={viewport.width * zoom}
      height={RULER_PX}
      onPointerDown={props.onPointerDown}
    >
      {ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={tick.at} x2={tick.at} y1={tick.major ? RULER_PX * 0.45 : RULER_PX * 0.75} y2={RULER_PX} />
          {tick.label !== null && (
            <text x={tick.at + 2} y={RULER_PX * 0.45}>
              {tick.label}
            </text>
          )}
        </g>
      ))}
      <Marker cursor={props.cursor} axis="x" start={viewport.x} zoom={zoom} />
    </svg>
  );
});

export const VerticalRuler = memo(function VerticalRuler(props: RulerProps): ReactNode {
  const { viewport, zoom, scale } = props;
  const ticks = useMemo(() => rulerTicks(scale, viewport.y, viewport.height, zoom), [scale, viewport.y, viewport.height, zoom]);
  return (
    <svg
      className="ruler ruler-left"
      data-testid="ruler-left"
      data-unit={scale.unit}
      role="img"
      aria-label={props.label}
      width={RULER_PX}
      height={viewport.height * zoom}
      onPointerDown={props.onPointerDown}
    >
      {ticks.map((tick) => (
        <g key={tick.value}>
          <line y1={tick.at} y2={tick.at} x1={tick.major ? RULER_PX * 0.45 : RULER_PX * 0.75} x2={RULER_PX} />
          {tick.label !== null && (
            <text x={RULER_PX * 0.4} y={tick.at + 2} transform={`rotate(-90 ${RULER_PX * 0.4} ${tick.at + 2})`} textAnchor="end">
              {tick.label}
            </text>
          )}
        </g>
      ))}
      <Marker cursor={props.cursor} axis="y" start={viewport.y} zoom={zoom} />
    </svg>
  );
});

/** The pointer's position on the ruler: the only part that re-renders as the pointer moves. */
function Marker(props: { cursor: CursorTracker; axis: 'x' | 'y'; start: number; zoom: number }): ReactNode {
  const point = useCursor(props.cursor);
  if (!point) return null;
  const at = ((props.axis === 'x' ? point.x : point.y) - props.start) * props.zoom;
  return props.axis === 'x' ? (
    <line className="ruler-marker" data-testid="ruler-marker" x1={at} x2={at} y1={0} y2={RULER_PX} />
  ) : (
    <line className="ruler-marker" data-testid="ruler-marker" y1={at} y2={at} x1={0} x2={RULER_PX} />
  );
}
