import { describe, expect, it } from 'vitest';
import {
  ACTUAL_SIZE_ZOOM,
  effectiveZoom,
  guideLayers,
  INITIAL_VIEW,
  MAX_ZOOM,
  type ViewAction,
  viewReducer,
  type ViewState,
  zoomPercent,
} from '../../../../src/renderer/state/viewState';

function run(view: ViewState, ...actions: ViewAction[]): ViewState {
  return actions.reduce(viewReducer, view);
}

describe('viewReducer: fit page, fit width, 100 % and zooms of the user', () => {
  const measured = run(INITIAL_VIEW, { type: 'setFitZoom', zoom: 0.4, width: 0.9 });

  it('keeps fit page and fit width following the canvas measurements', () => {
    expect(effectiveZoom(measured)).toBe(0.4);
    const wide = run(measured, { type: 'zoomFitWidth' });
    expect(wide.zoom).toBe('fitWidth');
    expect(effectiveZoom(wide)).toBe(0.9);
    expect(effectiveZoom(run(wide, { type: 'setFitZoom', zoom: 0.5, width: 1.1 }))).toBe(1.1);
    // A measurement without a width keeps the last width.
    expect(effectiveZoom(run(wide, { type: 'setFitZoom', zoom: 0.5 }))).toBe(0.9);
  });

  it('shows 100 % at actual size: 96 px per inch', () => {
    const actual = run(measured, { type: 'zoomActual' });
    expect(effectiveZoom(actual)).toBe(ACTUAL_SIZE_ZOOM);
    expect(zoomPercent(actual)).toBe(100);
    expect(zoomPercent(measured)).toBe(30);
  });

  it('steps in from fit width by the same factor as from fit page', () => {
    const wide = run(measured, { type: 'zoomFitWidth' }, { type: 'zoomIn' });
    expect(effectiveZoom(wide)).toBeCloseTo(0.9 * 1.25, 10);
  });

  it('takes a zoom of the user clamped, and the same view back for the same zoom', () => {
    const set = run(measured, { type: 'setZoom', zoom: 2 });
    expect(set.zoom).toBe(2);
    expect(viewReducer(set, { type: 'setZoom', zoom: 2 })).toBe(set);
    expect(run(measured, { type: 'setZoom', zoom: 1000 }).zoom).toBe(MAX_ZOOM);
  });

  it('returns the same view for a measurement that changes neither fit', () => {
    expect(viewReducer(measured, { type: 'setFitZoom', zoom: 0.4, width: 0.9 })).toBe(measured);
  });
});

describe('viewReducer: rulers and guide layers', () => {
  it('switches the ruler unit between millimetres and 字/行', () => {
    expect(INITIAL_VIEW.rulerUnit).toBe('mm');
    const grid = run(INITIAL_VIEW, { type: 'setRulerUnit', unit: 'grid' });
    expect(grid.rulerUnit).toBe('grid');
    expect(viewReducer(grid, { type: 'setRulerUnit', unit: 'grid' })).toBe(grid);
  });

  it('switches margins, columns, baseline grid and ruler guides each on its own, under the all-guides switch', () => {
    expect(guideLayers(INITIAL_VIEW)).toEqual({ margins: true, columns: true, baseline: false, rulerGuides: true });
    expect(guideLayers(run(INITIAL_VIEW, { type: 'toggleMargins' }))).toEqual({ margins: false, columns: true, baseline: false, rulerGuides: true });
    expect(guideLayers(run(INITIAL_VIEW, { type: 'toggleColumns' }, { type: 'toggleBaseline' }))).toEqual({ margins: true, columns: false, baseline: true, rulerGuides: true });
    expect(guideLayers(run(INITIAL_VIEW, { type: 'toggleRulerGuides' })).rulerGuides).toBe(false);
    const off = run(INITIAL_VIEW, { type: 'toggleBaseline' }, { type: 'toggleGuides' });
    expect(guideLayers(off)).toEqual({ margins: false, columns: false, baseline: false, rulerGuides: false });
    // The layers remember their own state under the switch.
    expect(guideLayers(run(off, { type: 'toggleGuides' })).baseline).toBe(true);
  });
});
