import { describe, expect, it } from 'vitest';
import { effectiveZoom, INITIAL_VIEW, MAX_ZOOM, MIN_ZOOM, type ViewAction, viewReducer, type ViewState } from '../../../../src/renderer/state/viewState';

function run(view: ViewState, ...actions: ViewAction[]): ViewState {
  return actions.reduce(viewReducer, view);
}

describe('viewReducer zoom', () => {
  it('starts at fit, which follows the measured canvas', () => {
    const view = run(INITIAL_VIEW, { type: 'setFitZoom', zoom: 0.42 });
    expect(view.zoom).toBe('fit');
    expect(effectiveZoom(view)).toBe(0.42);
  });

  it('zooms in and out from what fit shows, by the same factor both ways', () => {
    const fit = run(INITIAL_VIEW, { type: 'setFitZoom', zoom: 0.5 });
    const zoomedIn = run(fit, { type: 'zoomIn' });
    expect(effectiveZoom(zoomedIn)).toBeGreaterThan(0.5);
    expect(typeof zoomedIn.zoom).toBe('number');
    expect(effectiveZoom(run(zoomedIn, { type: 'zoomOut' }))).toBeCloseTo(0.5, 10);
    expect(effectiveZoom(run(fit, { type: 'zoomOut' }))).toBeLessThan(0.5);
  });

  it('stays between the minimum and maximum zoom', () => {
    const inActions: ViewAction[] = Array.from({ length: 40 }, () => ({ type: 'zoomIn' }));
    const outActions: ViewAction[] = Array.from({ length: 40 }, () => ({ type: 'zoomOut' }));
    expect(effectiveZoom(run(INITIAL_VIEW, ...inActions))).toBe(MAX_ZOOM);
    expect(effectiveZoom(run(INITIAL_VIEW, ...outActions))).toBe(MIN_ZOOM);
    expect(run(INITIAL_VIEW, { type: 'setFitZoom', zoom: 0.001 }).fitZoom).toBe(MIN_ZOOM);
    expect(run(INITIAL_VIEW, { type: 'setFitZoom', zoom: 100 }).fitZoom).toBe(MAX_ZOOM);
  });

  it('goes back to fit, which then follows new measurements', () => {
    const view = run(INITIAL_VIEW, { type: 'zoomIn' }, { type: 'zoomFit' }, { type: 'setFitZoom', zoom: 0.3 });
    expect(view.zoom).toBe('fit');
    expect(effectiveZoom(view)).toBe(0.3);
  });

  it('returns the same view for a measurement that changes nothing, so nothing re-renders', () => {
    const measured = run(INITIAL_VIEW, { type: 'setFitZoom', zoom: 0.7 });
    expect(viewReducer(measured, { type: 'setFitZoom', zoom: 0.7 })).toBe(measured);
    // A window so small that fit is below the minimum zoom measures the same value each time.
    const tiny = run(INITIAL_VIEW, { type: 'setFitZoom', zoom: 0.05 });
    expect(viewReducer(tiny, { type: 'setFitZoom', zoom: 0.05 })).toBe(tiny);
  });
});

describe('viewReducer toggles', () => {
  it('turns rulers, guides and the baseline grid on and off, each on its own', () => {
    expect(INITIAL_VIEW).toMatchObject({ rulers: true, guides: true, baseline: false });
    expect(run(INITIAL_VIEW, { type: 'toggleRulers' })).toEqual({ ...INITIAL_VIEW, rulers: false });
    expect(run(INITIAL_VIEW, { type: 'toggleGuides' })).toEqual({ ...INITIAL_VIEW, guides: false });
    expect(run(INITIAL_VIEW, { type: 'toggleBaseline' })).toEqual({ ...INITIAL_VIEW, baseline: true });
    expect(run(INITIAL_VIEW, { type: 'toggleRulers' }, { type: 'toggleRulers' })).toEqual(INITIAL_VIEW);
  });
});
