// imageRules.ts: placed images. From the model: the effective resolution (the asset's pixels
// over the size the image is drawn at) against edition.output's thresholds, and frames whose
// asset record is gone. From the gathered facts (input.ts): a file missing from the edition
// folder, an RGB source (listed: export converts it through the output profile), and total ink
// over the limit measured on the print pixels.
import { effectivePpi, imagePlacement } from '../layout/imagePlacement';
import type { Asset, ImageFrame } from '../model';
import type { PreflightContext } from './context';
import { frameKey, type ImageFacts } from './input';
import type { PreflightIssue } from './report';

/**
 * Pixels per inch on the page, the lower of the two axes, with the image placed exactly as every
 * painter places it (layout/imagePlacement.ts: fill stretches, fit letterboxes, crop uses its own
 * scale); null for an image drawn at no size. The part a crop cuts off does not change it.
 */
export function imageFramePpi(frame: ImageFrame, asset: Pick<Asset, 'pixelWidth' | 'pixelHeight'>): number | null {
  const { image } = imagePlacement(frame, asset);
  if (!(image.width > 0) || !(image.height > 0)) return null;
  const ppi = effectivePpi(image, asset);
  return Math.min(ppi.x, ppi.y);
}

/**
 * RGB sources are an info note, not a warning: export converts them with a real colour engine
 * through the output profile, which is what it is meant to do. The note tells staff that the
 * printed colours are the profile's rendering of the RGB (saturated screen colours come out
 * duller on newsprint), so a picture editor can look before the plant does.
 */
const RGB_SEVERITY = 'info';

export function imageIssues(ctx: PreflightContext, images: ReadonlyMap<string, ImageFacts>): PreflightIssue[] {
  const { edition } = ctx;
  const settings = edition.output;
  const assets = new Map(edition.assets.map((a) => [a.id, a]));
  const issues: PreflightIssue[] = [];
  for (const page of edition.pages) {
    for (const frame of ctx.framesOf(page)) {
      if (frame.kind !== 'image' || frame.assetId === null) continue; // empty frames: frameRules
      const where = { pageId: page.id, frameId: frame.id };
      const asset = assets.get(frame.assetId);
      if (!asset) {
        issues.push(ctx.issue('image-missing', 'error', where, { path: frame.assetId }));
        continue;
      }
      const facts = images.get(frameKey(page.id, frame.id));
      if (facts?.missing) {
        issues.push(ctx.issue('image-missing', 'error', where, { path: asset.path }));
        continue;
      }
      const ppi = imageFramePpi(frame, asset);
      if (ppi !== null && ppi < settings.imageWarnPpi) {
        const error = ppi < settings.imageErrorPpi;
        issues.push(ctx.issue('image-low-res', error ? 'error' : 'warning', where, { ppi: Math.floor(ppi), threshold: error ? settings.imageErrorPpi : settings.imageWarnPpi }));
      }
      if (facts?.sourceColor === 'rgb') issues.push(ctx.issue('image-rgb-converted', RGB_SEVERITY, where, { path: asset.path }));
      if (facts && facts.maxInk !== null && facts.maxInk > settings.inkLimit) {
        issues.push(ctx.issue('image-ink-over-limit', 'error', where, { ink: Math.ceil(facts.maxInk * 10) / 10, limit: settings.inkLimit }));
      }
    }
  }
  return issues;
}
