// assets.tsx: image assets as object URLs for React. The cache itself (assetCache.ts) is made by
// the opening, which starts fetching the first page's photos before React renders; its URLs are
// revoked when the provider goes.
import { createContext, type ReactNode, use, useEffect, useMemo, useState } from 'react';
import type { Host } from '../host';
import { AssetCache } from './assetCache';

type Entry = { state: 'loading' } | { state: 'ready'; url: string } | { state: 'failed'; message: string };

/** performance.mark set at the frame after the first picture was put on the page. */
export const FIRST_PHOTO_PAINT_MARK = 'galley:first-photo-paint';

const AssetContext = createContext<AssetCache | null>(null);

/** Provides `cache` (made by the opening), or a cache of its own over `host`. */
export function AssetProvider({ host, cache: given, children }: { host: Host; cache?: AssetCache; children: ReactNode }): ReactNode {
  const cache = useMemo(() => given ?? new AssetCache(host), [given, host]);
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
  // A picture the opening already fetched and decoded is drawn in the first render.
  const [entry, setEntry] = useState<Entry | null>(() => ready(cache, assetId));
  useEffect(() => {
    if (!cache || assetId === null) {
      setEntry(null);
      return;
    }
    const known = ready(cache, assetId);
    if (known) {
      setEntry((e) => (e?.state === 'ready' && known.state === 'ready' && e.url === known.url ? e : known));
      markPhotoPainted();
      return;
    }
    let live = true;
    setEntry({ state: 'loading' });
    cache.url(assetId).then(
      (url) => {
        if (!live) return;
        setEntry({ state: 'ready', url });
        markPhotoPainted();
      },
      (error: unknown) => live && setEntry({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [cache, assetId]);
  return entry;
}

function ready(cache: AssetCache | null, assetId: string | null): Entry | null {
  const url = cache && assetId !== null ? cache.readyUrl(assetId) : null;
  return url === null ? null : { state: 'ready', url };
}

/** The frame after the first picture was committed: the page is then fully painted (bench). */
function markPhotoPainted(): void {
  if (performance.getEntriesByName(FIRST_PHOTO_PAINT_MARK).length > 0) return;
  requestAnimationFrame(() => {
    if (performance.getEntriesByName(FIRST_PHOTO_PAINT_MARK).length === 0) performance.mark(FIRST_PHOTO_PAINT_MARK);
  });
}
