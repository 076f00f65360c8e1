import { describe, expect, it } from 'vitest';
import { fitScale, layoutSheet, maxZoom, scrollAfterZoom, stepZoom, ZOOM_STEP } from '../../../src/epaper-reader/zoomMath';

// A broadsheet page in points, and a viewport in CSS px.
const page = { width: 1064, height: 1477 };
const viewport = { width: 800, height: 700 };
const margin = 16;

describe('fitScale', () => {
  it('fits the whole page inside the margin, limited by the tighter side', () => {
    // Height limits: (700 − 32) / 1477 = 0.4523; width would allow (800 − 32) / 1064 = 0.7218.
    expect(fitScale(viewport, page, margin)).toBeCloseTo(668 / 1477, 6);
    expect(fitScale({ width: 300, height: 2000 }, page, margin)).toBeCloseTo(268 / 1064, 6);
  });

  it('stays positive for a viewport smaller than its margins (a collapsed panel)', () => {
    expect(fitScale({ width: 0, height: 0 }, page, margin)).toBeGreaterThan(0);
  });
});

describe('layoutSheet', () => {
  it('centres a sheet smaller than the viewport, with no scroll range', () => {
    const s = layoutSheet(viewport, page, fitScale(viewport, page, margin), margin);
    expect(s.stage).toEqual(viewport);
    expect(s.left).toBeCloseTo((800 - s.width) / 2, 6);
    expect(s.top).toBeCloseTo(margin, 6);
  });

  it('grows the stage by the margin on both sides once the sheet is larger', () => {
    const s = layoutSheet(viewport, page, 1, margin);
    expect(s.stage).toEqual({ width: 1064 + 32, height: 1477 + 32 });
    expect([s.left, s.top]).toEqual([margin, margin]);
  });
});

describe('scrollAfterZoom', () => {
  it('keeps the page point under the anchor where it was', () => {
    const from = 0.5;
    const to = 1.25;
    const scroll = { x: 0, y: 40 };
    const anchor = { x: 300, y: 200 };
    const after = scrollAfterZoom({ viewport, page, margin, from, to, scroll, anchor });
    const before = layoutSheet(viewport, page, from, margin);
    const later = layoutSheet(viewport, page, to, margin);
    const pointBefore = { x: (scroll.x + anchor.x - before.left) / from, y: (scroll.y + anchor.y - before.top) / from };
    const pointAfter = { x: (after.x + anchor.x - later.left) / to, y: (after.y + anchor.y - later.top) / to };
    expect(pointAfter.x).toBeCloseTo(pointBefore.x, 6);
    expect(pointAfter.y).toBeCloseTo(pointBefore.y, 6);
  });

  it('never scrolls outside the stage, even for an anchor near the corner', () => {
    const after = scrollAfterZoom({ viewport, page, margin, from: 1, to: 0.3, scroll: { x: 296, y: 809 }, anchor: { x: 799, y: 699 } });
    expect(after).toEqual({ x: 0, y: 0 });
    const big = scrollAfterZoom({ viewport, page, margin, from: 0.5, to: 2, scroll: { x: 0, y: 0 }, anchor: { x: 799, y: 699 } });
    const stage = layoutSheet(viewport, page, 2, margin).stage;
    expect(big.x).toBeLessThanOrEqual(stage.width - viewport.width);
    expect(big.y).toBeLessThanOrEqual(stage.height - viewport.height);
  });
});

describe('stepZoom', () => {
  it('walks the ladder of ZOOM_STEP powers both ways', () => {
    expect(stepZoom(1, 1, 1, 8)).toBeCloseTo(ZOOM_STEP, 9);
    expect(stepZoom(ZOOM_STEP ** 2, -1, 1, 8)).toBeCloseTo(ZOOM_STEP, 9);
  });

  it('rejoins the ladder from an in-between zoom left by a pinch', () => {
    // 1.4 lies between 1.25 (rung 1) and 1.5625 (rung 2).
    expect(stepZoom(1.4, 1, 1, 8)).toBeCloseTo(ZOOM_STEP ** 2, 9);
    expect(stepZoom(1.4, -1, 1, 8)).toBeCloseTo(ZOOM_STEP, 9);
  });

  it('does not skip a rung for a zoom a rounding error off it', () => {
    expect(stepZoom(ZOOM_STEP * (1 + 1e-12), 1, 1, 8)).toBeCloseTo(ZOOM_STEP ** 2, 9);
    expect(stepZoom(ZOOM_STEP * (1 - 1e-12), -1, 1, 8)).toBeCloseTo(1, 9);
  });

  it('clamps to the range', () => {
    expect(stepZoom(1, -1, 1, 8)).toBe(1);
    expect(stepZoom(7.9, 1, 1, 8)).toBe(8);
  });
});

describe('maxZoom', () => {
  it('allows twice the page image resolution', () => {
    // 150 dpi image: 2217 px over 1064 pt = 2.08 px/pt; at fit 0.45 px/pt, 2 × 2.08 / 0.45 = 9.26 → capped at 8.
    expect(maxZoom(0.45, page, 2217)).toBe(8);
    expect(maxZoom(1, page, 1064)).toBeCloseTo(2, 9);
  });

  it('is never below fit page', () => {
    expect(maxZoom(3, page, 500)).toBe(1);
  });
});
