// layoutSession.ts: the renderer's side of composition, without React. It fetches the faces the
// edition needs (fontNeeds.ts, fontLoader.ts), loads HarfBuzz, builds the LayoutEnv from the same
// bytes main uses, and composes pages with the shared engine through the incremental composer.
// The browser never measures or lays out text: this is the only place text becomes positions.
import type { LayoutEnv } from '../../shared/layout/env';
import { type ComposeParagraph, type FlowOptions, memoisedComposer, type StoryFlow } from '../../shared/layout/flow';
import { createFontCatalog, type Face, type FontId, FontNotFoundError, type GlyphOutlines } from '../../shared/layout/fonts';
import { composeParagraph, type ShapeCache } from '../../shared/layout/inline';
import type { EditionLayout } from '../../shared/layout/output';
import { flowPlacedStory, type PageComposition } from '../../shared/layout/page';
import type { FontListing } from '../../shared/host-api';
import type { Edition } from '../../shared/model';
import type { HostMethods } from '../host';
import { chooseFaces, faceRequests } from './fontNeeds';
import { createFontLoader, FontLoadError, type FontLoader, type FontLoadStats } from './fontLoader';
import { createIncrementalComposer, type IncrementalComposer } from './incremental';

export type LayoutStatus =
  | { readonly phase: 'idle' }
  | { readonly phase: 'loading' }
  | {
      readonly phase: 'ready';
      readonly env: LayoutEnv;
      readonly outlines: GlyphOutlines;
      readonly fonts: FontLoadStats;
      /**
       * The env holds the host's subsets of the faces (the opening's first paint), not yet the
       * whole faces: a character typed meanwhile that a subset lacks is set in a fallback face
       * (or as a missing glyph) until the whole face is in and the page is composed again.
       */
      readonly subset: boolean;
    }
  | {
      readonly phase: 'failed';
      readonly message: string;
      /** The fonts the styles name that this computer lacks ("方正书宋 (bold)"), when that is why. */
      readonly missingFonts?: string;
    };

/** The styles name font families the host does not have. */
export class MissingFontsError extends FontLoadError {
  constructor(readonly fonts: string) {
    super(fonts, 'the styles name these fonts, but the host has no such family');
  }
}

/** performance.mark name set when the first faces and HarfBuzz are ready (the opening's fonts). */
export const FONTS_READY_MARK = 'galley:fonts-ready';
/** The longest the whole faces wait for the first paint after the subsets are in. */
export const WHOLE_FONTS_WAIT_MS = 1500;
/** performance.mark name set when the whole faces have replaced the opening's subsets. */
export const WHOLE_FONTS_MARK = 'galley:whole-fonts';

export interface ShaperSource {
  (): Promise<LayoutEnv['shaper'] & GlyphOutlines & { release?(sha256: string): void }>;
}

// The shape cache is keyed by whole paragraph texts; a long session of edits would grow it
// without end, so it is dropped past this many entries (it refills at the next composition).
const SHAPE_CACHE_LIMIT = 4000;

/**
 * The paragraph composer every renderer composition uses: the engine's defaults (main and the
 * CLI use the same), plus a shape cache and the paragraph memo, which change speed, never output.
 */
export function rendererComposer(): ComposeParagraph {
  const shapeCache: ShapeCache = new Map();
  return memoisedComposer((paragraph, style, styles, measureFor, env) => {
    if (shapeCache.size > SHAPE_CACHE_LIMIT) shapeCache.clear();
    return composeParagraph(paragraph, style, styles, measureFor, env, { shapeCache });
  });
}

export class LayoutSession {
  private readonly loader: FontLoader;
  private composeFn: ComposeParagraph = rendererComposer();
  private composer: IncrementalComposer;
  /** Bumped by every font request, so an older request finishing late cannot shrink the env. */
  private generation = 0;
  private status: LayoutStatus = { phase: 'idle' };
  private readonly listeners = new Set<() => void>();
  private notePaint: () => void = () => {};
  /** Settles at the first paint of composed text (notePainted), or WHOLE_FONTS_WAIT_MS after the subsets are in. */
  private readonly painted = new Promise<void>((resolve) => (this.notePaint = resolve));
  /** The face set of the current env, in priority order, as a key. */
  private loadedKey = '';
  private request: { key: string; done: Promise<void> } | null = null;
  private fontsMarked = false;

  /**
   * @param loadSubsetShaper a shaper of its own for the first paint's subset faces (which have
   *   the ids of the whole faces, so they must not share a shaper's per-face memory with them);
   *   without it the session waits for the whole faces.
   */
  constructor(
    host: Pick<HostMethods, 'listFonts' | 'readFont'>,
    private readonly loadShaper: ShaperSource,
    private readonly options?: FlowOptions,
    private readonly loadSubsetShaper?: ShaperSource,
  ) {
    this.loader = createFontLoader(host);
    this.composer = createIncrementalComposer(this.composeFn, options);
    // The font listing does not depend on the edition: ask for it now, alongside getDocument. A
    // failure here is retried by ensureFonts. HarfBuzz is loaded once the font files are asked
    // for (ensureFrom): evaluating its module here held up handling the edition by ~20 ms.
    this.loader.listing().catch(() => {});
  }

  /**
   * Settles when the font listing has arrived or failed; by then the font files of any
   * ensureFonts call that was waiting for it have been requested.
   */
  listingSettled(): Promise<void> {
    return this.loader.listing().then(
      () => {},
      () => {},
    );
  }

  /** The page view has painted composed text: the whole faces may come now. */
  notePainted(): void {
    this.notePaint();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getStatus = (): LayoutStatus => this.status;

  /** The paragraph composer of the current env (replaced when the whole faces replace subsets). */
  get compose(): ComposeParagraph {
    return this.composeFn;
  }

  get stats() {
    return this.composer.lastStats;
  }

  /**
   * Makes sure the env has every face `edition` needs; resolves when it has (or failed). When the
   * listing has arrived, the missing files are requested before this returns, so a caller inside
   * the store update that brought the edition gets them going before React renders it.
   */
  ensureFonts(edition: Edition): Promise<void> {
    const listed = this.loader.listed();
    if (listed) return this.ensureFrom(listed, edition);
    return this.loader.listing().then(
      (listing) => this.ensureFrom(listing, edition),
      (error: unknown) => this.fail(error),
    );
  }

  private ensureFrom(listing: readonly FontListing[], edition: Edition): Promise<void> {
    let ids: FontId[];
    try {
      ids = this.faceIds(listing, edition);
    } catch (error) {
      this.fail(error);
      return Promise.resolve();
    }
    const key = ids.join(' ');
    if (this.request?.key === key) return this.request.done;
    if (key === this.loadedKey && this.status.phase === 'ready') return Promise.resolve();
    const generation = ++this.generation;
    const current = (): boolean => generation === this.generation;
    let subsetShaper: Awaited<ReturnType<ShaperSource>> | null = null;
    let whole: Promise<Face[]>;
    if (this.status.phase !== 'ready' && this.loadSubsetShaper) {
      // The opening: compose and paint with the host's subsets (~0.7 MB a face instead of
      // 10–15 MB), then fetch the whole faces, after the subsets so they do not share the
      // connection with them, and switch (install below composes again).
      this.set({ phase: 'loading' });
      const first = Promise.all([this.loader.subsetFaces(ids), this.loadSubsetShaper()]).then(([faces, shaper]) => {
        subsetShaper = shaper;
        if (current() && this.status.phase !== 'ready') this.install(key, faces, shaper, true);
        // Nobody may paint (a page with no text, a hidden window): the whole faces come anyway.
        setTimeout(() => this.notePaint(), WHOLE_FONTS_WAIT_MS);
      });
      // The whole faces wait for the first paint: on two cores, 35 MB arriving (the host
      // sending, the browser storing, the page opening the faces) slowed the first render by
      // 0.3–0.5 s. A subset that fails costs nothing but time: the whole faces follow at once.
      whole = first.then(
        () => this.painted.then(() => this.loader.faces(ids)),
        () => this.loader.faces(ids),
      );
    } else {
      if (this.status.phase !== 'ready') this.set({ phase: 'loading' });
      // faces() starts the fetches first; HarfBuzz arrives long before the fonts do.
      whole = this.loader.faces(ids);
    }
    const done = Promise.all([whole, this.loadShaper()])
      .then(([opened, shaper]) => {
        if (current()) this.install(key, opened, shaper, false);
        // The subsets' shaper is done with: free their copies in its wasm heap.
        for (const id of ids) subsetShaper?.release?.(id.slice('sha256:'.length, id.indexOf('#')));
      })
      .catch((error: unknown) => {
        if (current()) this.fail(error);
      });
    this.request = { key, done };
    return done;
  }

  /**
   * Whether the faces `edition` needs are on their way (or will be, once its ensureFonts call
   * is made): the env lacks a face of a family the host lists. A story placed in a style whose
   * face was not loaded yet then composes as soon as it arrives; until then the page view
   * waits instead of reporting a failure (a family the host lacks is one, and says so).
   */
  awaitsFonts(edition: Edition): boolean {
    if (this.status.phase === 'failed') return false;
    const listed = this.loader.listed();
    if (!listed || this.status.phase !== 'ready') return true;
    try {
      return this.faceIds(listed, edition).join(' ') !== this.loadedKey;
    } catch {
      return false;
    }
  }

  /** The faces of the env that can compose `edition`, in the listing's priority order. */
  private faceIds(listing: readonly FontListing[], edition: Edition): FontId[] {
    const choice = chooseFaces(listing, faceRequests(edition));
    if (choice.unresolved.length > 0) {
      throw new MissingFontsError(choice.unresolved.map((r) => `${r.family} (${r.weight})`).join(', '));
    }
    // Keep every face loaded so far: the env only grows, so a layout never loses a face.
    const current = this.status.phase === 'ready' ? this.status.env.fonts.faces.map((f) => f.id) : [];
    const order = new Map(listing.map((f, i) => [f.id, i]));
    return [...new Set<FontId>([...current, ...choice.ids])].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  }

  private fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.set(error instanceof MissingFontsError ? { phase: 'failed', message, missingFonts: error.fonts } : { phase: 'failed', message });
  }

  private install(key: string, faces: readonly Face[], shaper: LayoutEnv['shaper'] & GlyphOutlines, subset: boolean): void {
    if (!this.fontsMarked) {
      this.fontsMarked = true;
      performance.mark(FONTS_READY_MARK);
    }
    const wasSubset = this.status.phase === 'ready' && this.status.subset;
    if (wasSubset && !subset) {
      // Paragraphs composed with subsets may hold fallbacks for characters typed meanwhile, under
      // the same face ids: nothing composed with them is reused.
      this.composeFn = rendererComposer();
      this.composer = createIncrementalComposer(this.composeFn, this.options);
      performance.mark(WHOLE_FONTS_MARK);
    }
    this.loadedKey = key;
    if (!subset) this.request = null;
    this.set({ phase: 'ready', env: { fonts: createFontCatalog(faces), shaper }, outlines: shaper, fonts: this.loader.stats(), subset });
  }

  /** One page of the edition, composed with the current env; only changed stories are reflowed. */
  composePage(edition: Edition, pageId: string, env: LayoutEnv): PageComposition {
    return this.composer.composePage(edition, pageId, env);
  }

  /** The story's last flow through its whole thread, or null (see IncrementalComposer.storyFlow). */
  storyFlow(story: Edition['stories'][number]): StoryFlow | null {
    return this.composer.storyFlow(story);
  }

  /**
   * Whether `storyId` is overset as `edition` places it (an edition with a frame not made yet:
   * the drop of a story sizes its frame with this), or null while the fonts are loading.
   */
  readonly storyOverset = (edition: Edition, storyId: string): boolean | null => {
    if (this.status.phase !== 'ready') return null;
    try {
      const flow = flowPlacedStory(edition, storyId, this.status.env, this.compose);
      return flow === null ? null : (flow.overset?.chars ?? 0) > 0;
    } catch (error) {
      // A face the story's styles name that is still on its way (ensureFonts): no answer yet.
      if (error instanceof FontNotFoundError) return null;
      throw error;
    }
  };

  /** The whole edition through the same memory (the test hook compares it with the engine's). */
  composeEdition(edition: Edition, env: LayoutEnv): EditionLayout {
    return this.composer.composeEdition(edition, env);
  }

  private set(status: LayoutStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}
