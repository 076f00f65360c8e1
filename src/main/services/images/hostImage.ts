// hostImage.ts: the photo host methods on an open edition (session/hostHandlers.ts wires them):
// importImage from a validated request, and readAsset's screen rendition. Import failures the
// user can act on become invalid-request with the file's name and the reason.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ImportImageRequest } from '../../../shared/image-api';
import type { Asset, Edition } from '../../../shared/model';
import { ServiceError } from '../errors';
import { containedPath } from '../store';
import { ImageImportError } from './imageFacts';
import { importImageFile } from './importImage';

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
    if (error instanceof ImageImportError) throw new ServiceError('invalid-request', error.message);
    throw error;
  }
}

const PREVIEW_MIME: Readonly<Record<string, string>> = { jpg: 'image/jpeg', png: 'image/png' };

/**
 * The bytes the page view shows: the asset's preview where it has one, else the file itself.
 * A preview that has gone missing falls back to the original (the view then shows what the
 * browser can make of it) rather than failing the page.
 */
export async function readScreenRendition(session: ImageSessionView, assetId: string): Promise<{ mime: string; bytes: Uint8Array }> {
  const asset = session.edition.assets.find((a) => a.id === assetId);
  const preview = asset?.preview ?? null;
  if (preview === null) return session.readAsset(assetId);
  const where = await containedPath(session.dir, preview);
  const mime = PREVIEW_MIME[preview.slice(preview.lastIndexOf('.') + 1).toLowerCase()];
  if (!where.ok || mime === undefined) return session.readAsset(assetId);
  const bytes = await readFile(where.real);
  return { mime, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}
