// composeWithFonts.ts: the composition engine in the main process. An edition is composed with
// the font service's faces (the edition's fonts/, the defaults, and the system fonts its styles
// name) and HarfBuzz, through the shared page composer and the real paragraph composer. Loading
// the faces costs about 200 ms (the CJK files are 10–15 MB), so the LayoutEnv is kept per
// process; so are shaped runs and composed paragraphs, since most recompositions set the same
// paragraphs again.
import type { LayoutEnv } from '../../../shared/layout/env';
import { composeParagraph, type ShapeCache } from '../../../shared/layout/inline';
import { type ComposeParagraph, type FlowOptions, memoisedComposer } from '../../../shared/layout/flow';
import type { EditionLayout } from '../../../shared/layout/output';
import { composeEdition, composePage, type PageComposition } from '../../../shared/layout/page';
import type { Edition } from '../../../shared/model';
import { type FontService, loadLayoutEnv } from '../fonts';
import { addPhaseTime, timingsEnabled } from '../timings';

export interface ComposeWithFontsOptions {
  readonly fonts: FontService;
  /** The edition folder, whose fonts/ come first; absent for an edition not on disk. */
  readonly editionDir?: string;
  readonly flow?: FlowOptions;
}

/**
 * Shaped runs are in font units, keyed by text, segments and face ids, so they are valid for any
 * edition and size. Bounded because a long editing session shapes every intermediate text:
 * past the limit the cache starts again (a simple bound, no LRU bookkeeping on the hot path).
 */
const SHAPE_CACHE_LIMIT = 20_000;

interface EnvEntry {
  readonly env: Promise<LayoutEnv>;
  readonly compose: ComposeParagraph;
}

const envs = new WeakMap<FontService, Map<string, EnvEntry>>();

/** The font families an edition's styles name: system fonts of other families are not opened. */
export function editionFamilies(edition: Edition): string[] {
  const families = new Set<string>();
  for (const style of edition.styles.paragraph) {
    families.add(style.font.cjk);
    families.add(style.font.latin);
  }
  return [...families].sort();
}

function envEntry(edition: Edition, options: ComposeWithFontsOptions): EnvEntry {
  let perService = envs.get(options.fonts);
  if (!perService) {
    perService = new Map();
    envs.set(options.fonts, perService);
  }
  const families = editionFamilies(edition);
  const key = JSON.stringify([options.editionDir ?? null, families]);
  let entry = perService.get(key);
  if (!entry) {
    const env = loadLayoutEnv(options.fonts, { ...(options.editionDir === undefined ? {} : { editionDir: options.editionDir }), families });
    entry = { env, compose: cachedComposer(new Map()) };
    // A failed load (a damaged edition font) is not remembered: the next call tries again.
    const failed = entry;
    env.catch(() => {
      if (perService.get(key) === failed) perService.delete(key);
    });
    perService.set(key, entry);
  }
  return entry;
}

/**
 * Forgets the cached LayoutEnvs of `fonts` (all of them, or one edition folder's), after fonts
 * were added to or removed from an edition's fonts/ folder.
 */
export function forgetLayoutEnv(fonts: FontService, editionDir?: string): void {
  const perService = envs.get(fonts);
  if (!perService) return;
  if (editionDir === undefined) {
    perService.clear();
    return;
  }
  for (const key of [...perService.keys()]) if ((JSON.parse(key) as [string | null])[0] === editionDir) perService.delete(key);
}

/**
 * The paragraph composer with a shared, bounded shape cache and the paragraph memo
 * (shared/layout/flow/paragraphMemo.ts): only edited paragraphs are set again.
 */
function cachedComposer(shapes: ShapeCache): ComposeParagraph {
  return memoisedComposer((paragraph, style, styles, measureFor, env) => {
    if (shapes.size > SHAPE_CACHE_LIMIT) shapes.clear();
    const start = timingsEnabled() ? performance.now() : 0;
    const result = composeParagraph(paragraph, style, styles, measureFor, env, { shapeCache: shapes });
    if (start !== 0) addPhaseTime('compose: paragraphs', performance.now() - start);
    return result;
  });
}

/** The env and composer for an edition, loading the faces on first use in this process. */
export async function layoutToolsFor(edition: Edition, options: ComposeWithFontsOptions): Promise<{ env: LayoutEnv; compose: ComposeParagraph }> {
  const entry = envEntry(edition, options);
  return { env: await entry.env, compose: entry.compose };
}

export async function composeEditionWithFonts(edition: Edition, options: ComposeWithFontsOptions): Promise<EditionLayout> {
  const { env, compose } = await layoutToolsFor(edition, options);
  return composeEdition(edition, env, compose, options.flow);
}

/** One page, identical to that page of composeEditionWithFonts (see composePage). */
export async function composePageWithFonts(edition: Edition, pageId: string, options: ComposeWithFontsOptions): Promise<PageComposition> {
  const { env, compose } = await layoutToolsFor(edition, options);
  return composePage(edition, pageId, env, compose, options.flow);
}
