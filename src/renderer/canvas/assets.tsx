// assets.tsx: image assets as object URLs. Bytes come from the host once per asset and live as
// Blobs for as long as the page view does; the URLs are revoked when it goes.
import { createContext, type ReactNode, use, useEffect, useMemo, useState } from 'react';
import type { Host } from '../host';

type Entry = { state: 'loading' } | { state: 'ready'; url: string } | { state: 'failed'; message: string };

class AssetCache {
  private readonly entries = new Map<string, Promise<string>>();
  private readonly urls: string[] = [];

  constructor(private readonly host: Host) {}

  url(assetId: string): Promise<string> {
    let entry = this.entries.get(assetId);
    if (!entry) {
      entry = this.host.readAsset({ assetId }).then(({ mime, base64 }) => {
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
