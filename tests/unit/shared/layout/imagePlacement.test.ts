// The one placement geometry of image frames, which the page view and the PDF painter both draw
// with: fill stretches, fit letterboxes inside the frame, crop keeps its own scale and offset and
// the frame clips it.
import { describe, expect, it } from 'vitest';
import { effectivePpi, imagePlacement } from '../../../../src/shared/layout/imagePlacement';
import type { ImageFrame } from '../../../../src/shared/model';

const frame = (fit: ImageFrame['fit'], crop: ImageFrame['crop'] = { offsetX: 0, offsetY: 0, scale: 1 }): Pick<ImageFrame, 'x' | 'y' | 'width' | 'height' | 'fit' | 'crop'> => ({ x: 100, y: 50, width: 200, height: 100, fit, crop });
const wide = { pixelWidth: 800, pixelHeight: 200 }; // 4:1, wider than the 2:1 frame
const tall = { pixelWidth: 300, pixelHeight: 600 }; // 1:2, narrower

describe('imagePlacement', () => {
  it('stretches a fill image over exactly the frame, whatever its shape', () => {
    for (const pixels of [wide, tall]) {
      const p = imagePlacement(frame('fill'), pixels);
      expect(p.image).toEqual({ x: 100, y: 50, width: 200, height: 100 });
      expect(p.clip).toEqual(p.image);
    }
  });

  it('fits a wider image to the frame width and centres it vertically', () => {
    const p = imagePlacement(frame('fit'), wide);
    expect(p.image.width).toBeCloseTo(200, 9);
    expect(p.image.height).toBeCloseTo(50, 9);
    expect(p.image.x).toBeCloseTo(100, 9);
    expect(p.image.y).toBeCloseTo(50 + 25, 9);
    expect(p.image.width / p.image.height).toBeCloseTo(4, 9);
  });

  it('fits a narrower image to the frame height and centres it horizontally', () => {
    const p = imagePlacement(frame('fit'), tall);
    expect(p.image.height).toBeCloseTo(100, 9);
    expect(p.image.width).toBeCloseTo(50, 9);
    expect(p.image.x).toBeCloseTo(100 + 75, 9);
    expect(p.image.y).toBeCloseTo(50, 9);
  });

  it('places a crop image at its scale and offset from the frame corner, clipped by the frame', () => {
    const p = imagePlacement(frame('crop', { offsetX: -30, offsetY: -12.5, scale: 0.5 }), wide);
    expect(p.image).toEqual({ x: 70, y: 37.5, width: 400, height: 100 });
    expect(p.clip).toEqual({ x: 100, y: 50, width: 200, height: 100 });
  });

  it('moves the picture with the frame when the frame is drawn elsewhere (a drag)', () => {
    const at = { x: 10, y: 20 };
    const p = imagePlacement(frame('crop', { offsetX: 5, offsetY: 6, scale: 1 }), wide, at);
    expect(p.image.x).toBe(15);
    expect(p.image.y).toBe(26);
    expect(p.clip).toEqual({ x: 10, y: 20, width: 200, height: 100 });
    const fit = imagePlacement(frame('fit'), tall, at);
    expect(fit.image.x - at.x).toBeCloseTo(75, 9);
  });
});

describe('effectivePpi', () => {
  it('is the pixels over the drawn size in inches, per axis', () => {
    expect(effectivePpi({ width: 72, height: 36 }, { pixelWidth: 300, pixelHeight: 300 })).toEqual({ x: 300, y: 600 });
  });
});
