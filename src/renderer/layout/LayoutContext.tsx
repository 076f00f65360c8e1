// LayoutContext.tsx: the layout session for React. The provider hands down the window's session;
// usePageLayout composes the shown page when the edition, the page or the fonts change, and
// keeps the previous result for every story that did not change (incremental.ts).
import { createContext, type ReactNode, use, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { type FontCatalog, FontNotFoundError } from '../../shared/layout/fonts';
import type { PageComposition } from '../../shared/layout/page';
import type { Edition, Page } from '../../shared/model';
import { createGlyphPaths, type GlyphPaths } from './glyphPaths';
import type { LayoutSession, LayoutStatus } from './layoutSession';
import { installTestHooks, pageFrozenForBench } from './testHooks';

const SessionContext = createContext<LayoutSession | null>(null);

/** performance.mark name set once, when the first composed page has been painted. */
export const FIRST_PAINT_MARK = 'galley:first-composed-paint';
/** performance.measure of the window's first page composition (the opening's share of it). */
export const FIRST_COMPOSE_MEASURE = 'galley:first-compose';
let firstComposeMeasured = false;

/**
 * Provides `session` to usePageLayout. The window makes its session before React starts
 * (app/opening.ts), so the fonts are on their way before the first render.
 */
export function LayoutProvider({ session, children }: { session: LayoutSession; children: ReactNode }): ReactNode {
  return <SessionContext value={session}>{children}</SessionContext>;
}

/** The session itself, for readers of its per-story memory (the copyfit readout). */
export function useLayoutSession(): LayoutSession {
  return useSession();
}

function useSession(): LayoutSession {
  const session = use(SessionContext);
  if (!session) throw new Error('usePageLayout must be used inside <LayoutProvider>');
  return session;
}

export type PageLayoutState =
  | { readonly phase: 'idle' | 'loading' }
  | { readonly phase: 'failed'; readonly message: string; readonly missingFonts?: string }
  | {
      readonly phase: 'ready';
      readonly composition: PageComposition;
      readonly glyphs: GlyphPaths;
      readonly fonts: FontCatalog;
      /** Composition time of this page in ms, and the session's font download so far. */
      readonly ms: number;
      readonly fontBytes: number;
    };

export function usePageLayout(edition: Edition | null, page: Page | null): PageLayoutState {
  const session = useSession();
  const status: LayoutStatus = useSyncExternalStore(session.subscribe, session.getStatus);
  useEffect(() => {
    if (edition) void session.ensureFonts(edition);
  }, [session, edition]);
  useEffect(() => (edition ? installTestHooks(session, edition) : undefined), [session, edition]);

  const ready = status.phase === 'ready';
  useEffect(() => {
    // Time to first composed paint, for the README and the e2e report: measured from navigation
    // start to the frame after the first page of text was committed to the DOM.
    if (!ready || performance.getEntriesByName(FIRST_PAINT_MARK).length > 0) return;
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(FIRST_PAINT_MARK).length === 0) performance.mark(FIRST_PAINT_MARK);
      session.notePainted();
    });
  }, [ready, session]);

  const env = status.phase === 'ready' ? status.env : null;
  const outlines = status.phase === 'ready' ? status.outlines : null;
  const subset = status.phase === 'ready' && status.subset;
  // The outlines the opening's subsets drew, once the whole faces replace them: the same ids and
  // glyph ids (glyphPaths.ts drawn()), so the swap does not turn the page's ~1,000 outlines again.
  const last = useRef<{ glyphs: GlyphPaths; subset: boolean } | null>(null);
  const glyphs = useMemo(() => {
    if (!env || !outlines) return null;
    const before = last.current;
    return createGlyphPaths(env.fonts, outlines, before?.subset && !subset ? before.glyphs.drawn() : undefined);
  }, [env, outlines, subset]);
  useEffect(() => {
    last.current = glyphs ? { glyphs, subset } : null;
  }, [glyphs, subset]);
  const fontBytes = status.phase === 'ready' ? status.fonts.bytes : 0;
  const frozen = useRef<(PageLayoutState & { phase: 'ready' }) | null>(null);

  return useMemo((): PageLayoutState => {
    if (frozen.current && frozen.current.composition.page.pageId === page?.id) return frozen.current;
    if (status.phase === 'failed') return status;
    if (!env || !glyphs || !edition || !page) return { phase: status.phase === 'idle' ? 'idle' : 'loading' };
    const started = performance.now();
    try {
      const composition = session.composePage(edition, page.id, env);
      if (!firstComposeMeasured) {
        firstComposeMeasured = true;
        performance.measure(FIRST_COMPOSE_MEASURE, { start: started });
      }
      const ready = { phase: 'ready', composition, glyphs, fonts: env.fonts, ms: performance.now() - started, fontBytes } as const;
      if (!subset && pageFrozenForBench()) frozen.current = ready;
      return ready;
    } catch (error) {
      // A style naming a face still on its way (a story just placed in it): wait for it. The
      // failure banner that flashed meanwhile pushed the canvas down and re-fitted the page.
      if (error instanceof FontNotFoundError && session.awaitsFonts(edition)) return { phase: 'loading' };
      // An engine failure, or a family the host lacks: frames stay, text goes.
      if (error instanceof FontNotFoundError) return { phase: 'failed', message: error.message, missingFonts: `${error.family} (${error.weight})` };
      return { phase: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }, [session, status, env, glyphs, edition, page, fontBytes]);
}
