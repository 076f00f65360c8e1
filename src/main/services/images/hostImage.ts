// hostImage.ts: the photo host methods on an open edition (session/hostHandlers.ts wires them):
// importImage from a validated request, and readAsset's screen rendition. Import failures the
// user can act on become invalid-request with the file's name and the reason.
import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ImportImageRequest } from '../../../shared/image-api';
import type { Asset, Edition } from '../../../shared/model';
import { ServiceError } from '../errors';
import type { HostHandlers } from '../hostDispatch';
import { containedPath } from '../store';
import { ImageImportError } from './imageFacts';
import { importImageFile } from './importImage';
import { makeScreenRendition, SCREEN_MAX_PX } from './preview';

/** What these methods need of the session (kept structural: the session module wires this one). */
export interface ImageSessionView {
  readonly dir: string;
  readonly name: string;
  readonly edition: Edition;
  readonly readOnly: boolean;
  readAsset(assetId: string): Promise<{ mime: string; bytes: Uint8Array }>;
}

export async function importImageForSession(session: ImageSessionView, req: ImportImageRequest, newId: () => string = () => `asset-${randomUUID()}`): Promise<Asset> {
  if (session.readOnly) throw new ServiceError('read-only', `${session.name} is open read-only; ${req.name} was not imported`);
  // The request schema has checked the alphabet and the length; decoding cannot fail now.
  const bytes = Buffer.from(req.base64, 'base64');
  try {
    return await importImageFile({ editionDir: session.dir, name: req.name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), assetId: newId() });
  } catch (error) {
    if (error instanceof ImageImportError) throw new ServiceError('invalid-request', error.message, error.refusal);
    throw error;
  }
}

const PREVIEW_MIME: Readonly<Record<string, string>> = { jpg: 'image/jpeg', png: 'image/png' };

/**
 * The bytes the page view shows: the asset's preview where it has one; else, for a photo larger
 * than the screen needs (over SCREEN_MAX_PX or SCREEN_MAX_BYTES), a rendition sized for the
 * screen (preview.ts makeScreenRendition, cached); else the file itself. A preview that has gone
 * missing falls back to the original (the view then shows what the browser can make of it)
 * rather than failing the page.
 */
export async function readScreenRendition(session: ImageSessionView, assetId: string): Promise<{ mime: string; bytes: Uint8Array }> {
  const asset = session.edition.assets.find((a) => a.id === assetId);
  const preview = asset?.preview ?? null;
  if (preview === null) {
    const original = await session.readAsset(assetId);
    const large = asset !== undefined && (Math.max(asset.pixelWidth, asset.pixelHeight) > SCREEN_MAX_PX || original.bytes.byteLength > SCREEN_MAX_BYTES);
    if (!large || !SCREEN_SIZED_MIMES.has(original.mime)) return original;
    return screenSized(original);
  }
  const where = await containedPath(session.dir, preview);
  const mime = PREVIEW_MIME[preview.slice(preview.lastIndexOf('.') + 1).toLowerCase()];
  if (!where.ok || mime === undefined) return session.readAsset(assetId);
  const bytes = await readFile(where.real);
  return { mime, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/**
 * A file above this size gets a screen rendition even when its pixels fit: a 1600 px PNG photo is
 * 2 MB, its JPEG a tenth of that, and the page view downloads and decodes it during the opening.
 */
const SCREEN_MAX_BYTES = 1024 * 1024;
/** Files the screen rendition is made from (TIFF and CMYK have their stored preview instead). */
const SCREEN_SIZED_MIMES = new Set(['image/jpeg', 'image/png']);
/** Renditions kept, by the original's hash: a photo is resized once per process, not per opening. */
const SCREEN_CACHE_LIMIT = 32;
const screenCache = new Map<string, Promise<{ mime: string; bytes: Uint8Array }>>();

/**
 * The original at most SCREEN_MAX_PX on its long side (preview.ts), cached by its content. A file
 * sharp cannot resize is shown as it is, as before there were renditions.
 */
function screenSized(original: { mime: string; bytes: Uint8Array }): Promise<{ mime: string; bytes: Uint8Array }> {
  const key = createHash('sha256').update(original.bytes).digest('hex');
  let made = screenCache.get(key);
  if (!made) {
    made = makeScreenRendition(original.bytes).catch(() => original);
    if (screenCache.size >= SCREEN_CACHE_LIMIT) screenCache.delete(screenCache.keys().next().value ?? '');
    screenCache.set(key, made);
  }
  return made;
}

/**
 * Makes the screen renditions of the photos on the edition's first page before the window asks
 * for them (the first paint includes the photo). Run when an edition is opened.
 */
export async function prewarmScreenRenditions(handlers: Pick<HostHandlers, 'getDocument' | 'readAsset'>): Promise<number> {
  const { edition } = await handlers.getDocument({});
  const first = edition.pages[0];
  let made = 0;
  for (const frame of first?.frames ?? []) {
    if (frame.kind !== 'image' || frame.assetId === null) continue;
    await handlers.readAsset({ assetId: frame.assetId, rendition: 'screen' }).then(
      () => (made += 1),
      () => {},
    );
  }
  return made;
}
