import { describe, expect, it } from 'vitest';
import { cmykToCss, fitZoom, PASTEBOARD_PT, pageViewport } from '../../../../src/renderer/canvas/geometry';
import { presetFormat } from '../../../../src/shared/model';

describe('pageViewport', () => {
  it('shows the trim with its bleed and a pasteboard on every side, origin at the trim corner', () => {
    const format = presetFormat('broadsheet');
    const viewport = pageViewport(format);
    const margin = format.bleed + PASTEBOARD_PT;
    expect(viewport.x).toBeCloseTo(-margin, 9);
    expect(viewport.y).toBeCloseTo(-margin, 9);
    // The trim's far corner is as far inside the right/bottom edge as the origin is from the left/top.
    expect(viewport.x + viewport.width - format.trim.width).toBeCloseTo(margin, 9);
    expect(viewport.y + viewport.height - format.trim.height).toBeCloseTo(margin, 9);
  });

  it('is smaller for a tabloid than for a broadsheet', () => {
    const tabloid = pageViewport(presetFormat('tabloid'));
    const broadsheet = pageViewport(presetFormat('broadsheet'));
    expect(tabloid.width * tabloid.height).toBeLessThan(broadsheet.width * broadsheet.height);
  });
});

describe('fitZoom', () => {
  const viewport = { x: -10, y: -10, width: 200, height: 400 };

  it('is limited by whichever side runs out first', () => {
    expect(fitZoom(viewport, 1000, 400)).toBe(1); // height-bound
    expect(fitZoom(viewport, 100, 4000)).toBe(0.5); // width-bound
  });

  it('makes the whole viewport fit the area', () => {
    for (const [w, h] of [
      [640, 480],
      [1920, 1080],
      [333, 777],
    ] as const) {
      const zoom = fitZoom(viewport, w, h);
      expect(viewport.width * zoom).toBeLessThanOrEqual(w + 1e-9);
      expect(viewport.height * zoom).toBeLessThanOrEqual(h + 1e-9);
      expect(Math.max(viewport.width * zoom - w, viewport.height * zoom - h)).toBeCloseTo(0, 9);
    }
  });

  it('answers 1 for an area with no room (a hidden or collapsed canvas)', () => {
    expect(fitZoom(viewport, 0, 500)).toBe(1);
    expect(fitZoom(viewport, 500, -20)).toBe(1);
  });
});

describe('cmykToCss', () => {
  it.each([
    [{ c: 0, m: 0, y: 0, k: 0 }, 'rgb(255 255 255)'],
    [{ c: 0, m: 0, y: 0, k: 100 }, 'rgb(0 0 0)'],
    [{ c: 100, m: 0, y: 0, k: 0 }, 'rgb(0 255 255)'],
    [{ c: 0, m: 100, y: 100, k: 0 }, 'rgb(255 0 0)'],
    [{ c: 0, m: 0, y: 10, k: 0 }, 'rgb(255 255 230)'],
    [{ c: 0, m: 0, y: 0, k: 50 }, 'rgb(128 128 128)'],
  ])('shows %o as %s', (cmyk, css) => {
    expect(cmykToCss(cmyk)).toBe(css);
  });
});
