// The screen painter: the sample page composed in Chromium by the shared engine with the host's
// font bytes, drawn as glyph outlines; a frame move recomposes; Node and Chromium agree to the byte.
import { resolve } from 'node:path';
import { expect, type Locator, type Page as BrowserPage, test } from '@playwright/test';
import { createFontService, loadLayoutEnv } from '../../src/main/services/fonts';
import type { ComposeParagraph } from '../../src/shared/layout/flow';
import { composeParagraph } from '../../src/shared/layout/inline';
import { layoutToJson } from '../../src/shared/layout/output';
import { composeEdition } from '../../src/shared/layout/page';
import { type Edition, ParagraphStyleIds, type TextFrame } from '../../src/shared/model';
import { articleStories, fetchDocument } from './support/edition';
import { type GalleyServer, startGalley } from './support/galleyServe';
import { dragFrame, expectFrameAt, expectSaved, frame, zoom } from './support/pageView';

test.describe.configure({ mode: 'serial' });

const ROOT = resolve(import.meta.dirname, '../..');
let galley: GalleyServer;

test.beforeAll(async () => {
  galley = await startGalley();
});

test.afterAll(async () => {
  if (!galley) return;
  expect(await galley.stop()).toBe(0);
});

/** The first article's frame on page 1 and its headline paragraph. */
function firstArticle(edition: Edition): { frame: TextFrame; headlineId: string } {
  const story = articleStories(edition)[0]!;
  const found = edition.pages[0]!.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId === story.id);
  const headline = story.paragraphs.find((p) => p.style === ParagraphStyleIds.headline);
  if (!found || !headline) throw new Error('the first article has no frame on page 1 or no headline');
  return { frame: found, headlineId: headline.id };
}

async function openComposed(page: BrowserPage, query = ''): Promise<void> {
  await page.goto(galley.url + query);
  await expect(page.getByTestId('frame').first()).toBeVisible();
  await expect(page.getByTestId('layout-status')).toBeVisible({ timeout: 45_000 });
}

function headlineRun(page: BrowserPage, frameId: string, paragraphId: string) {
  return frame(page, frameId).locator(`[data-testid="glyph-run"][data-paragraph-id="${paragraphId}"]`).first();
}

async function runOrigin(page: BrowserPage, frameId: string, paragraphId: string): Promise<{ x: number; y: number }> {
  const run = headlineRun(page, frameId, paragraphId);
  return { x: Number(await run.getAttribute('data-x')), y: Number(await run.getAttribute('data-y')) };
}

/** Glyphs drawn by these runs: each run is one path and says how many glyphs its outline holds. */
async function glyphCount(runs: Locator): Promise<number> {
  return runs.evaluateAll((els) => els.reduce((sum, r) => sum + Number(r.getAttribute('data-glyphs')), 0));
}

test('measures the canvas for its fit zoom before the page text is in, so the text is laid out once, at that zoom', async ({ page }) => {
  // Whether glyph runs were in the page when the canvas first read its own size (a forced layout).
  await page.addInitScript(() => {
    const clientWidth = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!;
    const record = window as unknown as { textAtFirstMeasure?: boolean };
    Object.defineProperty(Element.prototype, 'clientWidth', {
      configurable: true,
      get(this: Element): number {
        if (record.textAtFirstMeasure === undefined && this.getAttribute('data-testid') === 'canvas') {
          record.textAtFirstMeasure = document.querySelector('[data-testid="glyph-run"]') !== null;
        }
        return clientWidth.get!.call(this) as number;
      },
    });
  });
  await openComposed(page);
  await expect(page.getByTestId('glyph-run').first()).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { textAtFirstMeasure?: boolean }).textAtFirstMeasure)).toBe(false);
});

test('the sample page shows its composed text, drawn as glyph outlines only', async ({ page }, testInfo) => {
  const { edition } = await fetchDocument(galley);
  const { frame: article, headlineId } = firstArticle(edition);
  await openComposed(page);
  const svg = page.getByTestId('page-svg');

  const glyphs = await glyphCount(svg.locator('path.glyph-run'));
  expect(glyphs).toBeGreaterThan(3000);
  const run = headlineRun(page, article.id, headlineId);
  await expect(run).toBeAttached();
  expect(Number(await run.getAttribute('data-size'))).toBe(edition.styles.paragraph.find((s) => s.id === ParagraphStyleIds.headline)!.size);
  // The headline is several runs (Latin digits, then Han in the sans face) on one or two lines.
  const headlineGlyphs = await glyphCount(frame(page, article.id).locator(`path.glyph-run[data-paragraph-id="${headlineId}"]`));
  expect(headlineGlyphs).toBeGreaterThan(10);

  // No text is set by the browser: the SVG's only <text> are the frame labels and overset marks,
  // there is no foreignObject, and every glyph run is one outline path: drawing glyphs exactly when
  // it says it does, with nothing inside it.
  const audit = await svg.evaluate((el) => {
    const texts = Array.from(el.querySelectorAll('text')).filter((t) => !t.closest('.overset-mark') && !t.classList.contains('frame-label'));
    const labelsMatch = Array.from(el.querySelectorAll('text.frame-label')).every((t) => t.textContent === t.closest('[data-testid="frame"]')?.getAttribute('data-label'));
    const runs = Array.from(el.querySelectorAll('[data-testid="glyph-run"]'));
    const notPaths = runs.filter((r) => !(r instanceof SVGPathElement)).length;
    const wrongOutline = runs.filter((r) => (Number(r.getAttribute('data-glyphs')) > 0) !== /^M[-\d.]+ [-\d.]+[a-z]/u.test(r.getAttribute('d') ?? '')).length;
    const runChildren = runs.filter((r) => r.childElementCount > 0).length;
    return { otherTexts: texts.length, labelsMatch, foreign: el.querySelectorAll('foreignObject').length, uses: el.querySelectorAll('use').length, notPaths, wrongOutline, runChildren };
  });
  expect(audit).toEqual({ otherTexts: 0, labelsMatch: true, foreign: 0, uses: 0, notPaths: 0, wrongOutline: 0, runChildren: 0 });

  const status = page.getByTestId('layout-status');
  const fontBytes = Number(await status.getAttribute('data-font-bytes'));
  const firstPaint = await page.evaluate(() => performance.getEntriesByName('galley:first-composed-paint')[0]?.startTime ?? -1);
  expect(firstPaint).toBeGreaterThan(0);
  testInfo.annotations.push({ type: 'figures', description: `${glyphs} glyphs; first composed paint ${firstPaint.toFixed(0)} ms after navigation; ${(fontBytes / 1e6).toFixed(1)} MB of fonts fetched; page composed in ${await status.getAttribute('data-compose-ms')} ms` });
  await page.screenshot({ path: testInfo.outputPath('composed-page.png') });
});

test('Node and Chromium compose the sample edition to byte-identical layout JSON', async ({ page }) => {
  const { edition } = await fetchDocument(galley);
  await openComposed(page, '&galley-test-hooks=1');
  type Hook = { __galleyLayoutJson: (via?: 'engine' | 'incremental') => Promise<string> };
  const inBrowser = await page.evaluate(() => (window as unknown as Hook).__galleyLayoutJson('engine'));
  const viaPageView = await page.evaluate(() => (window as unknown as Hook).__galleyLayoutJson('incremental'));

  const families = edition.styles.paragraph.flatMap((s) => [s.font.cjk, s.font.latin]);
  const env = await loadLayoutEnv(createFontService({ projectRoot: ROOT, systemDirs: [] }), { families });
  const compose: ComposeParagraph = (p, style, styles, measureFor, e) => composeParagraph(p, style, styles, measureFor, e);
  const inNode = layoutToJson(composeEdition(edition, env, compose));

  expect(inNode.length).toBeGreaterThan(100_000);
  const firstDifference = (a: string, b: string): string => {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return i === a.length && a.length === b.length ? 'identical' : `differs at ${i}: node …${a.slice(i - 80, i + 80)}… chromium …${b.slice(i - 80, i + 80)}…`;
  };
  expect(firstDifference(inNode, inBrowser)).toBe('identical');
  expect(firstDifference(inNode, viaPageView)).toBe('identical');
});

test('moving a frame recomposes its text where the frame went, and undo puts it back', async ({ page }) => {
  const { edition } = await fetchDocument(galley);
  const { frame: article, headlineId } = firstArticle(edition);
  await openComposed(page);
  const before = await runOrigin(page, article.id, headlineId);
  const glyphsBefore = await glyphCount(frame(page, article.id).locator('path.glyph-run'));

  // Three baseline-grid steps down: the frame keeps its width, so its headline is set the same,
  // three lines lower.
  const z = await zoom(page);
  const pitch = edition.format.baselineGrid.pitch;
  await dragFrame(page, article.id, 0, Math.round(3.2 * pitch * z));
  const movedY = Math.round((article.y + 3 * pitch) * 1000) / 1000;
  await expectFrameAt(page, article.id, article.x, movedY);
  await expect.poll(() => runOrigin(page, article.id, headlineId)).toEqual({ x: before.x, y: Math.round((before.y + movedY - article.y) * 1000) / 1000 });
  // The text is drawn there, not just recorded: the run's box on screen moved by the same amount.
  const box = await headlineRun(page, article.id, headlineId).boundingBox();
  expect(box).not.toBeNull();
  expect(await glyphCount(frame(page, article.id).locator('path.glyph-run'))).toBeGreaterThan(glyphsBefore / 2);
  await expectSaved(page);

  await page.getByTestId('undo').click();
  await expectFrameAt(page, article.id, article.x, article.y);
  await expect.poll(() => runOrigin(page, article.id, headlineId)).toEqual(before);
  const boxBack = await headlineRun(page, article.id, headlineId).boundingBox();
  expect(boxBack!.y).toBeCloseTo(box!.y - (movedY - article.y) * z, 0);
  await expectSaved(page);
});

test('when this computer lacks a font the styles name, the banner says which, in the window\'s language', async ({ page }) => {
  // The host lists its fonts without the body face (as on a machine that never installed it).
  await page.route('**/api/listFonts', async (route) => {
    const answer = (await (await route.fetch()).json()) as { ok: true; value: { fonts: Array<{ family: string }> } };
    const fonts = answer.value.fonts.filter((f) => f.family !== 'Noto Serif SC');
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: { ...answer.value, fonts } }) });
  });
  await page.goto(galley.url);
  const banner = page.getByTestId('layout-error');
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner).toContainText('无法排出文字：样式用到的字体本机没有（Noto Serif SC (regular)');
  await expect(banner).not.toContainText('no such family');
  await expect(page.getByTestId('frame').first()).toBeVisible();
});

test('when the fonts cannot be loaded the frames stay, without text, under an error banner', async ({ page }) => {
  await page.route('**/api/readFont/**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'not-found', message: 'the font file changed since it was listed' } }) }),
  );
  await page.goto(galley.url);
  await expect(page.getByTestId('layout-error')).toBeVisible({ timeout: 30_000 });
  // Faces load in parallel, so the banner names whichever request failed first.
  await expect(page.getByTestId('layout-error')).toContainText(/NotoSerifSC|NotoSansSC|SourceSerif4/u);
  await expect(page.getByTestId('layout-error')).toContainText('the font file changed since it was listed');
  await expect(page.getByTestId('frame').first()).toBeVisible();
  expect(await page.locator('[data-testid="glyph-run"]').count()).toBe(0);
});
