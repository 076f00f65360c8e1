import { describe, expect, it } from 'vitest';
import { type Asset, applyOps, columnEdges, counterIds, type Edition, emptyEdition, type ImageFrame, newImageFrame, newPage, parseEdition, typeArea } from '../../../../src/shared/model';
import { coverCrop } from '../../../../src/renderer/photos/cropMath';
import { assetOps, centredCorner, fitChoiceOf, fitPatch, newPhotoFrameOps, photoFrameBox, placeIntoFrameOps, typeAreaCorner } from '../../../../src/renderer/photos/placeOps';

function asset(overrides: Partial<Asset> = {}): Asset {
  return {
    id: 'asset-new',
    kind: 'image',
    path: 'assets/photo-0123456789ab.jpg',
    mime: 'image/jpeg',
    pixelWidth: 3000,
    pixelHeight: 2000,
    description: 'photo.jpg',
    colorSpace: 'rgb',
    ppi: 300,
    caption: '',
    credit: '',
    preview: null,
    ...overrides,
  };
}

function edition(): { edition: Edition; frame: ImageFrame } {
  const newId = counterIds();
  const base = emptyEdition({ preset: 'broadsheet', newId, meta: { paper: '今日市中', date: '2023-05-15', issue: 1, totalIssue: 1, credits: { editor: '', designer: '', proofreader: '' } } });
  const frame = newImageFrame('frame-photo', { x: 60, y: 120, width: 200, height: 150 });
  const page = { ...newPage({ id: 'page-1', number: 1, label: 'A01', section: '要闻', masterId: null }), frames: [frame] };
  return { edition: { ...base, pages: [page] }, frame };
}

function valid(e: Edition): Edition {
  const checked = parseEdition(e);
  if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.reason}`).join('; '));
  return checked.edition;
}

describe('placeIntoFrameOps', () => {
  it('adds the asset and fills the frame proportionally, in one valid batch', () => {
    const { edition: e, frame } = edition();
    const ops = placeIntoFrameOps(e, 'page-1', frame, asset());
    expect(ops.map((o) => o.type)).toEqual(['addAsset', 'updateFrame']);
    const after = valid(applyOps(e, ops).edition);
    const placed = after.pages[0]!.frames[0] as ImageFrame;
    expect(placed).toMatchObject({ assetId: 'asset-new', fit: 'crop', name: 'photo.jpg', crop: coverCrop(frame, asset()) });
  });

  it('renames a frame named after its old picture\'s file', () => {
    const { edition: e, frame } = edition();
    const old = asset({ id: 'asset-old', path: 'assets/keji-jie-photo.png', description: 'A long description' });
    const ops = placeIntoFrameOps({ ...e, assets: [old] }, 'page-1', { ...frame, assetId: 'asset-old', name: 'keji-jie-photo.png' }, asset());
    expect(ops.at(-1)).toMatchObject({ patch: { name: 'photo.jpg' } });
  });

  it('reuses an asset already holding the same file, and keeps a name staff gave the frame', () => {
    const { edition: e, frame } = edition();
    const existing = asset({ id: 'asset-old' });
    const withAsset = { ...e, assets: [existing] };
    const named = { ...frame, name: '头版大图' };
    const ops = placeIntoFrameOps(withAsset, 'page-1', named, asset({ id: 'asset-again' }));
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ type: 'updateFrame', patch: { assetId: 'asset-old' } });
    expect(ops[0]).not.toHaveProperty('patch.name');
  });
});

describe('fitPatch', () => {
  it('sets the model fit for 适合 and crops for the others', () => {
    const { frame } = edition();
    expect(fitPatch(frame, asset(), 'fit')).toEqual({ fit: 'fit', crop: frame.crop });
    expect(fitPatch(frame, asset(), 'fill').fit).toBe('crop');
    expect(fitPatch(frame, asset(), 'actual').crop.scale).toBe(0.24);
  });
});

describe('newPhotoFrameOps', () => {
  it('makes a frame whole columns wide, in proportion, snapped to the grid, on top of the page', () => {
    const { edition: e } = edition();
    const page = e.pages[0]!;
    const { ops, frame } = newPhotoFrameOps(e, page, asset(), 'frame-new', { x: 130, y: 200 });
    expect(ops.map((o) => o.type)).toEqual(['addAsset', 'addFrame']);
    expect(ops[1]).toMatchObject({ index: 1 });
    const edges = columnEdges(e.format);
    expect(edges.some((c) => Math.abs(c.left - frame.x) < 0.01)).toBe(true);
    expect(frame.height / frame.width).toBeCloseTo(2000 / 3000, 2);
    valid(applyOps(e, ops).edition);
  });

  it('keeps a picture that is large at its ppi within the type area', () => {
    const { edition: e } = edition();
    const area = typeArea(e.format);
    const box = photoFrameBox(e.format, { pixelWidth: 20000, pixelHeight: 1000, ppi: 72 }, null);
    expect(box.width).toBeLessThanOrEqual(area.width + 0.01);
    const tall = photoFrameBox(e.format, { pixelWidth: 1000, pixelHeight: 40000, ppi: 72 }, null);
    expect(tall.height).toBeLessThanOrEqual(area.height);
    expect(tall.width / tall.height).toBeCloseTo(1000 / 40000, 3);
  });

  it('centres a new photo on a point (the middle of the view), keeping it on the page near an edge', () => {
    const { edition: e } = edition();
    const photo = { pixelWidth: 3000, pixelHeight: 2000, ppi: 300 };
    const { width, height } = photoFrameBox(e.format, photo, null);
    expect(centredCorner(e.format, photo, { x: 400, y: 600 })).toEqual({ x: 400 - width / 2, y: 600 - height / 2 });
    expect(centredCorner(e.format, photo, { x: 5, y: e.format.trim.height })).toEqual({ x: 0, y: e.format.trim.height - height });
    expect(typeAreaCorner(e.format)).toEqual({ x: typeArea(e.format).x, y: typeArea(e.format).y });
  });
});

describe('assetOps', () => {
  it('appends a new asset at the end', () => {
    const { edition: e } = edition();
    expect(assetOps({ ...e, assets: [asset({ id: 'a', path: 'assets/other.png' })] }, asset()).ops).toEqual([{ type: 'addAsset', index: 1, asset: asset() }]);
  });
});

describe('fitChoiceOf: the fit button shown pressed for a frame', () => {
  const photo = asset({ pixelWidth: 3000, pixelHeight: 2000, ppi: 300 });
  const frameOf = (patch: Partial<ImageFrame>): ImageFrame => ({ ...newImageFrame('f', { x: 0, y: 0, width: 300, height: 200 }), assetId: photo.id, ...patch });

  it('names each choice right after it is made', () => {
    // Letterboxed in a wider frame: fit, cover and actual size are three different scales.
    const frame = frameOf({ fit: 'fit', height: 150 });
    for (const choice of ['fit', 'fill', 'centre', 'actual'] as const) expect(fitChoiceOf({ ...frame, ...fitPatch(frame, photo, choice) }, photo), choice).toBe(choice);
  });

  it('counts a stretched picture as 填满 when the frame has its proportions, and as none when it distorts it', () => {
    expect(fitChoiceOf(frameOf({ fit: 'fill' }), photo)).toBe('fill');
    expect(fitChoiceOf(frameOf({ fit: 'fill', height: 150 }), photo)).toBeNull();
  });

  it('shows none pressed once the picture is panned by hand', () => {
    const frame = frameOf({});
    const filled = { ...frame, ...fitPatch(frame, photo, 'fill') };
    expect(fitChoiceOf({ ...filled, crop: { ...filled.crop, offsetX: filled.crop.offsetX + 5 } }, photo)).toBeNull();
  });
});
