// placeOps.ts: the ops that put an imported picture on the page, built as data so the whole
// import is one undoable step (store.applyOps):
//   into a frame — [addAsset?, updateFrame(assetId, fit, crop, name)]
//   on the page  — [addAsset?, addFrame(new image frame sized to the picture, on the grid)]
// A picture whose file is already an asset of the edition (the same file imported again lands on
// the same path) reuses that asset instead of adding a second record.
import { type Asset, columnEdges, type Edition, type Frame, type ImageFrame, newImageFrame, type Op, type Page, type PageFormat, roundPt, snapFramePosition, spanWidth, typeArea } from '../../shared/model';
import { actualSizeCrop, centreCrop, coverCrop, type Crop } from './cropMath';

/** How a picture sits in its frame: the photo panel's buttons. */
export type FitChoice = 'fit' | 'fill' | 'centre' | 'actual';

export interface FitPatch {
  readonly fit: ImageFrame['fit'];
  readonly crop: Crop;
}

/** 适合 keeps the model's letterboxing 'fit'; the others are crops the user can pan afterwards. */
export function fitPatch(frame: ImageFrame, asset: Asset, choice: FitChoice): FitPatch {
  switch (choice) {
    case 'fit':
      return { fit: 'fit', crop: frame.crop };
    case 'fill':
      return { fit: 'crop', crop: coverCrop(frame, asset) };
    case 'centre':
      return { fit: 'crop', crop: centreCrop(frame, asset) };
    case 'actual':
      return { fit: 'crop', crop: actualSizeCrop(frame, asset) };
  }
}

// Half a percent: a frame drawn to a photo's proportions on the grid is rounded to 0.1 pt.
const PROPORTION_TOLERANCE = 0.005;

/**
 * Which button shows the frame's picture as it sits now, so the panel can show it pressed; null
 * for a picture panned or scaled by hand. A stretched ('fill') picture counts as 填满 when the
 * frame has the picture's proportions (nothing is distorted: it is the covering crop); stretched
 * out of proportion it is none of the four.
 */
export function fitChoiceOf(frame: ImageFrame, asset: Asset): FitChoice | null {
  if (frame.fit === 'fit') return 'fit';
  if (frame.fit === 'fill') return Math.abs((frame.width * asset.pixelHeight) / (frame.height * asset.pixelWidth) - 1) < PROPORTION_TOLERANCE ? 'fill' : null;
  const same = (a: Crop): boolean => Math.abs(a.scale - frame.crop.scale) < 1e-6 && Math.abs(a.offsetX - frame.crop.offsetX) < 0.01 && Math.abs(a.offsetY - frame.crop.offsetY) < 0.01;
  if (same(coverCrop(frame, asset))) return 'fill';
  if (same(actualSizeCrop(frame, asset))) return 'actual';
  // 居中 keeps the picture's scale and centres it: any other centred scale is that choice.
  if (same(centreCrop(frame, asset))) return 'centre';
  return null;
}

/** The asset the edition will hold for `asset`, and the op that adds it when it is new. */
export function assetOps(edition: Edition, asset: Asset): { readonly asset: Asset; readonly ops: Op[] } {
  const existing = edition.assets.find((a) => a.path === asset.path);
  if (existing) return { asset: existing, ops: [] };
  return { asset, ops: [{ type: 'addAsset', index: edition.assets.length, asset }] };
}

/**
 * Places `imported` into an existing image frame, filling it proportionally (newspaper photos
 * fill their frame; the crop can be panned afterwards). A frame named after its old picture (its
 * description or file name) takes the new picture's name; a name staff gave it stays.
 */
export function placeIntoFrameOps(edition: Edition, pageId: string, frame: ImageFrame, imported: Asset): Op[] {
  const { asset, ops } = assetOps(edition, imported);
  const previous = edition.assets.find((a) => a.id === frame.assetId);
  const automatic = previous ? [previous.description, previous.path.slice(previous.path.lastIndexOf('/') + 1)] : [];
  const renamed = frame.name === '' || automatic.includes(frame.name);
  const patch = { assetId: asset.id, ...fitPatch(frame, asset, 'fill'), ...(renamed ? { name: asset.description } : {}) };
  return [...ops, { type: 'updateFrame', pageId, frameId: frame.id, patch }];
}

/**
 * A new frame for the picture on `page`: as wide as the picture at its own ppi, rounded to
 * whole columns and kept within the type area, as tall as its proportions make it, its corner
 * at `at` (a drop point) or the type area's, snapped to column edge and baseline grid.
 */
export function newPhotoFrameOps(edition: Edition, page: Page, imported: Asset, frameId: string, at: { x: number; y: number } | null): { readonly ops: Op[]; readonly frame: ImageFrame } {
  const { asset, ops } = assetOps(edition, imported);
  const box = photoFrameBox(edition.format, asset, at);
  const frame: ImageFrame = { ...newImageFrame(frameId, box, { assetId: asset.id, name: asset.description }), fit: 'crop', crop: coverCrop(box, asset) };
  return { ops: [...ops, { type: 'addFrame', pageId: page.id, index: page.frames.length, frame }], frame };
}

export function photoFrameBox(format: PageFormat, asset: Pick<Asset, 'pixelWidth' | 'pixelHeight' | 'ppi'>, at: { x: number; y: number } | null): { x: number; y: number; width: number; height: number } {
  const area = typeArea(format);
  const columns = columnEdges(format);
  const first = columns[0];
  const pitch = first && columns[1] ? columns[1].left - first.left : area.width;
  const natural = (asset.pixelWidth * 72) / (asset.ppi ?? 72);
  const span = Math.min(columns.length, Math.max(1, Math.round((natural + format.gutter) / pitch)));
  let width = spanWidth(format, span);
  let height = roundPt((width * asset.pixelHeight) / asset.pixelWidth);
  if (height > area.height) {
    // A tall picture: as high as the type area, and as wide as that allows.
    height = area.height;
    width = roundPt(Math.min(width, (height * asset.pixelWidth) / asset.pixelHeight));
  }
  const corner = at ?? { x: area.x, y: area.y };
  const snapped = snapFramePosition({ x: corner.x, y: corner.y, width, height }, format);
  return { x: snapped.x, y: snapped.y, width, height };
}

/** The type area's top left corner, where a new photo goes when nothing says where. */
export function typeAreaCorner(format: PageFormat): { x: number; y: number } {
  const area = typeArea(format);
  return { x: area.x, y: area.y };
}

/**
 * The corner that puts a new photo's frame (photoFrameBox's size) around `centre`, kept on the
 * trimmed page where it fits.
 */
export function centredCorner(format: PageFormat, asset: Pick<Asset, 'pixelWidth' | 'pixelHeight' | 'ppi'>, centre: { x: number; y: number }): { x: number; y: number } {
  const { width, height } = photoFrameBox(format, asset, null);
  const within = (value: number, size: number, limit: number): number => Math.max(0, Math.min(value, limit - size));
  return { x: within(centre.x - width / 2, width, format.trim.width), y: within(centre.y - height / 2, height, format.trim.height) };
}

/** The image frame on `page` (its own frames, not the master's) with this id. */
export function pageImageFrame(page: Page, frameId: string): ImageFrame | null {
  const frame: Frame | undefined = page.frames.find((f) => f.id === frameId);
  return frame?.kind === 'image' ? frame : null;
}
