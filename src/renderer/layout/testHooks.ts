// testHooks.ts: hooks for the end-to-end specs, installed only when the page address carries
// `galley-test-hooks=1`. `window.__galleyLayoutJson()` composes the whole open edition here in
// the browser, with the renderer's env and composer, and returns layoutToJson: the spec compares
// it byte for byte with the same composition in Node. `window.__galleyLayoutBench(request)`
// times the composition here for bench/chromium.bench.ts (benchHook.ts).
import { layoutToJson } from '../../shared/layout/output';
import { composeEdition } from '../../shared/layout/page';
import type { Edition } from '../../shared/model';
import { type LayoutBenchRequest, type LayoutBenchResult, releaseBenchLayout, runLayoutBench } from './benchHook';
import type { LayoutSession } from './layoutSession';

export const TEST_HOOKS_PARAM = 'galley-test-hooks';
/** With the test hooks, `bench-page=frozen`: the page keeps its composition while text is edited. */
export const BENCH_PAGE_PARAM = 'bench-page';

let frozen: boolean | undefined;

/**
 * bench/editor.bench.ts (BENCH_ONLY=frozen): the page view stops following edits once the whole
 * faces are in, and each edit is measured to the next paint, so a keystroke's cost without the
 * page's share (composing, rendering and painting it) can be set beside the full one.
 */
export function pageFrozenForBench(): boolean {
  if (frozen === undefined) {
    const params = typeof window === 'undefined' ? null : new URLSearchParams(window.location.search);
    frozen = params?.get(TEST_HOOKS_PARAM) === '1' && params.get(BENCH_PAGE_PARAM) === 'frozen';
  }
  return frozen;
}

interface HookWindow {
  /** 'engine': shared composeEdition; 'incremental': the page view's memoising composer. */
  __galleyLayoutJson?: (via?: 'engine' | 'incremental') => Promise<string>;
  /** Timings of the renderer's composition (bench/chromium.bench.ts); null drops the kept layout. */
  __galleyLayoutBench?: (request: LayoutBenchRequest | null) => Promise<LayoutBenchResult | null>;
}

export function installTestHooks(session: LayoutSession, edition: Edition): (() => void) | undefined {
  if (new URLSearchParams(window.location.search).get(TEST_HOOKS_PARAM) !== '1') return undefined;
  const target = window as unknown as HookWindow;
  target.__galleyLayoutJson = async (via = 'engine') => {
    await session.ensureFonts(edition);
    const status = session.getStatus();
    if (status.phase !== 'ready') throw new Error(`layout is not ready: ${status.phase === 'failed' ? status.message : status.phase}`);
    return layoutToJson(via === 'engine' ? composeEdition(edition, status.env, session.compose) : session.composeEdition(edition, status.env));
  };
  target.__galleyLayoutBench = async (request) => {
    if (request === null) {
      releaseBenchLayout();
      return null;
    }
    return runLayoutBench(session, edition, request);
  };
  return () => {
    delete target.__galleyLayoutJson;
    delete target.__galleyLayoutBench;
  };
}
