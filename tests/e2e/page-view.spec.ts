import { expect, test } from '@playwright/test';
import { type Edition, ptToMm } from '../../src/shared/model';
import { articleStories, fetchDocument } from './support/edition';
import { type GalleyServer, startGalley } from './support/galleyServe';
import { frame } from './support/pageView';

let galley: GalleyServer;
let edition: Edition;

test.beforeAll(async () => {
  galley = await startGalley();
  edition = (await fetchDocument(galley)).edition;
});

test.afterAll(async () => {
  if (!galley) return; // beforeAll failed and said why
  // SIGTERM is a clean shutdown: serve flushes, releases its lock and exits 0.
  expect(await galley.stop()).toBe(0);
});

test.describe('the page view', () => {
  test('shows every article as a frame labelled with its slug, and the photo', async ({ page }) => {
    // Errors include Content-Security-Policy violations, which the browser reports on the console.
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(galley.url);
    const articles = articleStories(edition);
    expect(articles).toHaveLength(9);
    await expect(page.getByTestId('frame').first()).toBeVisible();
    const labels = await page.getByTestId('frame').evaluateAll((els) => els.map((el) => (el as SVGGElement).dataset['label']));
    for (const story of articles) expect(labels, `a frame labelled ${story.slug}`).toContain(story.slug);
    // Over its set text a frame draws no label, selected or not: labels sat on headlines and
    // datelines, and above a selected frame on the masthead; the status bar names the selection.
    // The page's own first frame with text (the running head's two lines share one box on the master).
    const lead = page.locator('[data-testid="frame"][data-master="false"]').filter({ has: page.locator('[data-testid="glyph-run"]') }).first();
    await expect(lead).toBeVisible();
    const slug = (await lead.getAttribute('data-label'))!;
    await expect(lead.locator('.frame-label')).toHaveCount(0);
    const outline = (await lead.locator('.frame-outline').boundingBox())!;
    await page.mouse.click(outline.x + outline.width - 4, outline.y + outline.height - 4);
    await expect(lead).toHaveAttribute('data-selected', 'true');
    await expect(lead.locator('.frame-label')).toHaveCount(0);
    await expect(page.getByTestId('status-bar')).toContainText(slug);

    const images = page.locator('[data-testid="frame"][data-kind="image"]');
    await expect(images).toHaveCount(edition.pages[0]!.frames.filter((f) => f.kind === 'image').length);
    await expect(images.first()).toBeVisible();
    // The photo itself is on screen, loaded through readAsset as a blob: URL.
    await expect(images.first().locator('[data-testid="frame-image"] image')).toHaveAttribute('href', /^blob:/);

    // The page grid: one guide per base column.
    await expect(page.getByTestId('column-guide')).toHaveCount(edition.format.columns);
    await page.screenshot({ path: test.info().outputPath('page-view.png') });
    expect(errors).toEqual([]);
  });

  test('lists every page as a thumbnail with its label', async ({ page }) => {
    await page.goto(galley.url);
    const thumbnails = page.getByTestId('page-thumbnail');
    await expect(thumbnails).toHaveCount(edition.pages.length);
    for (const [i, p] of edition.pages.entries()) {
      await expect(thumbnails.nth(i)).toContainText(p.label);
      await expect(thumbnails.nth(i).locator('svg rect.thumbnail-frame')).toHaveCount(
        p.frames.length + (edition.masters.find((m) => m.id === p.masterId)?.frames.length ?? 0),
      );
    }
    await expect(thumbnails.first()).toHaveAttribute('aria-current', 'page');
  });

  test('shows the running head filled in from the master page template', async ({ page }) => {
    await page.goto(galley.url);
    // Found by its label (data-label): over its set text the label is not drawn.
    const furniture = page.locator(`[data-testid="frame"][data-kind="text"][data-label*="${edition.meta.paper}"]`);
    await expect(furniture.first()).toBeVisible();
    const label = await furniture.first().getAttribute('data-label');
    expect(label).toContain(edition.meta.paper);
    expect(label).not.toContain('{');
  });

  test('reads out the selected frame position and size in millimetres', async ({ page }) => {
    await page.goto(galley.url);
    const target = edition.pages[0]!.frames.find((f) => f.kind === 'text' && f.storyId !== null)!;
    await frame(page, target.id).locator('.frame-outline').click({ position: { x: 20, y: 20 } });
    await expect(frame(page, target.id)).toHaveAttribute('data-selected', 'true');
    const readout = page.getByTestId('status-geometry');
    // In the panels' unit and words (毫米), as the rulers and the cursor readout say it.
    await expect(readout).toContainText(`X ${ptToMm(target.x).toFixed(1)}  Y ${ptToMm(target.y).toFixed(1)}  宽 ${ptToMm(target.width).toFixed(1)}`);
    await expect(readout).toContainText('毫米');
    await expect(readout).not.toContainText('mm');
  });

  test('toggles rulers, guides and the baseline grid', async ({ page }) => {
    await page.goto(galley.url);
    await expect(page.getByTestId('ruler-top')).toBeVisible();
    await expect(page.getByTestId('baseline-grid')).toHaveCount(0);
    await page.getByTestId('toggle-baseline').click();
    await expect(page.getByTestId('baseline-grid')).toHaveCount(1);
    await page.getByTestId('toggle-rulers').click();
    await expect(page.getByTestId('ruler-top')).toHaveCount(0);
    await page.getByTestId('toggle-guides').click();
    await expect(page.getByTestId('guides')).toHaveCount(0);
  });

  test('zooms in and out from the toolbar and fits the window again', async ({ page }) => {
    await page.goto(galley.url);
    const svg = page.getByTestId('page-svg');
    await expect(svg).toBeVisible();
    const fitWidth = Number(await svg.getAttribute('width'));
    const width = async (): Promise<number> => Number(await svg.getAttribute('width'));
    await page.getByTestId('zoom-in').click();
    await expect.poll(width).toBeCloseTo(fitWidth * 1.25, 0);
    await page.getByTestId('zoom-out').click();
    await page.getByTestId('zoom-out').click();
    await expect.poll(width).toBeCloseTo(fitWidth / 1.25, 0);
    await page.getByTestId('zoom-fit').click();
    await expect.poll(width).toBeCloseTo(fitWidth, 0);
  });
});

test.describe('languages', () => {
  test('starts in Chinese and switches the UI to English, remembering the choice', async ({ page }) => {
    await page.goto(galley.url);
    await expect(page.getByTestId('undo')).toHaveText('撤销');
    await expect(page.getByTestId('toggle-rulers')).toHaveText('标尺');
    await page.getByTestId('language-select').selectOption('en');
    await expect(page.getByTestId('undo')).toHaveText('Undo');
    await expect(page.getByTestId('toggle-rulers')).toHaveText('Rulers');
    await expect(page.getByTestId('status-bar')).toContainText('Click a frame');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await expect(page.getByTestId('undo')).toHaveText('Undo');
  });
});

test.describe('the HTTP host API', () => {
  test('refuses a request without the token with 401', async ({ request }) => {
    const response = await request.post(`${galley.origin}/api/getDocument`, { data: {} });
    expect(response.status()).toBe(401);
  });

  test('refuses a wrong token with 401 and answers the right one', async ({ request }) => {
    const wrong = await request.post(`${galley.origin}/api/getDocument`, { data: {}, headers: { Authorization: 'Bearer not-the-token' } });
    expect(wrong.status()).toBe(401);
    const right = await request.post(`${galley.origin}/api/getDocument`, { data: {}, headers: { Authorization: `Bearer ${galley.token}` } });
    expect(right.status()).toBe(200);
    const body = (await right.json()) as { ok: boolean; value?: { edition: { id: string } } };
    expect(body.ok).toBe(true);
    expect(body.value?.edition.id).toBe(edition.id);
  });

  test('keeps working when the token is no longer in the address', async ({ page }) => {
    await page.goto(galley.url);
    await expect(page.getByTestId('frame').first()).toBeVisible();
    await page.goto(`${galley.origin}/`);
    await expect(page.getByTestId('frame').first()).toBeVisible();
  });
});
