// assetCache.ts: image assets as object URLs, without React, so the opening (app/opening.ts) can
// ask for the first page's photos in the same store update that brought the edition, long before
// the page view mounts. Bytes come from the host once per asset (its screen rendition: a large
// photo sized for the screen, or the preview of a TIFF or CMYK file), as bytes where the transport
// allows (host.readAssetBytes), and are decoded before the URL is handed out, so the page view
// draws a picture that is ready. The URLs live as long as the cache; dispose() revokes them.
import { type Host, HostError } from '../host';
import { decodeBase64 } from '../host/httpAsset';

/** performance.mark set when the first picture is downloaded and decoded (bench/editor.bench.ts). */
export const FIRST_PHOTO_DECODED_MARK = 'galley:first-photo-decoded';

/**
 * Waits before asking again for an asset the host does not know yet. A picture just imported is
 * drawn at once, while the op that adds its record is still on its way to the host.
 */
const NOT_FOUND_RETRY_MS = [150, 400, 1000, 2500];

export class AssetCache {
  private readonly entries = new Map<string, Promise<string>>();
  /** URLs of pictures already decoded, for a first render that can show them at once. */
  private readonly done = new Map<string, string>();
  private readonly urls: string[] = [];

  constructor(private readonly host: Pick<Host, 'readAsset' | 'readAssetBytes'>) {}

  url(assetId: string): Promise<string> {
    let entry = this.entries.get(assetId);
    if (!entry) {
      entry = this.read(assetId).then(async ({ mime, bytes }) => {
        const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
        this.urls.push(url);
        await decoded(url);
        this.done.set(assetId, url);
        return url;
      });
      // A failed read is not cached, so the next render can try again.
      entry.catch(() => this.entries.delete(assetId));
      this.entries.set(assetId, entry);
    }
    return entry;
  }

  /** The picture's URL when it is downloaded and decoded, else null. */
  readyUrl(assetId: string): string | null {
    return this.done.get(assetId) ?? null;
  }

  /** Starts fetching the pictures before anyone shows them (failures wait for url() to report). */
  prefetch(assetIds: Iterable<string>): void {
    for (const id of assetIds) this.url(id).catch(() => {});
  }

  /**
   * Shows `blob` for `assetId` without asking the host: the bytes of a picture just imported,
   * which the window already holds (only for files a browser shows as they are).
   */
  seed(assetId: string, blob: Blob): void {
    if (this.entries.has(assetId)) return;
    const url = URL.createObjectURL(blob);
    this.urls.push(url);
    this.entries.set(assetId, Promise.resolve(url));
    this.done.set(assetId, url);
  }

  private async read(assetId: string): Promise<{ mime: string; bytes: Uint8Array<ArrayBuffer> }> {
    const req = { assetId, rendition: 'screen' as const };
    for (let attempt = 0; ; attempt++) {
      try {
        if (this.host.readAssetBytes) return await this.host.readAssetBytes(req);
        const { mime, base64 } = await this.host.readAsset(req);
        return { mime, bytes: decodeBase64(base64) };
      } catch (error) {
        const wait = NOT_FOUND_RETRY_MS[attempt];
        if (wait === undefined || !(error instanceof HostError && error.code === 'not-found')) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  dispose(): void {
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.urls.length = 0;
    this.entries.clear();
    this.done.clear();
  }
}

/**
 * Decodes the picture off the main thread (img.decode()), so the <image> showing the same URL
 * paints without a decode of its own. A picture the browser cannot decode is still handed out:
 * the page view shows what it can, as before.
 */
async function decoded(url: string): Promise<void> {
  if (typeof Image === 'undefined') return;
  const img = new Image();
  img.src = url;
  try {
    await img.decode();
    if (performance.getEntriesByName(FIRST_PHOTO_DECODED_MARK).length === 0) performance.mark(FIRST_PHOTO_DECODED_MARK);
  } catch {
    // Not decodable here; the <image> element reports nothing either, and the frame stays drawn.
  }
}
