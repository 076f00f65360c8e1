// Preflight image rules: effective resolution against the edition's thresholds (fill, fit and
// crop placed as on screen), missing files and records, RGB sources, total ink on print pixels.
import { describe, expect, it } from 'vitest';
import { type Asset, type Edition, type ImageFrame, newImageFrame } from '../../../../src/shared/model';
import { imageFramePpi, frameKey, type ImageFacts } from '../../../../src/shared/preflight';
import { edition, page } from '../layout/flow/fixtures';
import { check, withCode } from './support';

const PHOTO: Asset = { id: 'a1', kind: 'image', path: 'assets/photo.jpg', mime: 'image/jpeg', pixelWidth: 600, pixelHeight: 400, description: '', colorSpace: null, ppi: null, caption: '', credit: '', preview: null };

function placed(frame: Partial<ImageFrame> & { width: number; height: number }, asset: Asset | null = PHOTO): Edition {
  const image: ImageFrame = { ...newImageFrame('img', { x: 100, y: 150, width: frame.width, height: frame.height }, { assetId: 'a1', name: '新闻图' }), ...frame };
  return { ...edition([page('p1', 1, [image])], []), assets: asset ? [asset] : [] };
}

const facts = (f: Partial<ImageFacts>): Map<string, ImageFacts> => new Map([[frameKey('p1', 'img'), { missing: false, sourceColor: 'cmyk', maxInk: null, ...f }]]);

describe('imageFramePpi', () => {
  it('is the asset pixels over the drawn size: fill stretches, fit letterboxes, crop uses its own scale', () => {
    const frame = (f: Partial<ImageFrame>) => ({ ...newImageFrame('i', { x: 0, y: 0, width: 288, height: 400 }, { assetId: 'a1' }), ...f });
    // fill: 600 px over 288 pt = 150 ppi across, 400 px over 400 pt = 72 ppi down; the lower counts.
    expect(imageFramePpi(frame({ fit: 'fill' }), PHOTO)).toBeCloseTo(72, 9);
    // fit: scale min(288/600, 400/400) = 0.48 pt per pixel → 150 ppi both ways.
    expect(imageFramePpi(frame({ fit: 'fit' }), PHOTO)).toBeCloseTo(150, 9);
    // crop: 0.25 pt per pixel → 288 ppi, whatever the frame cuts off.
    expect(imageFramePpi(frame({ fit: 'crop', crop: { offsetX: -40, offsetY: -10, scale: 0.25 } }), PHOTO)).toBeCloseTo(288, 9);
  });
});

describe('preflight: image resolution', () => {
  it('warns below imageWarnPpi and refuses below imageErrorPpi, naming the figure and the threshold', () => {
    expect(withCode(check(placed({ width: 432, height: 288 })), 'image-low-res')).toEqual([
      expect.objectContaining({ severity: 'warning', frameId: 'img', frameName: '新闻图', params: { ppi: 100, threshold: 150 } }),
    ]);
    expect(withCode(check(placed({ width: 576, height: 384 })), 'image-low-res')).toEqual([expect.objectContaining({ severity: 'error', params: { ppi: 75, threshold: 100 } })]);
  });

  it('follows the edition’s thresholds', () => {
    const ed = placed({ width: 288, height: 192 }); // 150 ppi
    expect(withCode(check(ed), 'image-low-res')).toEqual([]);
    const strict: Edition = { ...ed, output: { ...ed.output, imageWarnPpi: 200, imageErrorPpi: 160 } };
    expect(withCode(check(strict), 'image-low-res')).toEqual([expect.objectContaining({ severity: 'error', params: { ppi: 150, threshold: 160 } })]);
  });

  it('is quiet at or above the warning threshold', () => {
    expect(withCode(check(placed({ width: 288, height: 192 })), 'image-low-res')).toEqual([]);
    expect(withCode(check(placed({ width: 100, height: 100, fit: 'crop', crop: { offsetX: 0, offsetY: 0, scale: 0.3 } })), 'image-low-res')).toEqual([]);
  });
});

describe('preflight: missing images', () => {
  it('refuses an image whose file is not in the edition folder', () => {
    const report = check(placed({ width: 288, height: 192 }), { images: facts({ missing: true }) });
    expect(withCode(report, 'image-missing')).toEqual([expect.objectContaining({ severity: 'error', params: { path: 'assets/photo.jpg' } })]);
  });

  it('refuses a frame whose asset record is gone', () => {
    expect(withCode(check(placed({ width: 288, height: 192 }, null)), 'image-missing')).toEqual([expect.objectContaining({ severity: 'error', params: { path: 'a1' } })]);
  });

  it('is quiet when the file is there', () => {
    expect(withCode(check(placed({ width: 288, height: 192 }), { images: facts({}) }), 'image-missing')).toEqual([]);
  });
});

describe('preflight: RGB images', () => {
  it('lists an RGB source as a note: export converts it through the output profile', () => {
    expect(withCode(check(placed({ width: 288, height: 192 }), { images: facts({ sourceColor: 'rgb' }) }), 'image-rgb-converted')).toEqual([
      expect.objectContaining({ severity: 'info', params: { path: 'assets/photo.jpg' } }),
    ]);
  });

  it('is quiet for CMYK and grey sources', () => {
    for (const sourceColor of ['cmyk', 'grey'] as const) expect(withCode(check(placed({ width: 288, height: 192 }), { images: facts({ sourceColor }) }), 'image-rgb-converted')).toEqual([]);
  });
});

describe('preflight: total ink in images', () => {
  it('refuses an image whose print pixels exceed the ink limit', () => {
    const report = check(placed({ width: 288, height: 192 }), { images: facts({ maxInk: 262.35 }) });
    expect(withCode(report, 'image-ink-over-limit')).toEqual([expect.objectContaining({ severity: 'error', params: { ink: 262.4, limit: 240 } })]);
  });

  it('is quiet at the limit, and says nothing when nobody measured the ink', () => {
    expect(withCode(check(placed({ width: 288, height: 192 }), { images: facts({ maxInk: 240 }) }), 'image-ink-over-limit')).toEqual([]);
    expect(withCode(check(placed({ width: 288, height: 192 }), { images: facts({ maxInk: null }) }), 'image-ink-over-limit')).toEqual([]);
  });
});
