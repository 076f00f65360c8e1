// rulerScale.ts: what the rulers count in, and where their ticks go. Millimetres count from the
// trim's top-left corner; 字 (across) and 行 (down) count from the type area's corner in the body
// size and the baseline-grid pitch, the way Chinese layout staff measure a column (13 字 wide) or
// a frame (40 行 deep).
import { PT_PER_MM, type PageFormat, typeArea } from '../../shared/model';
import type { RulerUnit } from '../state';

export interface RulerScale {
  readonly unit: 'mm' | 'zi' | 'hang';
  /** Page coordinate (pt) of the ruler's zero. */
  readonly origin: number;
  /** Points per unit. */
  readonly unitPt: number;
  /** Tick spacings to choose from, in units, smallest first. */
  readonly minorSteps: readonly number[];
  readonly labelSteps: readonly number[];
}

export interface Tick {
  /** Screen pixels from the ruler's start. */
  readonly at: number;
  readonly value: number;
  readonly major: boolean;
  readonly label: string | null;
}

/** Minor ticks at least this far apart on screen, labels at least this far. */
const MIN_TICK_PX = 5;
const MIN_LABEL_PX = 44;

const MM_SCALE = { unit: 'mm', origin: 0, unitPt: PT_PER_MM, minorSteps: [1, 2, 5, 10, 20, 50, 100], labelSteps: [10, 20, 50, 100, 200, 500] } as const;
const GRID_STEPS = { minorSteps: [1, 2, 5, 10, 20, 50], labelSteps: [5, 10, 20, 50, 100, 200] } as const;

export function rulerScales(unit: RulerUnit, format: PageFormat): { horizontal: RulerScale; vertical: RulerScale } {
  if (unit === 'mm') return { horizontal: MM_SCALE, vertical: MM_SCALE };
  const area = typeArea(format);
  return {
    horizontal: { unit: 'zi', origin: area.x, unitPt: format.bodySize, ...GRID_STEPS },
    vertical: { unit: 'hang', origin: area.y, unitPt: format.baselineGrid.pitch, ...GRID_STEPS },
  };
}

/** The smallest step whose on-screen spacing is at least `minPx`. */
function stepFor(steps: readonly number[], pxPerUnit: number, minPx: number): number {
  return steps.find((s) => s * pxPerUnit >= minPx) ?? steps[steps.length - 1] ?? 1000;
}

/** Ticks for a ruler that shows page points `startPt` … `startPt + lengthPt` at `zoom` px/pt. */
export function rulerTicks(scale: RulerScale, startPt: number, lengthPt: number, zoom: number): Tick[] {
  const pxPerUnit = scale.unitPt * zoom;
  const minor = stepFor(scale.minorSteps, pxPerUnit, MIN_TICK_PX);
  // Labels stand on ticks: the label step is a multiple of the minor step.
  const labelStep = stepFor(
    scale.labelSteps.filter((s) => s % minor === 0),
    pxPerUnit,
    MIN_LABEL_PX,
  );
  const first = Math.ceil((startPt - scale.origin) / scale.unitPt / minor);
  const last = Math.floor((startPt + lengthPt - scale.origin) / scale.unitPt / minor);
  const out: Tick[] = [];
  // Counted in whole steps rather than by adding floats, so a long ruler does not drift.
  for (let i = first; i <= last; i++) {
    const value = i * minor;
    const labelled = value % labelStep === 0;
    out.push({
      at: (scale.origin + value * scale.unitPt - startPt) * zoom,
      value,
      major: labelled || value % (minor * 5) === 0,
      label: labelled ? String(value) : null,
    });
  }
  return out;
}

/** A page coordinate in the scale's units. */
export function toUnits(pt: number, scale: RulerScale): number {
  return (pt - scale.origin) / scale.unitPt;
}

/** A page coordinate as the cursor readout shows it: one decimal, no "-0.0". */
export function formatUnits(pt: number, scale: RulerScale): string {
  const value = Math.round(toUnits(pt, scale) * 10) / 10;
  return (value === 0 ? 0 : value).toFixed(1);
}
