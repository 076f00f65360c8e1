// Rulers.tsx: millimetre rulers along the top and left of the page, zero at the trim corner.
import type { ReactNode } from 'react';
import { PT_PER_MM } from '../../shared/model';
import { type PageViewport, RULER_PX } from './geometry';

const MINOR_STEPS_MM = [1, 2, 5, 10, 20, 50, 100];
const LABEL_STEPS_MM = [10, 20, 50, 100, 200, 500];

/** The smallest step whose on-screen spacing is at least `minPx`. */
function stepFor(steps: readonly number[], pxPerMm: number, minPx: number): number {
  return steps.find((s) => s * pxPerMm >= minPx) ?? steps[steps.length - 1] ?? 100;
}

interface Tick {
  readonly at: number;
  readonly major: boolean;
  readonly label: string | null;
}

function ticks(startPt: number, lengthPt: number, zoom: number): Tick[] {
  const pxPerMm = PT_PER_MM * zoom;
  const minor = stepFor(MINOR_STEPS_MM, pxPerMm, 5);
  const labelStep = stepFor(LABEL_STEPS_MM, pxPerMm, 44);
  const firstMm = Math.ceil(startPt / PT_PER_MM / minor) * minor;
  const lastMm = (startPt + lengthPt) / PT_PER_MM;
  const out: Tick[] = [];
  for (let mm = firstMm; mm <= lastMm; mm += minor) {
    const labelled = mm % labelStep === 0;
    out.push({ at: (mm * PT_PER_MM - startPt) * zoom, major: labelled || mm % (minor * 5) === 0, label: labelled ? String(mm) : null });
  }
  return out;
}

export function HorizontalRuler({ viewport, zoom }: { viewport: PageViewport; zoom: number }): ReactNode {
  const width = viewport.width * zoom;
  return (
    <svg className="ruler ruler-top" data-testid="ruler-top" width={width} height={RULER_PX}>
      {ticks(viewport.x, viewport.width, zoom).map((tick) => (
        <g key={tick.at}>
          <line x1={tick.at} x2={tick.at} y1={tick.major ? RULER_PX * 0.45 : RULER_PX * 0.75} y2={RULER_PX} />
          {tick.label !== null && (
            <text x={tick.at + 2} y={RULER_PX * 0.45}>
              {tick.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

export function VerticalRuler({ viewport, zoom }: { viewport: PageViewport; zoom: number }): ReactNode {
  const height = viewport.height * zoom;
  return (
    <svg className="ruler ruler-left" data-testid="ruler-left" width={RULER_PX} height={height}>
      {ticks(viewport.y, viewport.height, zoom).map((tick) => (
        <g key={tick.at}>
          <line y1={tick.at} y2={tick.at} x1={tick.major ? RULER_PX * 0.45 : RULER_PX * 0.75} x2={RULER_PX} />
          {tick.label !== null && (
            <text x={RULER_PX * 0.4} y={tick.at + 2} transform={`rotate(-90 ${RULER_PX * 0.4} ${tick.at + 2})`} textAnchor="end">
              {tick.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
