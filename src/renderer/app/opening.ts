// opening.ts: the part of opening the window that needs no React. It runs from the renderer's
// small entry chunk (main.tsx), before the chunk with React, the panels and the story editor has
// even arrived: it asks for the edition, the font listing and HarfBuzz at once, and for the font
// files the moment the edition and the listing are both here. An opening waits for ~36 MB of
// fonts, so every request that leaves earlier shortens it (issue 5 §6).
import { AssetCache } from '../canvas/assetCache';
import type { Host } from '../host';
import { loadHarfBuzzShaper, loadSubsetShaper } from '../layout/harfbuzz';
import { LayoutSession } from '../layout/layoutSession';
import { currentEdition } from '../state/editorState';
import { EditorStore } from '../state/editorStore';

/**
 * The longest the first render waits for the font files to be requested. Rendering the
 * workspace takes the main thread for 0.1–0.2 s, and a font listing that arrives during it
 * waits, with the downloads, until it is done; but a slow host (a first listing of the system
 * fonts) must not keep the window blank.
 */
export const FIRST_RENDER_WAIT_MS = 300;

/** The window's document store, layout session and picture cache, already at work. */
export interface Opening {
  readonly store: EditorStore;
  readonly layout: LayoutSession;
  /** Already fetching the first page's photos (as screen renditions). */
  readonly assets: AssetCache;
  /**
   * Settles when the edition and the font listing have arrived (the font files are then
   * requested) or failed, or after FIRST_RENDER_WAIT_MS, whichever is first.
   */
  readonly requested: Promise<void>;
}

export function startOpening(host: Host, wait: (ms: number) => Promise<void> = delay): Opening {
  const store = new EditorStore(host);
  // The session asks for the font listing and HarfBuzz as it is made.
  const layout = new LayoutSession(host, loadHarfBuzzShaper, undefined, loadSubsetShaper);
  const assets = new AssetCache(host);
  forFirstEdition(store, layout, assets);
  // load() settles after the store update that brought the edition, which has asked for the
  // fonts when the listing was here; listingSettled() after the fonts waiting for it were asked.
  const arrived = Promise.all([store.load(), layout.listingSettled()]).then(() => {});
  return { store, layout, assets, requested: Promise.race([arrived, wait(FIRST_RENDER_WAIT_MS)]) };
}

/**
 * Asks for the fonts and the first page's photos of the first edition the store holds from
 * inside the store update that brought it, not from the page view's effects after React has
 * rendered the whole workspace. Later editions and edits are the page view's business
 * (usePageLayout, useAssetUrl), so this listens once.
 */
function forFirstEdition(store: EditorStore, layout: LayoutSession, assets: AssetCache): void {
  const stop = store.subscribe(() => {
    const edition = currentEdition(store.getState());
    if (!edition) return;
    stop();
    void layout.ensureFonts(edition);
    const first = edition.pages[0];
    assets.prefetch((first?.frames ?? []).flatMap((f) => (f.kind === 'image' && f.assetId !== null ? [f.assetId] : [])));
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
