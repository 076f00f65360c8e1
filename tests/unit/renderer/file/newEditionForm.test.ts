import { describe, expect, it } from 'vitest';
import { buildRequest, gridArea, gridFields, gridOverflow, initialForm, localDate, suggestedName } from '../../../../src/renderer/file/newEditionForm';
import { BROADSHEET_GRID, formatFromGrid, TABLOID_GRID, typeArea, ptToMm } from '../../../../src/shared/model';

describe('newEditionForm', () => {
  it('asks for the broadsheet preset with the paper and date, naming the folder after them', () => {
    const form = { ...initialForm('2023-05-15'), paper: ' 今日市中 ' };
    expect(buildRequest(form)).toEqual({
      ok: true,
      request: { folder: 'Galley', name: '今日市中-2023-05-15.galley', format: { preset: 'broadsheet' }, meta: { paper: '今日市中', date: '2023-05-15' } },
    });
    expect(suggestedName({ paper: 'a/b:c', date: '2023-05-15' })).toBe('a-b-c-2023-05-15.galley');
  });

  it('names each field that is missing or wrong', () => {
    const result = buildRequest({ ...initialForm('2023-02-30'), folder: ' ', name: '../x' });
    expect(result.ok).toBe(false);
    expect(!result.ok && [...result.problems].sort()).toEqual(['date', 'folder', 'name', 'paper']);
  });

  it('sends a custom grid as numbers, and refuses half-typed ones', () => {
    const grid = { ...gridFields(TABLOID_GRID), gridName: '小报', columns: '6' };
    const ok = buildRequest({ ...initialForm('2023-05-15'), paper: 'p', choice: 'custom', grid });
    expect(ok.ok && ok.request.format).toEqual({ grid: { name: '小报', trimMm: { width: 260.5, height: 375 }, bleedMm: 3, columns: 6, charsPerColumn: 12, gutterEm: 1, bodySize: 9, linePitch: 12.6, lines: 78, headMm: 15 } });
    const bad = buildRequest({ ...initialForm('2023-05-15'), paper: 'p', choice: 'custom', grid: { ...grid, columns: '6.5', lines: '', gridName: '' } });
    expect(!bad.ok && [...bad.problems].sort()).toEqual(['columns', 'gridName', 'lines']);
  });

  it('works out the type area as formatFromGrid does, and says when it does not fit', () => {
    const area = gridArea(gridFields(BROADSHEET_GRID));
    const format = formatFromGrid(BROADSHEET_GRID);
    expect(area?.widthMm).toBeCloseTo(ptToMm(typeArea(format).width), 1);
    expect(area?.heightMm).toBeCloseTo(ptToMm(typeArea(format).height), 1);
    expect(area?.fits).toBe(true);
    expect(gridArea({ ...gridFields(BROADSHEET_GRID), charsPerColumn: '20' })?.fits).toBe(false);
    expect(gridArea({ ...gridFields(BROADSHEET_GRID), lines: 'x' })).toBeNull();
  });

  it('marks the fields that make a grid too wide or too deep for its page', () => {
    const grid = gridFields(BROADSHEET_GRID);
    expect(gridOverflow(grid)).toEqual([]);
    expect(gridOverflow({ ...grid, charsPerColumn: '20' })).toEqual(['columns', 'charsPerColumn', 'gutterEm', 'bodySize', 'trimWidthMm']);
    expect(gridOverflow({ ...grid, lines: '200' })).toEqual(['lines', 'linePitch', 'headMm', 'trimHeightMm']);
    expect(gridOverflow({ ...grid, lines: 'x' })).toEqual([]);
  });

  it('gives today in local time as yyyy-mm-dd', () => {
    expect(localDate(new Date(2023, 4, 5, 23, 59))).toBe('2023-05-05');
  });
});
