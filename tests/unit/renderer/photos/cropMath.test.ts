import { describe, expect, it } from 'vitest';
import { imagePlacement } from '../../../../src/shared/layout/imagePlacement';
import { newImageFrame } from '../../../../src/shared/model';
import { actualSizeCrop, centreCrop, coverCrop, currentCrop, panCrop, percentToScale, scaleCropAround, scaleToPercent } from '../../../../src/renderer/photos/cropMath';

const pixels = { pixelWidth: 1200, pixelHeight: 800 };
// A frame 300 × 100 pt: wider than the picture's 3:2, so covering crops top and bottom.
const frame = { ...newImageFrame('f', { x: 50, y: 70, width: 300, height: 100 }), fit: 'crop' as const };

describe('coverCrop', () => {
  it('scales the picture to cover the frame and centres the overflow', () => {
    const crop = coverCrop(frame, pixels);
    expect(crop.scale).toBe(0.25);
    expect(crop).toEqual({ offsetX: 0, offsetY: -50, scale: 0.25 });
    const { image, clip } = imagePlacement({ ...frame, crop }, pixels);
    expect(image.width).toBeGreaterThanOrEqual(clip.width);
    expect(image.height).toBeGreaterThanOrEqual(clip.height);
  });
});

describe('currentCrop', () => {
  it('turns a letterboxed fit into the crop that draws it in the same place', () => {
    const fitted = { ...frame, fit: 'fit' as const };
    const crop = currentCrop(fitted, pixels);
    const before = imagePlacement(fitted, pixels).image;
    const after = imagePlacement({ ...frame, crop }, pixels).image;
    for (const key of ['x', 'y', 'width', 'height'] as const) expect(after[key]).toBeCloseTo(before[key], 3);
  });

  it('takes a stretched fill as the covering crop, and a crop as it is', () => {
    expect(currentCrop({ ...frame, fit: 'fill' }, pixels)).toEqual(coverCrop(frame, pixels));
    const own = { offsetX: -3, offsetY: 4, scale: 0.5 };
    expect(currentCrop({ ...frame, crop: own }, pixels)).toBe(own);
  });
});

describe('centreCrop and actualSizeCrop', () => {
  it('centres at the current scale', () => {
    expect(centreCrop({ ...frame, crop: { offsetX: 7, offsetY: 9, scale: 0.1 } }, pixels)).toEqual({ offsetX: 90, offsetY: 10, scale: 0.1 });
  });

  it('uses the file ppi for actual size, 72 when it declares none', () => {
    expect(actualSizeCrop(frame, { ...pixels, ppi: 300 }).scale).toBe(0.24);
    expect(actualSizeCrop(frame, { ...pixels, ppi: null }).scale).toBe(1);
  });
});

describe('panCrop and scaleCropAround', () => {
  it('moves the picture by a delta', () => {
    expect(panCrop({ offsetX: 1, offsetY: 2, scale: 0.3 }, 10.5, -4)).toEqual({ offsetX: 11.5, offsetY: -2, scale: 0.3 });
  });

  it('keeps the point under the centre where it is while scaling', () => {
    const crop = { offsetX: -20, offsetY: -10, scale: 0.25 };
    const scaled = scaleCropAround(crop, 0.5, 150, 50);
    // The picture pixel under (150, 50) before and after.
    const before = { x: (150 - crop.offsetX) / crop.scale, y: (50 - crop.offsetY) / crop.scale };
    const after = { x: (150 - scaled.offsetX) / scaled.scale, y: (50 - scaled.offsetY) / scaled.scale };
    expect(after.x).toBeCloseTo(before.x, 2);
    expect(after.y).toBeCloseTo(before.y, 2);
    expect(scaled.scale).toBe(0.5);
  });

  it('keeps the scale within sane limits', () => {
    expect(scaleCropAround({ offsetX: 0, offsetY: 0, scale: 1 }, 0, 0, 0).scale).toBeGreaterThan(0);
    expect(scaleCropAround({ offsetX: 0, offsetY: 0, scale: 1 }, 1e9, 0, 0).scale).toBeLessThanOrEqual(20);
  });
});

describe('scaleToPercent', () => {
  it('counts 100 % as the size the file declares, and converts back', () => {
    expect(scaleToPercent(0.24, { ppi: 300 })).toBeCloseTo(100, 6);
    expect(scaleToPercent(0.5, { ppi: null })).toBe(50);
    expect(percentToScale(50, { ppi: 300 })).toBe(0.12);
  });
});
