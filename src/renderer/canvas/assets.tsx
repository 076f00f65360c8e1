// assets.tsx: image assets as object URLs. Bytes come from the host once per asset (its screen
// rendition: the preview of a TIFF or CMYK file) and live as Blobs for as long as the page view
// does; the URLs are revoked when it goes.
import { createContext, type ReactNode, use, useEffect, useMemo, useState } from 'react';
import { type Host, HostError } from '../host';

type Entry = { state: 'loading' } | { state: 'ready'; url: string } | { state: 'failed'; message: string };

/**
 * Waits before asking again for an asset the host does not know yet. A picture just imported is
 * drawn at once, while the op that adds its record is still on its way to the host.
 */
const NOT_FOUND_RETRY_MS = [150, 400, 1000, 2500];

class AssetCache {
  private readonly entries = new Map<string, Promise<string>>();
  private readonly urls: string[] = [];

  constructor(private readonly host: Host) {}

  url(assetId: string): Promise<string> {
    let entry = this.entries.get(assetId);
    if (!entry) {
      // The screen rendition: a TIFF's or CMYK file's sRGB preview, else the file itself.
      entry = this.read(assetId).then(({ mime, base64 }) => {
        const url = URL.createObjectURL(new Blob([decodeBase64(base64)], { type: mime }));
        this.urls.push(url);
        return url;
      });
      // A failed read is not cached, so the next render can try again.
      entry.catch(() => this.entries.delete(assetId));
      this.entries.set(assetId, entry);
    }
    return entry;
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
  }

  private async read(assetId: string): Promise<{ mime: string; base64: string }> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.host.readAsset({ assetId, rendition: 'screen' });
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
  }
}

function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const AssetContext = createContext<AssetCache | null>(null);

export function AssetProvider({ host, children }: { host: Host; children: ReactNode }): ReactNode {
  const cache = useMemo(() => new AssetCache(host), [host]);
  useEffect(() => () => cache.dispose(), [cache]);
  return <AssetContext value={cache}>{children}</AssetContext>;
}

/** Seeds the page view's picture cache (see AssetCache.seed); null outside an AssetProvider. */
export function useAssetSeed(): ((assetId: string, blob: Blob) => void) | null {
  const cache = use(AssetContext);
  return useMemo(() => (cache ? (assetId: string, blob: Blob) => cache.seed(assetId, blob) : null), [cache]);
}

export function useAssetUrl(assetId: string | null): Entry | null {
  const cache = use(AssetContext);
  const [entry, setEntry] = useState<Entry | null>(null);
  useEffect(() => {
    if (!cache || assetId === null) {
      setEntry(null);
      return;
    }
    let live = true;
    setEntry({ state: 'loading' });
    cache.url(assetId).then(
      (url) => live && setEntry({ state: 'ready', url }),
      (error: unknown) => live && setEntry({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [cache, assetId]);
  return entry;
}
