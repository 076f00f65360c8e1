// marks.ts: the page boxes, and crop marks with room for the slug. Without marks the MediaBox is
// the BleedBox (trim + bleed on every side), as plants want for delivery (typesetting-cjk.md
// §13.4: the imposition adds its own marks). With marks, MARK_SPACE_MM more paper surrounds the
// BleedBox on every side; TrimBox and BleedBox keep their size and move in by that much. The
// crop marks are 0.25 pt lines in registration colour (Separation /All, every plate), continuing
// the trim edges outwards from MARK_GAP_MM beyond the bleed, so no mark ever reaches the BleedBox;
// the slug line sits below the bleed between the two lower corners' marks.
import { mmToPt } from '../../../../shared/model';
import type { SlugPlacement } from '../../../../shared/layout/page';
import { num } from './pageContent';

/** Paper added outside the BleedBox on every side when marks are on. */
export const MARK_SPACE_MM = 12;
/** Distance from the BleedBox to where a crop mark starts, and the mark's length. */
export const MARK_GAP_MM = 2;
export const MARK_LENGTH_MM = 6;
export const MARK_WIDTH_PT = 0.25;

export interface PageFormat {
  readonly trim: { readonly width: number; readonly height: number };
  readonly bleed: number;
}

/** Boxes in PDF user space (pt, origin at the MediaBox's lower left), as [x, y, width, height]. */
export interface PageBoxes {
  readonly media: readonly [number, number, number, number];
  readonly bleed: readonly [number, number, number, number];
  readonly trim: readonly [number, number, number, number];
  /** From the MediaBox's left (and bottom) edge to the trim's: bleed, plus the mark space. */
  readonly trimOffset: number;
}

export function pageBoxes(format: PageFormat, marks: boolean): PageBoxes {
  const { trim, bleed } = format;
  const space = marks ? mmToPt(MARK_SPACE_MM) : 0;
  const offset = bleed + space;
  return {
    media: [0, 0, trim.width + 2 * offset, trim.height + 2 * offset],
    bleed: [space, space, trim.width + 2 * bleed, trim.height + 2 * bleed],
    trim: [offset, offset, trim.width, trim.height],
    trimOffset: offset,
  };
}

/** A crop mark as a segment in PDF user space. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** The eight crop marks: at each trim corner, one horizontal and one vertical, pointing away. */
export function cropMarkSegments(format: PageFormat): Segment[] {
  const { trimOffset: o } = pageBoxes(format, true);
  const { width: w, height: h } = format.trim;
  const start = format.bleed + mmToPt(MARK_GAP_MM);
  const end = start + mmToPt(MARK_LENGTH_MM);
  const out: Segment[] = [];
  for (const [cx, sx] of [[o, -1], [o + w, 1]] as const) {
    for (const [cy, sy] of [[o, -1], [o + h, 1]] as const) {
      out.push({ x1: cx + sx * start, y1: cy, x2: cx + sx * end, y2: cy });
      out.push({ x1: cx, y1: cy + sy * start, x2: cx, y2: cy + sy * end });
    }
  }
  return out;
}

/** The crop marks' operators, stroked in `registrationStroke` (a colour operator). */
export function cropMarkOperators(format: PageFormat, registrationStroke: string): string[] {
  const lines = cropMarkSegments(format).map((s) => `${num(s.x1)} ${num(s.y1)} m ${num(s.x2)} ${num(s.y2)} l`);
  return ['q', registrationStroke, `${num(MARK_WIDTH_PT)} w`, '0 J', '[] 0 d', ...lines, 'S', 'Q'];
}

/**
 * Where the slug's baseline starts, in page coordinates (pt from the trim's top-left, y down):
 * below the bleed, level with the lower crop marks, starting clear of the left one.
 */
export function slugPlacement(format: PageFormat): SlugPlacement {
  return { x: mmToPt(2 * MARK_GAP_MM + MARK_LENGTH_MM / 2 + 2), baseline: format.trim.height + format.bleed + mmToPt(MARK_GAP_MM + MARK_LENGTH_MM - 1) };
}
