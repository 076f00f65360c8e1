// format.ts: the page grid (版心, 基本栏, baseline grid) and the two house presets.
import { z } from 'zod';
import { DEFAULT_SIZE_NAMES, mmToPt, roundPt, ziToPt } from './units';

const pt = z.number().finite();
const positivePt = pt.positive();
const nonNegativePt = pt.nonnegative();

export const MarginsSchema = z.strictObject({
  top: nonNegativePt,
  bottom: nonNegativePt,
  inside: nonNegativePt,
  outside: nonNegativePt,
});
export type Margins = z.infer<typeof MarginsSchema>;

export const SizeNameSchema = z.strictObject({ name: z.string().min(1), pt: positivePt });

export const PageFormatSchema = z.strictObject({
  /** A name for the format, such as 对开 or 四开. */
  name: z.string().min(1),
  trim: z.strictObject({ width: positivePt, height: positivePt }),
  bleed: nonNegativePt,
  margins: MarginsSchema,
  /** 基本栏: the base column count and the gutter between columns. */
  columns: z.number().int().min(1).max(24),
  gutter: nonNegativePt,
  /** Baseline grid: the first baseline sits `offset` below the top margin; lines repeat every `pitch`. */
  baselineGrid: z.strictObject({ offset: nonNegativePt, pitch: positivePt }),
  /** Body type size in pt; 字 and 行 in the UI are counted at this size. */
  bodySize: positivePt,
  /** The 字号 table, editable per edition. */
  sizeNames: z.array(SizeNameSchema).min(1),
});
export type PageFormat = z.infer<typeof PageFormatSchema>;

/** The type area (版心) in points, from the top-left corner of the trim. */
export function typeArea(format: PageFormat): { x: number; y: number; width: number; height: number } {
  return {
    x: format.margins.inside,
    y: format.margins.top,
    width: roundPt(format.trim.width - format.margins.inside - format.margins.outside),
    height: roundPt(format.trim.height - format.margins.top - format.margins.bottom),
  };
}

/** Width of one base column. */
export function columnWidth(format: PageFormat): number {
  const area = typeArea(format);
  return roundPt((area.width - (format.columns - 1) * format.gutter) / format.columns);
}

/** Left edges and right edges of every base column, in page coordinates. */
export function columnEdges(format: PageFormat): Array<{ left: number; right: number }> {
  const area = typeArea(format);
  const width = columnWidth(format);
  const edges: Array<{ left: number; right: number }> = [];
  for (let i = 0; i < format.columns; i++) {
    const left = roundPt(area.x + i * (width + format.gutter));
    edges.push({ left, right: roundPt(left + width) });
  }
  return edges;
}

/** Width of a frame spanning `span` base columns, gutters included (变栏 of k columns). */
export function spanWidth(format: PageFormat, span: number): number {
  return roundPt(span * columnWidth(format) + (span - 1) * format.gutter);
}

interface GridSpec {
  readonly name: string;
  readonly trimMm: { readonly width: number; readonly height: number };
  readonly bleedMm: number;
  readonly columns: number;
  /** Characters per base column at body size. */
  readonly charsPerColumn: number;
  /** Gutter in em of the body size. */
  readonly gutterEm: number;
  readonly bodySize: number;
  readonly linePitch: number;
  readonly lines: number;
  /** Head margin in mm; the foot margin takes what is left, so keep head ≥ foot. */
  readonly headMm: number;
}

/**
 * Builds a format from the figures a newspaper template is given in: columns × characters at a
 * body size, centred left–right (typesetting-cjk.md §11.2), with a whole number of lines.
 */
export function formatFromGrid(spec: GridSpec): PageFormat {
  const trimWidth = mmToPt(spec.trimMm.width);
  const trimHeight = mmToPt(spec.trimMm.height);
  const gutter = ziToPt(spec.gutterEm, spec.bodySize);
  const areaWidth = roundPt(
    spec.columns * ziToPt(spec.charsPerColumn, spec.bodySize) + (spec.columns - 1) * gutter,
  );
  const side = roundPt((trimWidth - areaWidth) / 2);
  // The outside margin takes the rounding remainder (≤ 0.001 pt), so the type area is exactly
  // the grid width and the last column ends on its edge rather than 0.001 pt past it.
  const outside = roundPt(trimWidth - side - areaWidth);
  const top = mmToPt(spec.headMm);
  const areaHeight = roundPt(spec.lines * spec.linePitch);
  return {
    name: spec.name,
    trim: { width: trimWidth, height: trimHeight },
    bleed: mmToPt(spec.bleedMm),
    margins: { top, bottom: roundPt(trimHeight - top - areaHeight), inside: side, outside },
    columns: spec.columns,
    gutter,
    // The first baseline sits one body size below the top of the type area (solid first line).
    baselineGrid: { offset: spec.bodySize, pitch: spec.linePitch },
    bodySize: spec.bodySize,
    sizeNames: DEFAULT_SIZE_NAMES.map((entry) => ({ ...entry })),
  };
}

/**
 * 对开 (broadsheet). typesetting-cjk.md §11.2–11.3: the trade table's trimmed 对开 sheet is
 * 751 × 521 mm, folded to pages of 375.5 × 521 mm; 8 base columns of 13 字 at 小五 (9 pt) with a
 * 1 字 gutter give a 352.4 mm type area. 9 pt on a 12.6 pt pitch (a 40 % gap, tight as short
 * newspaper lines allow, §2), 110 lines deep; the head margin is a little larger than the foot.
 */
export const BROADSHEET_GRID: GridSpec = {
  name: '对开',
  trimMm: { width: 375.5, height: 521 },
  bleedMm: 3,
  columns: 8,
  charsPerColumn: 13,
  gutterEm: 1,
  bodySize: 9,
  linePitch: 12.6,
  lines: 110,
  headMm: 17,
};

/**
 * 四开 (tabloid). The trade table's trimmed 四开 sheet is 521 × 375 mm, folded to pages of
 * 260.5 × 375 mm; 5 base columns of 12 字 at 小五 with a 1 字 gutter give 203.2 mm (§11.3).
 */
export const TABLOID_GRID: GridSpec = {
  name: '四开',
  trimMm: { width: 260.5, height: 375 },
  bleedMm: 3,
  columns: 5,
  charsPerColumn: 12,
  gutterEm: 1,
  bodySize: 9,
  linePitch: 12.6,
  lines: 78,
  headMm: 15,
};

export type FormatPreset = 'broadsheet' | 'tabloid';

export function presetFormat(preset: FormatPreset): PageFormat {
  return formatFromGrid(preset === 'broadsheet' ? BROADSHEET_GRID : TABLOID_GRID);
}
