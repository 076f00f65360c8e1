// chromium.bench.ts: the renderer's composition measured in Debian Chromium (issue 3 §7, "measure
// in Node and in Chromium"), beside layout.bench.ts's Node figures. A fresh sample edition is
// served by the real `galley serve`; Playwright drives /usr/bin/chromium with the e2e specs'
// arguments (never a downloaded browser); the page, opened with `galley-test-hooks=1`, times its
// own composition (src/renderer/layout/benchHook.ts): the sample page cold and warm, the 16-page
// edition of layout.bench.ts (built here, handed to the page), and a one-character edit through
// the page view's incremental composer. Builds the renderer first when out/renderer is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import type { Edition } from '../src/shared/model';
import { startGalley } from '../tests/e2e/support/galleyServe';
import { printMedians } from './measure';
import { sixteenPages } from './sixteenPages';

const ROOT = resolve(import.meta.dirname, '..');
const ROUNDS = 15;
const WARMUP = 3;

// The hook's contract (src/renderer/layout/benchHook.ts); bench code may not import renderer code.
interface LayoutBenchRequest {
  readonly big: Edition;
  readonly bigEditPageId: string;
  readonly rounds: number;
  readonly warmup: number;
}

interface LayoutBenchResult {
  readonly samples: Record<string, number[]>;
  readonly firstMs: number;
  readonly bigLines: number;
}

interface BenchWindow {
  __galleyLayoutBench?: (request: LayoutBenchRequest | null) => Promise<LayoutBenchResult | null>;
}

if (!existsSync(join(ROOT, 'out/renderer/index.html'))) {
  console.log('out/renderer is missing: building it (npx electron-vite build)');
  const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`electron-vite build failed (exit ${built.status})`);
}

const galley = await startGalley();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...(config.use?.launchOptions?.args ?? [])] });
try {
  const page = await browser.newPage({ viewport: config.use?.viewport ?? { width: 1400, height: 1000 } });
  const cdp = await page.context().newCDPSession(page);
  const heapUsed = async (): Promise<number> => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };

  const navigated = performance.now();
  await page.goto(`${galley.url}&galley-test-hooks=1`);
  const status = page.getByTestId('layout-status');
  await status.waitFor({ timeout: 60_000 });
  const paintMs = performance.now() - navigated;
  const firstComposeMs = Number(await status.getAttribute('data-compose-ms'));
  const fontBytes = Number(await status.getAttribute('data-font-bytes'));
  console.log(`Chromium ${browser.version()}: first composed page ${paintMs.toFixed(0)} ms after navigation (fonts ${(fontBytes / 2 ** 20).toFixed(1)} MB); the page view's first composition (JIT cold, fonts loaded) ${firstComposeMs.toFixed(1)} ms`);

  const got = await galley.api('getDocument');
  if (!got.ok) throw new Error(`getDocument failed: ${got.error.message}`);
  const big: Edition = sixteenPages(got.value.edition);
  const request: LayoutBenchRequest = { big, bigEditPageId: big.pages[7]?.id ?? '', rounds: ROUNDS, warmup: WARMUP };

  const hasHook = await page.evaluate(() => typeof (window as unknown as BenchWindow).__galleyLayoutBench === 'function');
  if (!hasHook) throw new Error('the renderer build has no __galleyLayoutBench hook: run `npm run build` and try again');
  const heapBefore = await heapUsed();
  const result = await page.evaluate((r) => (window as unknown as BenchWindow).__galleyLayoutBench?.(r) ?? null, request);
  if (!result) throw new Error('the bench hook returned nothing');
  const heapHolding = await heapUsed();
  await page.evaluate(() => (window as unknown as BenchWindow).__galleyLayoutBench?.(null));
  const heapAfter = await heapUsed();

  console.log(`first composition in this call with an empty shape cache ${result.firstMs.toFixed(1)} ms; 16 pages: ${big.stories.length} stories, ${result.bigLines} lines`);
  printMedians(`composition in Chromium (median of ${ROUNDS}, interleaved, timed in the page)`, result.samples);
  const mb = (n: number): string => (n / 2 ** 20).toFixed(1);
  console.log(`\n16 pages: JS heap +${mb(heapHolding - heapAfter)} MB holding the layout; page heap ${mb(heapBefore)} MB before the bench, ${mb(heapHolding)} MB after (GC'd)`);
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}, Chromium ${browser.version()}`);
} finally {
  await browser.close();
  const code = await galley.stop();
  if (code !== 0) console.log(`galley serve exited ${code}`);
}
