// The side panels on a laptop-sized window: each hides to a narrow rail and the page takes the
// room (the fit zoom grows); the choice survives a reload; a rail brings its panel back.
import { expect, type Page, test } from '@playwright/test';
import { type GalleyServer, startGalley } from './support/galleyServe';

let galley: GalleyServer;

test.beforeAll(async () => {
  galley = await startGalley();
});

test.afterAll(async () => {
  if (!galley) return;
  expect(await galley.stop()).toBe(0);
});

const PANELS = ['pages', 'inspector', 'stories'] as const;

async function zoomPercent(page: Page): Promise<number> {
  return Number(await page.getByTestId('zoom-value').getAttribute('data-percent'));
}

test('hiding the side panels gives the page their room, stays so after a reload, and the rails bring them back', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 1000 });
  await page.goto(galley.url);
  await expect(page.getByTestId('page-svg')).toBeVisible();
  const canvas = page.getByTestId('canvas');
  const before = { zoom: await zoomPercent(page), width: (await canvas.boundingBox())!.width };
  // The panels are narrower than on a wide window, so the page keeps a usable share.
  expect(before.width).toBeGreaterThan(440);

  for (const panel of PANELS) {
    await page.getByTestId(`side-panel-hide-${panel}`).click();
    await expect(page.getByTestId(`side-panel-${panel}`)).toHaveCount(0);
    await expect(page.getByTestId(`side-panel-show-${panel}`)).toHaveAttribute('aria-expanded', 'false');
  }
  await expect(page.getByRole('button', { name: '显示稿件栏' })).toBeVisible();
  await expect.poll(async () => (await canvas.boundingBox())!.width).toBeGreaterThan(before.width + 500);
  await expect.poll(() => zoomPercent(page)).toBeGreaterThan(before.zoom);
  await page.screenshot({ path: test.info().outputPath('side-panels-hidden.png') });

  await page.reload();
  await expect(page.getByTestId('page-svg')).toBeVisible();
  for (const panel of PANELS) await expect(page.getByTestId(`side-panel-show-${panel}`)).toBeVisible();
  await expect(page.getByTestId('stories-dock')).toHaveCount(0);

  for (const panel of PANELS) await page.getByTestId(`side-panel-show-${panel}`).click();
  await expect(page.getByTestId('stories-dock')).toBeVisible();
  await expect(page.getByTestId('thumbnails')).toBeVisible();
  await expect(page.getByTestId('properties-panel')).toBeVisible();
  await expect.poll(() => zoomPercent(page)).toBe(before.zoom);
});

test('on a 1366 × 768 laptop the main toolbar keeps to one row in Chinese and in English', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(galley.url);
  await expect(page.getByTestId('page-svg')).toBeVisible();
  // Rows of controls: tops more than half a control's height apart (a select sits a pixel lower).
  const rows = async (): Promise<number> =>
    page.getByTestId('toolbar').evaluate((bar) => {
      const boxes = Array.from(bar.querySelectorAll('button, select')).map((el) => el.getBoundingClientRect()).filter((b) => b.height > 0);
      const tops = boxes.map((b) => b.top).sort((a, b) => a - b);
      const half = Math.min(...boxes.map((b) => b.height)) / 2;
      return tops.filter((top, i) => i === 0 || top - tops[i - 1]! > half).length;
    });
  expect(await rows()).toBe(1);
  // The English words are longer: "Fit page", "Baseline"; photo import sits beside the frame tools.
  await page.getByTestId('language-select').selectOption('en');
  await expect(page.getByRole('button', { name: 'Fit page' })).toBeVisible();
  expect(await rows()).toBe(1);
  await expect(page.getByTestId('frame-toolbar').getByRole('button', { name: 'Import photo…' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('toolbar-en-1366.png') });
});
