// benchHook.ts: `window.__galleyLayoutBench(request)`, installed with the other test hooks (only
// when the address has `galley-test-hooks=1`) for bench/chromium.bench.ts. It times the
// renderer's composition here in the browser, with the page's own env and composers, so the
// figures are the ones a user's page view pays; timing inside the page keeps the DevTools
// round trip out of them. Each round runs every case once (interleaved, as bench/measure.ts).
import type { ComposeParagraph } from '../../shared/layout/flow';
import { composeParagraph } from '../../shared/layout/inline';
import type { EditionLayout } from '../../shared/layout/output';
import { composeEdition } from '../../shared/layout/page';
import type { Edition, Frame } from '../../shared/model';
import { createIncrementalComposer } from './incremental';
import type { LayoutSession } from './layoutSession';

export interface LayoutBenchRequest {
  /** A larger edition with the same styles (the bench's 16 threaded pages). */
  readonly big: Edition;
  /** The page of `big` whose story takes the one-character edit. */
  readonly bigEditPageId: string;
  readonly rounds: number;
  readonly warmup: number;
}

export interface LayoutBenchResult {
  /** ms per round, by case. */
  readonly samples: Record<string, number[]>;
  /** The first composition of the sample page with an empty shape cache in this call, ms. */
  readonly firstMs: number;
  readonly bigLines: number;
}

// The last 16-page layout stays reachable, so the bench can read the heap that holds it.
let kept: EditionLayout | null = null;

/** A copy of `e` with one new Han character (the k-th from U+4E00) in a story on `pageId`, as bench/layout.bench.ts edits. */
function withOneCharEdit(e: Edition, pageId: string, k: number): Edition {
  const page = e.pages.find((p) => p.id === pageId);
  const frame = page?.frames.filter((f): f is Extract<Frame, { kind: 'text' }> => f.kind === 'text' && f.storyId !== null).at(-2);
  if (!frame) throw new Error(`page ${pageId} has fewer than two text frames with stories`);
  return {
    ...e,
    stories: e.stories.map((s) => {
      if (s.id !== frame.storyId) return s;
      const paragraphs = [...s.paragraphs];
      const i = paragraphs.length - 1;
      const p = paragraphs[i];
      const run = p?.runs[0];
      if (!p || !run) return s;
      paragraphs[i] = { ...p, runs: [{ ...run, text: String.fromCodePoint(0x4e00 + (k % 20000)) + run.text.slice(1) }, ...p.runs.slice(1)] };
      return { ...s, paragraphs };
    }),
  };
}

const lineCount = (layout: EditionLayout): number => layout.pages.reduce((n, p) => n + p.frames.reduce((m, f) => m + f.columns.reduce((k, c) => k + c.lines.length, 0), 0), 0);

export async function runLayoutBench(session: LayoutSession, edition: Edition, request: LayoutBenchRequest): Promise<LayoutBenchResult> {
  await session.ensureFonts(edition);
  await session.ensureFonts(request.big);
  const status = session.getStatus();
  if (status.phase !== 'ready') throw new Error(`layout is not ready: ${status.phase === 'failed' ? status.message : status.phase}`);
  const env = status.env;
  const uncached: ComposeParagraph = (p, style, styles, measureFor, e) => composeParagraph(p, style, styles, measureFor, e);
  const pageId = edition.pages[0]?.id ?? '';

  let start = performance.now();
  composeEdition(edition, env, uncached);
  const firstMs = performance.now() - start;

  // The page view's path for an edit: its incremental composer, primed with the unedited edition.
  const samplePage = createIncrementalComposer(session.compose);
  samplePage.composePage(edition, pageId, env);
  const bigPage = createIncrementalComposer(session.compose);
  bigPage.composePage(request.big, request.bigEditPageId, env);
  let k = 0;
  const cases: Array<[string, () => unknown]> = [
    ['sample page, no caches (shape every time)', () => composeEdition(edition, env, uncached)],
    ['sample page, shape cache (warm)', () => composeEdition(edition, env, session.compose)],
    ['16 pages, shape cache', () => (kept = composeEdition(request.big, env, session.compose))],
    ['1-char edit: page view composePage, sample page', () => samplePage.composePage(withOneCharEdit(edition, pageId, k++), pageId, env)],
    ['1-char edit: page view composePage, page 8 of 16', () => bigPage.composePage(withOneCharEdit(request.big, request.bigEditPageId, k++), request.bigEditPageId, env)],
  ];
  const samples: Record<string, number[]> = Object.fromEntries(cases.map(([name]) => [name, []]));
  for (let r = 0; r < request.warmup + request.rounds; r++) {
    for (const [name, run] of cases) {
      start = performance.now();
      run();
      const ms = performance.now() - start;
      if (r >= request.warmup) samples[name]?.push(ms);
    }
  }
  return { samples, firstMs, bigLines: kept ? lineCount(kept) : 0 };
}

/** Drops the kept 16-page layout (the bench reads the heap with and without it). */
export function releaseBenchLayout(): void {
  kept = null;
}
