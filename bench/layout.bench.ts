// layout.bench.ts: the composition engine end to end in main (issue 3 §7): the sample page cold
// (fonts loaded, nothing shaped yet) and warm; a 16-page edition (the sample page repeated, its
// lead story threaded through the lead frame of every page); and recomposition after a
// one-character edit. The engine has no paragraph-level incremental path: an edit recomposes
// the page with composePage (every story with a frame on that page, through its whole thread),
// with the service's composer: the shape cache and the memo of composed paragraphs, so only the
// edited paragraph is set again (each round inserts a new character, so it is shaped anew).
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { createFontService } from '../src/main/services/fonts';
import { composeEditionWithFonts, layoutToolsFor } from '../src/main/services/layout';
import { buildSampleEdition, findProjectRoot, sampleSeedPath } from '../src/main/services/sample';
import type { ComposeParagraph } from '../src/shared/layout/flow';
import { composeParagraph, type ShapeCache } from '../src/shared/layout/inline';
import { composeEdition, composePage } from '../src/shared/layout/page';
import { counterIds, type Edition, type Frame } from '../src/shared/model';
import { compare } from './measure';
import { sixteenPages } from './sixteenPages';

const { edition } = buildSampleEdition({ newId: counterIds(), seedText: await readFile(sampleSeedPath(), 'utf8') });
const fonts = createFontService({ projectRoot: findProjectRoot(), systemDirs: [] });

/** A copy of `e` with the `k`-th Han character from U+4E00 inserted into a story on `pageId`: new text every time. */
function edited(e: Edition, pageId: string, k: number): Edition {
  const page = e.pages.find((p) => p.id === pageId)!;
  const frame = page.frames.filter((f) => f.kind === 'text' && f.storyId !== null).at(-2) as Extract<Frame, { kind: 'text' }>;
  return {
    ...e,
    stories: e.stories.map((s) => {
      if (s.id !== frame.storyId) return s;
      const paragraphs = [...s.paragraphs];
      const i = paragraphs.length - 1;
      const p = paragraphs[i]!;
      const [run, ...rest] = p.runs;
      paragraphs[i] = { ...p, runs: [{ ...run!, text: String.fromCodePoint(0x4e00 + (k % 20000)) + run!.text.slice(1) }, ...rest] };
      return { ...s, paragraphs };
    }),
  };
}

const loadStart = performance.now();
const { env, compose } = await layoutToolsFor(edition, { fonts });
const loadMs = performance.now() - loadStart;
// Cold: fonts loaded, nothing shaped (a fresh composer with no cache); warm: the process cache.
const coldStart = performance.now();
composeEdition(edition, env, composeParagraph);
const firstMs = performance.now() - coldStart;
await composeEditionWithFonts(edition, { fonts });
console.log(`fonts + HarfBuzz loaded in ${loadMs.toFixed(0)} ms; first composition of the page ${firstMs.toFixed(1)} ms`);

const big = sixteenPages(edition);
const bigLayout = composeEdition(big, env, compose);
const bigLines = bigLayout.pages.reduce((n, p) => n + p.frames.reduce((m, f) => m + f.columns.reduce((k, c) => k + c.lines.length, 0), 0), 0);
console.log(`16 pages: ${big.stories.length} stories, ${bigLines} lines, overset ${bigLayout.overset.map((o) => `+${o.chars} 字`).join(', ') || 'none'}`);

// The service's composer also reuses composed paragraphs (unchanged objects, same measures);
// "shape cache only" sets every paragraph again and is what a style change everywhere costs.
const shapes: ShapeCache = new Map();
const shapedOnly: ComposeParagraph = (p, style, styles, measureFor, e) => composeParagraph(p, style, styles, measureFor, e, { shapeCache: shapes });
let k = 0;
const pageId = edition.pages[0]!.id;
const midPage = big.pages[7]!.id;
compare('sample page and 16 pages, composed in main', [
  { name: 'sample page, no caches (shape every time)', run: () => composeEdition(edition, env, composeParagraph) },
  { name: 'sample page, shape cache only', run: () => composeEdition(edition, env, shapedOnly) },
  { name: 'sample page, shape cache, columns not balanced', run: () => composeEdition(edition, env, shapedOnly, { balanceColumns: false }) },
  { name: 'sample page, service composer (memo)', run: () => composeEdition(edition, env, compose) },
  { name: '16 pages, shape cache only', run: () => composeEdition(big, env, shapedOnly) },
  { name: '16 pages, shape cache, columns not balanced', run: () => composeEdition(big, env, shapedOnly, { balanceColumns: false }) },
  { name: '16 pages, service composer (memo)', run: () => composeEdition(big, env, compose) },
  { name: '1-char edit: composePage, sample page', run: () => composePage(edited(edition, pageId, k++), pageId, env, compose) },
  { name: '1-char edit: composePage, page 8 of 16', run: () => composePage(edited(big, midPage, k++), midPage, env, compose) },
]);

// Peak memory of a 16-page composition: heap growth while it runs (after a GC when --expose-gc),
// and the process's resident high-water mark.
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let heapPeak = heapBefore;
const keep = composeEdition(big, env, compose);
heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
console.log(`\n16 pages: heap +${((heapPeak - heapBefore) / 2 ** 20).toFixed(1)} MB holding the layout (${(JSON.stringify(keep).length / 2 ** 20).toFixed(1)} MB as JSON)${gc ? '' : ' (run with --expose-gc for a clean baseline)'}; process peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}`);
