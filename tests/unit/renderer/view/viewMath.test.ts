import { describe, expect, it } from 'vitest';
import { anchorScrollDelta, clientToPage, fitWidthZoom, pageToClient, pinchZoom, wheelZoom } from '../../../../src/renderer/canvas/viewMath';

const viewport = { x: -32.5, y: -32.5, width: 1129, height: 1542 };

describe('clientToPage and pageToClient', () => {
  it('turn a screen point into page points and back, through the SVG corner and the zoom', () => {
    const screen = { left: 100, top: 50, viewport, zoom: 2 };
    expect(clientToPage({ x: 100, y: 50 }, screen)).toEqual({ x: -32.5, y: -32.5 });
    expect(clientToPage({ x: 165, y: 115 }, screen)).toEqual({ x: 0, y: 0 });
    expect(pageToClient({ x: 10, y: 20 }, screen)).toEqual({ x: 185, y: 155 });
    expect(clientToPage(pageToClient({ x: 123.4, y: 567.8 }, screen), screen).x).toBeCloseTo(123.4, 9);
  });
});

describe('anchorScrollDelta', () => {
  it('scrolls so the page point under the pointer is under it again after a zoom', () => {
    const before = { left: 100, top: 50, viewport, zoom: 1 };
    const client = { x: 400, y: 300 };
    const anchor = { client, page: clientToPage(client, before) };
    // Redrawn at twice the zoom, the SVG corner still where it was (nothing scrolled yet).
    const after = { ...before, zoom: 2 };
    const { dx, dy } = anchorScrollDelta(anchor, after);
    expect(dx).toBe(300);
    expect(dy).toBe(250);
    // Scrolling by the delta moves the SVG corner the other way: the point is back under the pointer.
    const scrolled = { ...after, left: after.left - dx, top: after.top - dy };
    expect(pageToClient(anchor.page, scrolled)).toEqual(client);
  });

  it('asks for no scroll when the zoom did not change', () => {
    const screen = { left: 10, top: 10, viewport, zoom: 0.7 };
    const client = { x: 321, y: 123 };
    expect(anchorScrollDelta({ client, page: clientToPage(client, screen) }, screen)).toEqual({ dx: 0, dy: 0 });
  });
});

describe('wheelZoom and pinchZoom', () => {
  it('zooms in when the wheel turns up (negative delta), out when down, symmetrically', () => {
    const up = wheelZoom(1, -100, 0);
    expect(up).toBeGreaterThan(1.15);
    expect(up).toBeLessThan(1.25);
    expect(wheelZoom(up, 100, 0)).toBeCloseTo(1, 10);
  });

  it('counts lines and pages in pixels, and caps one flung event', () => {
    expect(wheelZoom(1, -3, 1)).toBeCloseTo(wheelZoom(1, -48, 0), 10);
    expect(wheelZoom(1, -5000, 0)).toBeCloseTo(wheelZoom(1, -300, 0), 10);
    expect(wheelZoom(1, -1, 2)).toBeCloseTo(wheelZoom(1, -300, 0), 10);
  });

  it('scales with the distance between two fingers', () => {
    expect(pinchZoom(0.5, 100, 150)).toBe(0.75);
    expect(pinchZoom(0.5, 0, 150)).toBe(0.5);
  });

  it('fits the viewport width', () => {
    expect(fitWidthZoom(viewport, 1129 / 2)).toBe(0.5);
    expect(fitWidthZoom(viewport, 0)).toBe(1);
  });
});
