// imageFacts.ts: what preflight needs to know about each placed image's file. The export
// pipeline has already prepared the print images (export/images, PrintImage): their report says
// the source colour and the highest total ink of the pixels as printed, so those are taken as
// they are. For frames it did not prepare (a check on its own, or pages not being exported),
// the file is looked at here: does it exist, and what colour is it (sharp's header read, no
// decoding). Total ink is not measured here: it needs the pixels converted to the output CMYK,
// which only the print-image preparation does, so it stays null (unmeasured) rather than guessed.
import { join } from 'node:path';
import sharp from 'sharp';
import { pageFrames } from '../../../shared/layout/flow';
import type { Asset, Edition } from '../../../shared/model';
import { frameKey, type ImageFacts, type ImageSourceColor } from '../../../shared/preflight';
import type { PrintImage } from '../export/printTypes';

/** sharp's interpretation names → the three colours preflight tells apart. */
function colorOf(space: string | undefined): ImageSourceColor | null {
  switch (space) {
    case 'srgb':
    case 'rgb':
    case 'rgb16':
    case 'scrgb':
      return 'rgb';
    case 'cmyk':
      return 'cmyk';
    case 'b-w':
    case 'grey16':
      return 'grey';
    default:
      return null;
  }
}

/** The file's facts, or missing when it cannot be found or read as an image. */
async function readFacts(editionDir: string, asset: Asset): Promise<ImageFacts> {
  try {
    const meta = await sharp(join(editionDir, asset.path)).metadata();
    return { missing: false, sourceColor: colorOf(meta.space), maxInk: null };
  } catch {
    // Not there, unreadable, or not an image sharp can open: either way it cannot be printed.
    return { missing: true, sourceColor: null, maxInk: null };
  }
}

function fromPrintImage(image: PrintImage): ImageFacts {
  return { missing: false, sourceColor: image.report.sourceColor, maxInk: image.report.maxInk };
}

/**
 * Facts for every image frame with an asset on every page (master frames included), keyed by
 * frameKey(pageId, frameId), the same key as the pipeline's imageKey. Each file is read once.
 */
export async function gatherImageFacts(edition: Edition, editionDir: string, prepared?: ReadonlyMap<string, PrintImage>): Promise<Map<string, ImageFacts>> {
  const assets = new Map(edition.assets.map((a) => [a.id, a]));
  const perAsset = new Map<string, Promise<ImageFacts>>();
  const facts = new Map<string, ImageFacts>();
  for (const page of edition.pages) {
    for (const frame of pageFrames(edition, page)) {
      if (frame.kind !== 'image' || frame.assetId === null) continue;
      const key = frameKey(page.id, frame.id);
      const image = prepared?.get(key);
      if (image) {
        facts.set(key, fromPrintImage(image));
        continue;
      }
      const asset = assets.get(frame.assetId);
      if (!asset) continue; // the rule reports the missing record
      let pending = perAsset.get(asset.id);
      if (!pending) perAsset.set(asset.id, (pending = readFacts(editionDir, asset)));
      facts.set(key, await pending);
    }
  }
  return facts;
}
