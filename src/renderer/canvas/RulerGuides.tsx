// RulerGuides.tsx: the ruler guides, drawn over the page and its frames in an SVG of the page's
// own size and viewBox. The page's guides can be grabbed (a wide transparent hit line around each)
// and moved, or dropped on the ruler to remove them; the master's guides show but stay put (they
// are edited on the master). While a guide is dragged its preview line follows the pointer.
import type { PointerEvent, ReactNode } from 'react';
import type { PageViewport } from './geometry';
import type { GuideRef, Guides } from './rulerGuides';
import type { GuideDragState } from './useGuideDrag';

export interface RulerGuidesProps {
  readonly viewport: PageViewport;
  readonly zoom: number;
  readonly guides: Guides;
  readonly masterGuides: Guides;
  readonly editable: boolean;
  readonly drag: GuideDragState | null;
  readonly label: (axis: 'vertical' | 'horizontal', position: number) => string;
  readonly onGrab: (ref: GuideRef, event: PointerEvent<SVGLineElement>) => void;
}

export function RulerGuides(props: RulerGuidesProps): ReactNode {
  const { viewport, zoom, drag } = props;
  const line = (axis: 'vertical' | 'horizontal', at: number) =>
    axis === 'vertical'
      ? { x1: at, x2: at, y1: viewport.y, y2: viewport.y + viewport.height }
      : { x1: viewport.x, x2: viewport.x + viewport.width, y1: at, y2: at };
  const moving = drag?.ref ?? null;
  return (
    <svg
      className="ruler-guides"
      data-testid="ruler-guides"
      width={viewport.width * zoom}
      height={viewport.height * zoom}
      viewBox={`${viewport.x} ${viewport.y} ${viewport.width} ${viewport.height}`}
      aria-hidden={props.guides.vertical.length + props.guides.horizontal.length === 0 ? true : undefined}
    >
      {(['vertical', 'horizontal'] as const).map((axis) =>
        props.masterGuides[axis].map((at, index) => (
          <line key={`m-${axis}-${index}`} className="ruler-guide is-master" data-testid="master-guide" data-axis={axis} data-position={at} {...line(axis, at)} vectorEffect="non-scaling-stroke" />
        )),
      )}
      {(['vertical', 'horizontal'] as const).map((axis) =>
        props.guides[axis].map((at, index) => {
          if (moving && moving.axis === axis && moving.index === index) return null;
          return (
            <g key={`${axis}-${index}`} className="ruler-guide-item" data-testid="ruler-guide" data-axis={axis} data-position={at}>
              <line className="ruler-guide" {...line(axis, at)} vectorEffect="non-scaling-stroke" />
              {props.editable && (
                <line
                  className={`ruler-guide-hit ruler-guide-hit-${axis}`}
                  role="separator"
                  aria-orientation={axis}
                  aria-label={props.label(axis, at)}
                  {...line(axis, at)}
                  strokeWidth={6 / zoom}
                  onPointerDown={(event) => props.onGrab({ axis, index }, event)}
                />
              )}
            </g>
          );
        }),
      )}
      {drag && Number.isFinite(drag.position) && (
        <line
          className={drag.drop === 'remove' ? 'ruler-guide is-preview is-removing' : 'ruler-guide is-preview'}
          data-testid="ruler-guide-preview"
          data-axis={drag.axis}
          data-position={drag.position}
          data-drop={drag.drop}
          {...line(drag.axis, drag.position)}
          vectorEffect="non-scaling-stroke"
        />
      )}
    </svg>
  );
}
