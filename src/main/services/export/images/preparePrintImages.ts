// preparePrintImages.ts: every image frame on the exported pages (master frames included) →
// a PrintImage keyed by imageKey(pageId, frameId), which the PDF painter embeds and preflight
// reads (source colour, effective ppi, highest total ink). Each asset file is read once, and
// each (asset, pixel size) variant is converted and encoded once: frames that show the same
// variant share its bytes, so the painter embeds it once per document.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageFrames } from '../../../../shared/layout/flow';
import { imagePlacement } from '../../../../shared/layout/imagePlacement';
import type { PageLayout } from '../../../../shared/layout/output';
import type { Asset, Edition, ImageFrame, OutputSettings } from '../../../../shared/model';
import { imageKey, type OutputProfile, type PrintImage } from '../printTypes';
import { ImageSourceError, prepareImage, readSourceFacts, type SourceFacts } from './prepareImage';
import { printPixelSize } from './resolution';

export interface PreparePrintImagesOptions {
  readonly edition: Edition;
  /** The edition folder; asset paths are relative to it. */
  readonly editionDir: string;
  /** The pages being exported (PageLayouts, or anything with their page ids). */
  readonly pages: readonly Pick<PageLayout, 'pageId'>[];
  readonly settings: Pick<OutputSettings, 'imageCeilingPpi'>;
  readonly profile: Pick<OutputProfile, 'bytes'>;
  /**
   * Called for a frame whose file is missing or unreadable, which is then left out of the map
   * (its frame prints empty). Without it, such a frame throws its PrintImageError.
   */
  readonly onProblem?: (problem: PrintImageError) => void;
}

/** A placed image that cannot be prepared: the file (relative to the edition), where it is placed, why. */
export class PrintImageError extends Error {
  override readonly name = 'PrintImageError';
  constructor(
    readonly kind: 'missing' | 'unreadable',
    readonly file: string,
    readonly pageLabel: string,
    readonly frameId: string,
    readonly reason: string,
  ) {
    super(`${file} (page ${pageLabel}, frame ${frameId}): ${reason}`);
  }
}

interface LoadedAsset {
  readonly bytes: Uint8Array;
  readonly source: SourceFacts;
}

async function loadAsset(editionDir: string, asset: Asset): Promise<LoadedAsset | { kind: 'missing' | 'unreadable'; reason: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(join(editionDir, ...asset.path.split('/'))));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { kind: 'missing', reason: `the file does not exist in the edition folder ${editionDir}` } : { kind: 'unreadable', reason: `the file cannot be read (${code ?? String(error)})` };
  }
  try {
    return { bytes, source: await readSourceFacts(bytes) };
  } catch (error) {
    if (error instanceof ImageSourceError) return { kind: 'unreadable', reason: error.message };
    throw error;
  }
}

/** sharp reads profiles from files only; the profile lives in a private temporary folder meanwhile. */
async function withProfileFile<T>(profile: Pick<OutputProfile, 'bytes'>, use: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-profile-'));
  try {
    const path = join(dir, 'output.icc');
    await writeFile(path, profile.bytes);
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function preparePrintImages(options: PreparePrintImagesOptions): Promise<Map<string, PrintImage>> {
  const { edition } = options;
  const assets = new Map(edition.assets.map((a) => [a.id, a]));
  const wanted = new Set(options.pages.map((p) => p.pageId));
  const placed: Array<{ key: string; pageLabel: string; frame: ImageFrame & { assetId: string }; asset: Asset }> = [];
  for (const page of edition.pages) {
    if (!wanted.has(page.id)) continue;
    for (const frame of pageFrames(edition, page)) {
      if (frame.kind !== 'image' || frame.assetId === null) continue;
      const asset = assets.get(frame.assetId);
      // parseEdition guarantees the record exists; a frame without one has nothing to print.
      if (asset) placed.push({ key: imageKey(page.id, frame.id), pageLabel: page.label, frame: { ...frame, assetId: frame.assetId }, asset });
    }
  }
  const result = new Map<string, PrintImage>();
  if (placed.length === 0) return result;

  return withProfileFile(options.profile, async (profilePath) => {
    const loaded = new Map<string, Promise<Awaited<ReturnType<typeof loadAsset>>>>();
    const variants = new Map<string, Promise<PrintImage>>();
    for (const { key, pageLabel, frame, asset } of placed) {
      let pending = loaded.get(asset.id);
      if (!pending) loaded.set(asset.id, (pending = loadAsset(options.editionDir, asset)));
      const file = await pending;
      if (!('bytes' in file)) {
        const problem = new PrintImageError(file.kind, asset.path, pageLabel, frame.id, file.reason);
        if (!options.onProblem) throw problem;
        options.onProblem(problem);
        continue;
      }
      // Placed by the asset record's pixel size, exactly as the page view places it; resolution
      // from the file's own pixels.
      const { image } = imagePlacement(frame, asset);
      const size = printPixelSize(image, file.source, options.settings.imageCeilingPpi);
      const variantKey = `${asset.id}\n${size.width}x${size.height}`;
      let variant = variants.get(variantKey);
      if (!variant) {
        const request = { assetId: asset.id, bytes: file.bytes, source: file.source, width: size.width, height: size.height, profilePath, effectivePpi: size.effectivePpi };
        variants.set(variantKey, (variant = prepareImage(request)));
      }
      let prepared: PrintImage;
      try {
        prepared = await variant;
      } catch (error) {
        if (!(error instanceof ImageSourceError)) throw error;
        const problem = new PrintImageError('unreadable', asset.path, pageLabel, frame.id, error.message);
        if (!options.onProblem) throw problem;
        options.onProblem(problem);
        continue;
      }
      // The same bytes, with this frame's own effective resolution in the report.
      result.set(key, prepared.report.effectivePpi === size.effectivePpi ? prepared : { ...prepared, report: { ...prepared.report, effectivePpi: size.effectivePpi } });
    }
    return result;
  });
}
