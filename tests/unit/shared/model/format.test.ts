import { describe, expect, it } from 'vitest';
import {
  BROADSHEET_GRID,
  columnEdges,
  columnWidth,
  type FormatPreset,
  PageFormatSchema,
  presetFormat,
  roundPt,
  ptToMm,
  spanWidth,
  TABLOID_GRID,
  typeArea,
  ziToPt,
} from '../../../../src/shared/model';

/** The figures each preset is documented with in format.ts and typesetting-cjk.md §11.2–11.3. */
const documented = {
  broadsheet: { name: '对开', grid: BROADSHEET_GRID, trimMm: [375.5, 521], columns: 8, chars: 13, lines: 110, areaMm: 352.4 },
  tabloid: { name: '四开', grid: TABLOID_GRID, trimMm: [260.5, 375], columns: 5, chars: 12, lines: 78, areaMm: 203.2 },
} as const;

describe.each(Object.keys(documented) as FormatPreset[])('presetFormat(%s)', (preset) => {
  const doc = documented[preset];
  const format = presetFormat(preset);
  const area = typeArea(format);
  const body = format.bodySize;
  const gridWidth = doc.columns * ziToPt(doc.chars, body) + (doc.columns - 1) * format.gutter;

  it('is named and sized as documented', () => {
    expect(format.name).toBe(doc.name);
    expect(ptToMm(format.trim.width)).toBe(doc.trimMm[0]);
    expect(ptToMm(format.trim.height)).toBe(doc.trimMm[1]);
    expect(format.columns).toBe(doc.columns);
    expect(body).toBe(9);
    expect(format.gutter).toBe(body); // a 1 字 gutter
  });

  it('has a type area of columns·chars·body + (columns−1)·gutter', () => {
    expect(area.width).toBe(gridWidth);
    // The docs give the width to 0.1 mm (broadsheet is 352.425 mm exactly).
    expect(ptToMm(area.width)).toBeCloseTo(doc.areaMm, 1);
    expect(Math.abs(ptToMm(area.width) - ptToMm(gridWidth))).toBeLessThanOrEqual(0.01);
  });

  it(`has ${doc.columns} base columns of ${doc.chars} 字, one gutter apart, filling the type area`, () => {
    const edges = columnEdges(format);
    expect(edges).toHaveLength(doc.columns);
    expect(columnWidth(format)).toBe(ziToPt(doc.chars, body));
    for (const edge of edges) expect(edge.right - edge.left).toBeCloseTo(ziToPt(doc.chars, body), 6);
    for (let i = 1; i < edges.length; i++) {
      expect(edges[i]!.left - edges[i - 1]!.right).toBeCloseTo(format.gutter, 6);
    }
    expect(edges[0]!.left).toBe(area.x);
    expect(edges.at(-1)!.right).toBe(roundPt(area.x + area.width));
  });

  it('spans k columns as k columns plus k−1 gutters', () => {
    const col = ziToPt(doc.chars, body);
    expect(spanWidth(format, 1)).toBe(col);
    expect(spanWidth(format, 3)).toBe(3 * col + 2 * format.gutter);
    expect(spanWidth(format, doc.columns)).toBe(area.width);
    const edges = columnEdges(format);
    expect(spanWidth(format, 2)).toBeCloseTo(edges[1]!.right - edges[0]!.left, 6);
  });

  it('centres the type area left–right', () => {
    expect(Math.abs(format.margins.inside - format.margins.outside)).toBeLessThanOrEqual(0.001);
    expect(format.margins.inside + area.width + format.margins.outside).toBeCloseTo(format.trim.width, 6);
  });

  it('gives the head a margin at least as large as the foot', () => {
    expect(format.margins.top).toBeGreaterThanOrEqual(format.margins.bottom);
    expect(format.margins.bottom).toBeGreaterThan(0);
    expect(format.margins.top + area.height + format.margins.bottom).toBeCloseTo(format.trim.height, 6);
  });

  it(`is a whole number of lines deep (${doc.lines})`, () => {
    const lines = area.height / format.baselineGrid.pitch;
    expect(Math.abs(lines - Math.round(lines))).toBeLessThan(1e-9);
    expect(Math.round(lines)).toBe(doc.lines);
    // The last baseline still sits inside the type area.
    expect(format.baselineGrid.offset + (doc.lines - 1) * format.baselineGrid.pitch).toBeLessThanOrEqual(area.height);
  });

  it('validates against PageFormatSchema', () => {
    expect(PageFormatSchema.safeParse(format).success).toBe(true);
  });

  it('stays editable: a changed format still validates and the grid follows it', () => {
    const edited = {
      ...format,
      name: `${format.name}（改）`,
      columns: 6,
      gutter: 13.5,
      bodySize: 10.5,
      baselineGrid: { offset: 10.5, pitch: 14 },
      sizeNames: [...format.sizeNames, { name: '新五号', pt: 9.75 }],
    };
    expect(PageFormatSchema.parse(edited)).toEqual(edited);
    expect(columnEdges(edited)).toHaveLength(6);
    expect(spanWidth(edited, 6)).toBeCloseTo(typeArea(edited).width, 2);
  });

  it('gives every edition its own copy of the 字号 table', () => {
    const a = presetFormat(preset);
    const b = presetFormat(preset);
    a.sizeNames[0]!.pt = 99;
    expect(b.sizeNames[0]!.pt).toBe(42);
  });
});

describe('PageFormatSchema', () => {
  it('refuses a format with no columns or an empty 字号 table', () => {
    const format = presetFormat('tabloid');
    expect(PageFormatSchema.safeParse({ ...format, columns: 0 }).success).toBe(false);
    expect(PageFormatSchema.safeParse({ ...format, sizeNames: [] }).success).toBe(false);
    expect(PageFormatSchema.safeParse({ ...format, gutter: -1 }).success).toBe(false);
  });
});
