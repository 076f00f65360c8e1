// editor.bench.ts: the layout editor in Debian Chromium (issue 5 §6), through the real
// `galley serve` on a fresh sample edition, driven by Playwright with the e2e specs' browser
// arguments. Three figures:
//   1. opening the edition to the first fully painted page: navigation start → the later of the
//      renderer's `galley:first-composed-paint` mark (set in the frame after the first composed
//      page was committed: its text) and `galley:first-photo-paint` (the frame after the decoded
//      photo was committed), cold (a new page each round: fonts come from the host again);
//   2. a keystroke in the story editor → the page repainted: the renderer's own
//      `galley:edit-to-paint` measures (canvas/repaintProbe.ts), one per typed character, with
//      the lead story made ~1,500 字 in a 4-column frame on the full sample page;
//   3. dragging a frame that reflows two stories: the photo, given a text wrap, dragged across
//      the articles; frame times from requestAnimationFrame in the page. While it is dragged the
//      page shows the frame moving (the text flows around it again at the drop), so the frames
//      of the drop and the 0.6 s after it are reported apart.
// The keystrokes and the drag start once the whole faces have replaced the opening's subsets.
// Prints figures; asserts nothing about time. Builds the renderer first when it is missing.
// BENCH_ONLY=open (or keystroke, drag, floor, frozen; comma-separated) runs only those parts.
// Two are not run by default. `floor`: the same typing into a plain Lexical editor in a static
// copy of the window (bench/floor), what a keystroke costs with none of Galley's own work behind
// it. `frozen`: the same typing into Galley with the page view not following the edits, what a
// keystroke costs without composing, rendering and painting the page. BENCH_KEYSTROKES (60)
// sets how many characters are typed.
// BENCH_AT=middle (the default) types inside the lead story's first body paragraph, so every
// keystroke reflows the rest of it in the frame; BENCH_AT=end types at the end of the story,
// which is overset (only the overset count changes on the page).
// BENCH_TRACE=PREFIX writes Chrome traces (timeline and user timing) of the keystrokes and of
// the drag, PREFIX-keystroke.json and PREFIX-drag.json (and PREFIX-frozen.json, PREFIX-floor.json,
// PREFIX-floor-no-page.json), to see where the time goes (with
// BENCH_TRACE_JS=1 they also hold JS samples); BENCH_CPU_PROFILE=PREFIX V8 CPU profiles of both
// (the renderer's JS only), PREFIX-keystroke.cpuprofile and PREFIX-drag.cpuprofile.
// BENCH_TRACE_MORE=1 adds Blink's and cc's own events to the traces (the phases inside a frame:
// forced layouts and what forced them, paint, layerize, commit).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from '@playwright/test';
import config from '../playwright.config';
import { countChars, type Edition, type ImageFrame, type Op, ParagraphStyleIds, spanWidth, storyText, type TextFrame } from '../src/shared/model';
import { type GalleyServer, startGalley } from '../tests/e2e/support/galleyServe';
import { bareEditorScript, bareParagraphs, loadWithBareEditor, windowCopy } from './floor/windowCopy';

const ROOT = resolve(import.meta.dirname, '..');
const OPEN_ROUNDS = 5;
const KEYSTROKES = Number(process.env['BENCH_KEYSTROKES'] ?? 60);
const DRAG_STEPS = 60;
// Names the renderer uses (layout/LayoutContext.tsx, layout/layoutSession.ts,
// canvas/repaintProbe.ts); bench code does not import renderer code.
const FIRST_PAINT_MARK = 'galley:first-composed-paint';
const FONTS_READY_MARK = 'galley:fonts-ready';
const FIRST_COMPOSE_MEASURE = 'galley:first-compose';
const FIRST_PHOTO_PAINT_MARK = 'galley:first-photo-paint';
const WHOLE_FONTS_MARK = 'galley:whole-fonts';
const EDIT_TO_PAINT = 'galley:edit-to-paint';
const FLOOR_MEASURE = 'floor:edit-to-paint';

const TRACE_CATEGORIES = [...(process.env['BENCH_TRACE_MORE'] ? ['blink', 'cc', 'disabled-by-default-devtools.timeline.invalidationTracking'] : []), 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'toplevel', ...(process.env['BENCH_TRACE_JS'] ? ['disabled-by-default-v8.cpu_profiler'] : [])];

function tracePathFor(part: 'keystroke' | 'frozen' | 'drag' | 'floor' | 'floor-no-page'): string | null {
  const prefix = process.env['BENCH_TRACE'];
  return prefix ? `${prefix}-${part}.json` : null;
}

/** A V8 CPU profile of the page from now until stop(), when BENCH_CPU_PROFILE asks for one. */
async function startCpuProfile(page: Page, part: 'keystroke' | 'drag'): Promise<{ stop: () => Promise<void> } | null> {
  const prefix = process.env['BENCH_CPU_PROFILE'];
  if (!prefix) return null;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = await cdp.send('Profiler.stop');
      const file = `${prefix}-${part}.cpuprofile`;
      writeFileSync(file, JSON.stringify(profile));
      console.log(`  CPU profile written to ${file}`);
    },
  };
}

function stats(values: readonly number[]): { n: number; median: number; p95: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

function line(label: string, s: ReturnType<typeof stats>, unit = 'ms'): string {
  return `  ${label.padEnd(46)} n ${String(s.n).padStart(3)}   median ${s.median.toFixed(1).padStart(7)} ${unit}   p95 ${s.p95.toFixed(1).padStart(7)} ${unit}   max ${s.max.toFixed(1).padStart(7)} ${unit}`;
}

async function api<T>(galley: GalleyServer, method: Parameters<GalleyServer['api']>[0], body: unknown = {}): Promise<T> {
  const result = await galley.api(method, body);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/**
 * Waits until the whole faces have replaced the opening's subsets (the page is composed once
 * more then), so the keystrokes and the drag measure the editor settled, not the opening's end.
 */
async function waitForWholeFonts(page: Page): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, WHOLE_FONTS_MARK, { timeout: 60_000 }).catch(() => {});
}

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: config.use?.viewport ?? { width: 1400, height: 1000 } });
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_PAINT_MARK, { timeout: 60_000 });
  return page;
}

/** Waits until the sample page's photo has been painted too (its text may come first). */
async function waitForPhoto(page: Page): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_PHOTO_PAINT_MARK, { timeout: 60_000 });
}

/** Where one opening's time went, from the renderer's own marks and the resource timings. */
interface OpeningPhases {
  /** The edition asked for: the renderer's entry code has run. */
  editionAsked: number;
  /** The first font file asked for. */
  fontsAsked: number;
  /** Every font file here, the faces opened and HarfBuzz ready. */
  fontsReady: number;
  /** The first page composition (its duration). */
  compose: number;
  /** The page's text painted (composed with the fonts' subsets, or the whole faces). */
  firstPaint: number;
  /** The page's photo painted. */
  photoPaint: number;
  /** Fully painted: text and photo. */
  fullyPainted: number;
  /** The whole faces replaced the subsets (after the first paint). */
  wholeFonts: number;
}

async function openingPhases(page: Page): Promise<OpeningPhases> {
  // A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
  return (await page.evaluate(`(() => {
    const at = (name) => performance.getEntriesByName(name)[0];
    const edition = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/getDocument'));
    const fetches = performance.getEntries().filter((e) => e.name.startsWith('galley:font-fetch ') || e.name.startsWith('galley:font-subset-fetch '));
    const firstPaint = at(${JSON.stringify(FIRST_PAINT_MARK)})?.startTime ?? NaN;
    const photoPaint = at(${JSON.stringify(FIRST_PHOTO_PAINT_MARK)})?.startTime ?? NaN;
    return {
      editionAsked: edition ? edition.startTime : NaN,
      fontsAsked: Math.min(...fetches.map((e) => e.startTime)),
      fontsReady: at(${JSON.stringify(FONTS_READY_MARK)})?.startTime ?? NaN,
      compose: at(${JSON.stringify(FIRST_COMPOSE_MEASURE)})?.duration ?? NaN,
      firstPaint,
      photoPaint,
      fullyPainted: Math.max(firstPaint, photoPaint),
      wholeFonts: at(${JSON.stringify(WHOLE_FONTS_MARK)})?.startTime ?? NaN,
    };
  })()`)) as OpeningPhases;
}

async function benchOpen(browser: Browser, galley: GalleyServer): Promise<void> {
  const rounds: OpeningPhases[] = [];
  for (let i = 0; i < OPEN_ROUNDS; i++) {
    const page = await openPage(browser, galley.url);
    await waitForPhoto(page);
    // The whole faces replace the subsets after the first paint; wait for them to see when.
    await waitForWholeFonts(page);
    rounds.push(await openingPhases(page));
    await page.close();
  }
  const median = (pick: (p: OpeningPhases) => number): string => stats(rounds.map(pick)).median.toFixed(0);
  console.log('\nopen the sample edition → first fully painted page (navigation start → text and photo painted, cold page each round)');
  console.log(line('fully painted (text and photo)', stats(rounds.map((r) => r.fullyPainted))));
  console.log(line('first composed paint (text)', stats(rounds.map((r) => r.firstPaint))));
  console.log(line('photo painted', stats(rounds.map((r) => r.photoPaint))));
  console.log(`  rounds (fully painted): ${rounds.map((r) => r.fullyPainted.toFixed(0)).join(', ')} ms`);
  console.log(
    `  medians: edition asked for ${median((r) => r.editionAsked)} ms, first font asked for ${median((r) => r.fontsAsked)} ms, fonts and HarfBuzz ready ${median((r) => r.fontsReady)} ms, ` +
      `first composition ${median((r) => r.compose)} ms long, text painted ${median((r) => r.firstPaint)} ms, photo painted ${median((r) => r.photoPaint)} ms, ` +
      `whole faces in ${median((r) => r.wholeFonts)} ms`,
  );
}

/** The lead article, reset to 4 columns and lengthened to about 1,500 字. */
async function prepareLeadStory(galley: GalleyServer): Promise<{ frame: TextFrame; chars: number }> {
  const { edition, revision } = await api<{ edition: Edition; revision: number }>(galley, 'getDocument');
  const page = edition.pages[0]!;
  const lead = page.frames
    .filter((f): f is TextFrame => f.kind === 'text' && f.storyId !== null)
    .map((f) => ({ f, story: edition.stories.find((s) => s.id === f.storyId)! }))
    .sort((a, b) => countChars(storyText(b.story)) - countChars(storyText(a.story)))[0]!;
  const last = lead.story.paragraphs.at(-1)!;
  const extra = '全区各级各部门坚持以人民为中心，扎实推进各项民生工程，群众获得感、幸福感、安全感持续增强。'.repeat(3);
  const add = Math.max(0, 1500 - countChars(storyText(lead.story)));
  const paragraphs = lead.story.paragraphs.map((p) => (p.id === last.id ? { ...p, runs: [...p.runs, { text: extra.slice(0, add), charStyle: null, marks: [] }] } : p));
  const ops: Op[] = [
    { type: 'updateStory', storyId: lead.story.id, patch: { paragraphs } },
    { type: 'updateFrame', pageId: page.id, frameId: lead.f.id, patch: { columns: 4, width: spanWidth(edition.format, 4) } },
  ];
  await api(galley, 'applyOps', { baseRevision: revision, ops });
  const after = await api<{ edition: Edition }>(galley, 'getDocument');
  const frame = after.edition.pages[0]!.frames.find((f) => f.id === lead.f.id) as TextFrame;
  return { frame, chars: countChars(storyText(after.edition.stories.find((s) => s.id === lead.story.id)!)) };
}

async function toScreen(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  return page.getByTestId('page-svg').evaluate(
    (svg, at) => {
      const m = (svg as SVGSVGElement).getScreenCTM();
      if (!m) throw new Error('no screen matrix');
      return { x: m.a * at.x + m.c * at.y + m.e, y: m.b * at.x + m.d * at.y + m.f };
    },
    { x, y },
  );
}

/** Where the keystroke bench types (BENCH_AT). */
type TypingPlace = 'middle' | 'end';

function typingPlace(): TypingPlace {
  const at = process.env['BENCH_AT'] ?? 'middle';
  if (at !== 'middle' && at !== 'end') throw new Error(`BENCH_AT must be middle or end, not "${at}"`);
  return at;
}

/** Selects the frame on the page, which opens its story in the story editor (null: no editor). */
async function openStoryEditor(page: Page, frame: TextFrame): Promise<Locator | null> {
  const onFrame = await toScreen(page, frame.x + 12, frame.y + 12);
  await page.mouse.click(onFrame.x, onFrame.y);
  const editor = page.locator('[contenteditable="true"]').first();
  if ((await editor.count()) === 0) await page.waitForTimeout(1500);
  return (await editor.count()) === 0 ? null : editor;
}

/** Types KEYSTROKES characters one at a time, as a person types (about 8 a second). */
async function typeLikeAPerson(page: Page): Promise<void> {
  const text = '记者现场看到群众有序排队参观展览'.repeat(Math.ceil(KEYSTROKES / 16)).slice(0, KEYSTROKES);
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(500);
}

/**
 * The keystroke's floor: the same typing into a plain Lexical editor (bench/floor) holding the
 * lead story, in a static copy of the window as painted (page, panels, styles), and in the same
 * copy without the page. Neither has Galley's story editor, store, composer or page view at work.
 */
async function benchFloor(browser: Browser, galley: GalleyServer): Promise<void> {
  const { frame } = await prepareLeadStory(galley);
  const { edition } = await api<{ edition: Edition }>(galley, 'getDocument');
  const story = edition.stories.find((s) => s.id === frame.storyId)!;
  const firstBody = Math.max(0, story.paragraphs.findIndex((p) => p.style === ParagraphStyleIds.body));
  const script = await bareEditorScript(ROOT);
  const page = await openPage(browser, galley.url);
  await waitForWholeFonts(page);
  const copies: { label: string; withPage: boolean; html: string }[] = [];
  try {
    if (!(await openStoryEditor(page, frame))) throw new Error('the story editor did not open');
    copies.push({ label: 'bare editor in the window as painted', withPage: true, html: await windowCopy(page, true) });
    copies.push({ label: 'bare editor in the window without the page', withPage: false, html: await windowCopy(page, false) });
  } finally {
    await page.close();
  }
  console.log(`\nthe keystroke's floor: a plain Lexical editor holding the lead story (${countChars(storyText(story))} 字), typed into as above, in a static copy of the window`);
  for (const copy of copies) {
    const replica = await browser.newPage({ viewport: config.use?.viewport ?? { width: 1400, height: 1000 } });
    try {
      await loadWithBareEditor(replica, copy.html, script, story.paragraphs.map((p) => p.runs.map((r) => r.text).join('')), FLOOR_MEASURE);
      await bareParagraphs(replica).nth(firstBody).click({ position: { x: 60, y: 6 } });
      const tracePath = tracePathFor(copy.withPage ? 'floor' : 'floor-no-page');
      if (tracePath) await browser.startTracing(replica, { path: tracePath, categories: TRACE_CATEGORIES });
      await typeLikeAPerson(replica);
      if (tracePath) {
        await browser.stopTracing();
        console.log(`  trace written to ${tracePath}`);
      }
      const samples = await replica.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), FLOOR_MEASURE);
      console.log(line(copy.label, stats(samples)));
    } finally {
      await replica.close();
    }
  }
}

/**
 * `frozen`: the page view keeps its composition while typing (renderer layout/testHooks.ts), and
 * each keystroke is measured to the next paint: what a keystroke costs without the page's share.
 */
async function benchKeystrokes(browser: Browser, galley: GalleyServer, shown: 'live' | 'frozen' = 'live'): Promise<void> {
  const at = typingPlace();
  const { frame, chars } = await prepareLeadStory(galley);
  const page = await openPage(browser, shown === 'frozen' ? `${galley.url}&galley-test-hooks=1&bench-page=frozen` : galley.url);
  await waitForWholeFonts(page);
  try {
    const editor = await openStoryEditor(page, frame);
    if (!editor) {
      console.log('\nkeystroke → repaint: no story editor in this renderer build (src/renderer/story-editor has no panel yet); not measured');
      return;
    }
    await editor.click();
    // Inside the first body paragraph (a little way into its first line), or after the last character.
    if (at === 'middle') await editor.locator(`p[data-style="${ParagraphStyleIds.body}"]`).first().click({ position: { x: 60, y: 6 } });
    else await page.keyboard.press('Control+End');
    await page.evaluate((name) => performance.clearMeasures(name), EDIT_TO_PAINT);
    const tracePath = tracePathFor(shown === 'frozen' ? 'frozen' : 'keystroke');
    if (tracePath) await browser.startTracing(page, { path: tracePath, categories: TRACE_CATEGORIES });
    const profiling = await startCpuProfile(page, 'keystroke');
    await typeLikeAPerson(page);
    if (tracePath) {
      await browser.stopTracing();
      console.log(`  trace written to ${tracePath}`);
    }
    await profiling?.stop();
    const samples = await page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), EDIT_TO_PAINT);
    const where = at === 'middle' ? 'inside its first body paragraph, reflowing the frame' : 'at the end of the story, which is overset';
    const what = shown === 'frozen' ? 'next paint, the page frozen (not following the edits)' : 'page repainted';
    console.log(`\nkeystroke in the story editor → ${what} (a ${chars} 字 story in a ${frame.columns}-column frame on the full sample page; typing ${where}; BENCH_AT=${at})`);
    if (samples.length === 0) console.log('  no galley:edit-to-paint measures were recorded (the editor did not mark its edits)');
    else console.log(line('edit → repainted (performance measures)', stats(samples)));
  } finally {
    await page.close();
  }
}

async function benchDrag(browser: Browser, galley: GalleyServer): Promise<void> {
  const { edition, revision } = await api<{ edition: Edition; revision: number }>(galley, 'getDocument');
  const sheet = edition.pages[0]!;
  const photo = sheet.frames.find((f): f is ImageFrame => f.kind === 'image')!;
  const wrap = { enabled: true, offsets: { top: 6, right: 6, bottom: 6, left: 6 } };
  await api(galley, 'applyOps', { baseRevision: revision, ops: [{ type: 'updateFrame', pageId: sheet.id, frameId: photo.id, patch: { wrap } }] });
  const target = { dx: 250, dy: 120 };
  // The text frames the photo passes over on its way: each of their stories reflows around it.
  const crossed = sheet.frames.filter((f) => {
    if (f.kind !== 'text' || f.storyId === null) return false;
    const x0 = Math.min(photo.x, photo.x + target.dx);
    const x1 = Math.max(photo.x, photo.x + target.dx) + photo.width;
    const y0 = Math.min(photo.y, photo.y + target.dy);
    const y1 = Math.max(photo.y, photo.y + target.dy) + photo.height;
    return f.x < x1 && f.x + f.width > x0 && f.y < y1 && f.y + f.height > y0;
  });

  const page = await openPage(browser, galley.url);
  await waitForWholeFonts(page);
  try {
    const start = await toScreen(page, photo.x + photo.width / 2, photo.y + photo.height / 2);
    const end = await toScreen(page, photo.x + photo.width / 2 + target.dx, photo.y + photo.height / 2 + target.dy);
    // A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
    await page.evaluate(`(() => {
      window.__frames = [];
      window.__recording = true;
      const loop = (t) => { window.__frames.push(t); if (window.__recording) requestAnimationFrame(loop); };
      requestAnimationFrame(loop);
    })()`);
    const tracePath = tracePathFor('drag');
    if (tracePath) await browser.startTracing(page, { path: tracePath, categories: TRACE_CATEGORIES });
    const profiling = await startCpuProfile(page, 'drag');
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= DRAG_STEPS; i++) {
      await page.mouse.move(start.x + ((end.x - start.x) * i) / DRAG_STEPS, start.y + ((end.y - start.y) * i) / DRAG_STEPS);
      await page.waitForTimeout(16);
    }
    const dropAt = (await page.evaluate('performance.now()')) as number;
    await page.mouse.up();
    await page.waitForTimeout(600);
    const frames = (await page.evaluate('(() => { window.__recording = false; return window.__frames; })()')) as number[];
    if (tracePath) {
      await browser.stopTracing();
      console.log(`  trace written to ${tracePath}`);
    }
    await profiling?.stop();
    const intervals = frames.slice(1).map((t, i) => ({ ms: t - (frames[i] ?? t), dragging: t <= dropAt }));
    const report = (label: string, values: readonly number[]): void => {
      const long = values.filter((ms) => ms > 1000 / 60 + 1).length;
      console.log(line(label, stats(values)));
      console.log(`  frames over 17.7 ms: ${long} of ${values.length}; mean rate ${((values.length / values.reduce((a, b) => a + b, 0)) * 1000).toFixed(1)} fps`);
    };
    console.log(`\ndragging the photo (text wrap on) ${target.dx} × ${target.dy} pt across ${crossed.length} articles, ${DRAG_STEPS} pointer moves, then 0.6 s after the drop`);
    report('frame time while dragging (rAF intervals)', intervals.filter((f) => f.dragging).map((f) => f.ms));
    report('frame time, drop and the 0.6 s after it', intervals.filter((f) => !f.dragging).map((f) => f.ms));
  } finally {
    await page.close();
  }
}

if (!existsSync(join(ROOT, 'out/renderer/index.html'))) {
  console.log('out/renderer is missing: building it (npx electron-vite build)');
  const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`electron-vite build failed (exit ${built.status})`);
}

const galley = await startGalley();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...(config.use?.launchOptions?.args ?? [])] });
try {
  const only = new Set((process.env['BENCH_ONLY'] ?? 'open,keystroke,drag').split(',').map((s) => s.trim()));
  if (only.has('open')) await benchOpen(browser, galley);
  if (only.has('keystroke')) await benchKeystrokes(browser, galley);
  if (only.has('frozen')) await benchKeystrokes(browser, galley, 'frozen');
  if (only.has('drag')) await benchDrag(browser, galley);
  if (only.has('floor')) await benchFloor(browser, galley);
  console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}, Chromium ${browser.version()}; load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
} finally {
  await browser.close();
  const code = await galley.stop();
  if (code !== 0) console.log(`galley serve exited ${code}`);
}
