// rulerGuides.ts: ruler guides as data: adding, moving and removing one, finding the guide under
// the pointer, snapping a dragged guide to the grid, deciding whether a drop places or removes
// it, and the undoable op that stores the result (updatePage with the page's new guides).
import { columnEdges, mmToPt, type Op, type Page, type PageFormat, ptToMm, typeArea } from '../../shared/model';
import type { Point } from './viewMath';

/** A vertical guide stands at an x (dragged from the left ruler); a horizontal one at a y (from the top ruler). */
export type GuideAxis = 'vertical' | 'horizontal';

export interface Guides {
  readonly vertical: readonly number[];
  readonly horizontal: readonly number[];
}

export interface GuideRef {
  readonly axis: GuideAxis;
  readonly index: number;
}

export function withGuide(guides: Guides, axis: GuideAxis, position: number): Guides {
  return { ...guides, [axis]: [...guides[axis], position] };
}

export function withoutGuide(guides: Guides, ref: GuideRef): Guides {
  return { ...guides, [ref.axis]: guides[ref.axis].filter((_, i) => i !== ref.index) };
}

export function movedGuide(guides: Guides, ref: GuideRef, position: number): Guides {
  return { ...guides, [ref.axis]: guides[ref.axis].map((p, i) => (i === ref.index ? position : p)) };
}

/** The guide nearest to `point` within `tolerance` points, or null. */
export function hitGuide(guides: Guides, point: Point, tolerance: number): GuideRef | null {
  let best: GuideRef | null = null;
  let bestDistance = Infinity;
  for (const axis of ['vertical', 'horizontal'] as const) {
    const coordinate = axis === 'vertical' ? point.x : point.y;
    for (const [index, position] of guides[axis].entries()) {
      const distance = Math.abs(position - coordinate);
      if (distance <= tolerance && distance < bestDistance) {
        best = { axis, index };
        bestDistance = distance;
      }
    }
  }
  return best;
}

/** Where a guide may snap: trim and type-area edges, column edges across, grid lines down. */
export function guideSnapTargets(axis: GuideAxis, format: PageFormat): number[] {
  const area = typeArea(format);
  if (axis === 'vertical') {
    return [0, format.trim.width, area.x, area.x + area.width, ...columnEdges(format).flatMap((e) => [e.left, e.right])];
  }
  const pitch = format.baselineGrid.pitch;
  const lines = Math.floor(area.height / pitch + 1e-6);
  const rows = Array.from({ length: lines + 1 }, (_, k) => Math.round((area.y + k * pitch) * 1000) / 1000);
  return [0, format.trim.height, area.y + area.height, ...rows];
}

/**
 * Where a guide dragged to `position` lands: on the nearest snap target within `tolerance`
 * points, else at the position rounded to 0.1 mm (what the readout shows).
 */
export function snapGuide(position: number, axis: GuideAxis, format: PageFormat, tolerance: number): number {
  let best: number | null = null;
  for (const target of guideSnapTargets(axis, format)) {
    const distance = Math.abs(target - position);
    if (distance <= tolerance && (best === null || distance < Math.abs(best - position))) best = target;
  }
  return best ?? mmToPt(Math.round(ptToMm(position) * 10) / 10);
}

/** The canvas on screen, for deciding what a drop means. */
export interface DropBounds {
  /** The scroller's client rectangle. */
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  /** Where the top ruler ends (its bottom edge) and the left ruler ends (its right edge); the scroller's edges when hidden. */
  readonly rulerBottom: number;
  readonly rulerRight: number;
}

/**
 * A guide dropped back onto its ruler (or above it, or left of it), or outside the canvas, is
 * removed (or, when new, never made); anywhere over the page area it is placed.
 */
export function guideDrop(axis: GuideAxis, client: Point, bounds: DropBounds): 'place' | 'remove' {
  const outside = client.x < bounds.left || client.x > bounds.right || client.y < bounds.top || client.y > bounds.bottom;
  if (outside) return 'remove';
  const onRuler = axis === 'horizontal' ? client.y < bounds.rulerBottom : client.x < bounds.rulerRight;
  return onRuler ? 'remove' : 'place';
}

/** The one undoable edit that gives the page these guides. */
export function guidesOp(page: Page, guides: Guides): Op {
  return { type: 'updatePage', pageId: page.id, patch: { guides: { vertical: [...guides.vertical], horizontal: [...guides.horizontal] } } };
}
