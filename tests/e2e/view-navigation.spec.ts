// The page view as a layout editor moves around it: fit page, fit width and 100 %, Ctrl + wheel
// zooming about the pointer, the hand (Space-drag, middle-drag) and the wheel panning, rulers in
// mm and in 字/行 with the pointer readout, each guide layer switched on its own, and ruler
// guides pulled out of the rulers, undone, redone and dropped back to remove them.
import { expect, type Page, test } from '@playwright/test';
import { type Edition, mmToPt, typeArea } from '../../src/shared/model';
import { fetchDocument } from './support/edition';
import { type GalleyServer, startGalley } from './support/galleyServe';
import { zoom } from './support/pageView';

let galley: GalleyServer;
let edition: Edition;

test.beforeAll(async () => {
  galley = await startGalley();
  edition = (await fetchDocument(galley)).edition;
});

test.afterAll(async () => {
  if (!galley) return;
  expect(await galley.stop()).toBe(0);
});

/** Screen position of a page point (pt from the trim corner). */
async function toScreen(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  return page.getByTestId('page-svg').evaluate(
    (svg, at) => {
      const m = (svg as SVGSVGElement).getScreenCTM();
      if (!m) throw new Error('the page has no screen matrix');
      return { x: m.a * at.x + m.e, y: m.d * at.y + m.f };
    },
    { x, y },
  );
}

/** The page point (pt) under a screen position. */
async function toPage(page: Page, at: { x: number; y: number }): Promise<{ x: number; y: number }> {
  return page.getByTestId('page-svg').evaluate((svg, p) => {
    const m = (svg as SVGSVGElement).getScreenCTM();
    if (!m) throw new Error('the page has no screen matrix');
    return { x: (p.x - m.e) / m.a, y: (p.y - m.f) / m.d };
  }, at);
}

async function scroll(page: Page): Promise<{ left: number; top: number }> {
  return page.getByTestId('canvas').evaluate((el) => ({ left: el.scrollLeft, top: el.scrollTop }));
}

/** A press on the pasteboard, so no toolbar button keeps the focus (Space would press it). */
async function focusCanvas(page: Page): Promise<void> {
  const box = await page.getByTestId('page-svg').boundingBox();
  if (!box) throw new Error('no page');
  await page.mouse.click(box.x + 4, box.y + 4);
}

async function open(page: Page): Promise<void> {
  await page.goto(galley.url);
  await expect(page.getByTestId('page-svg')).toBeVisible();
}

test.describe('zoom', () => {
  test('fits the page, fits the width and shows 100 %, each button saying which is on', async ({ page }) => {
    // A window where the page's height is what limits it, so fitting the width is larger.
    await page.setViewportSize({ width: 1400, height: 800 });
    await open(page);
    const svg = page.getByTestId('page-svg');
    const width = async (): Promise<number> => Number(await svg.getAttribute('width'));
    const fitPage = await width();
    const canvas = await page.getByTestId('canvas').evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
    // Fit page: the whole page (with its pasteboard) is inside the canvas.
    expect(fitPage).toBeLessThanOrEqual(canvas.width);
    expect(Number(await svg.getAttribute('height'))).toBeLessThanOrEqual(canvas.height);
    await expect(page.getByTestId('zoom-fit')).toHaveAttribute('aria-pressed', 'true');

    await page.getByTestId('zoom-fit-width').click();
    await expect(page.getByTestId('zoom-fit-width')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('zoom-fit')).toHaveAttribute('aria-pressed', 'false');
    // Fit width: as wide as the canvas less the ruler and the margins, so taller than it.
    await expect.poll(width).toBeGreaterThan(fitPage);
    const wide = await page.getByTestId('canvas').evaluate((el) => el.clientWidth);
    expect(Math.abs((await width()) - (wide - 22 - 32))).toBeLessThanOrEqual(2);

    await page.getByTestId('zoom-actual').click();
    await expect(page.getByTestId('zoom-value')).toHaveText('100%');
    const viewBoxWidth = await svg.evaluate((el) => (el as SVGSVGElement).viewBox.baseVal.width);
    expect(await width()).toBeCloseTo((viewBoxWidth * 96) / 72, 1);

    await page.getByTestId('zoom-fit').click();
    await expect.poll(width).toBeCloseTo(fitPage, 0);
    await page.screenshot({ path: test.info().outputPath('fit-page.png') });
  });

  test('zooms with Ctrl + wheel about the pointer: the point under it stays under it', async ({ page }) => {
    await open(page);
    const box = (await page.getByTestId('page-svg').boundingBox())!;
    const at = { x: Math.round(box.x + box.width * 0.3), y: Math.round(box.y + box.height * 0.4) };
    const before = await toPage(page, at);
    const z0 = await zoom(page);
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => zoom(page)).toBeGreaterThan(z0 * 1.3);
    const after = await toPage(page, at);
    const z1 = await zoom(page);
    // Within a screen pixel of where it was.
    expect(Math.abs(after.x - before.x) * z1).toBeLessThanOrEqual(1.5);
    expect(Math.abs(after.y - before.y) * z1).toBeLessThanOrEqual(1.5);
    await expect(page.getByTestId('zoom-fit')).toHaveAttribute('aria-pressed', 'false');

    // And back out again about the same point.
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 300);
    await page.keyboard.up('Control');
    await expect.poll(() => zoom(page)).toBeLessThan(z1 / 1.3);
  });

  test('keeps the centre of the view still when the toolbar zooms, and takes Ctrl+1 for 100 %', async ({ page }) => {
    await open(page);
    await page.getByTestId('zoom-fit-width').click();
    const canvas = page.getByTestId('canvas');
    await canvas.evaluate((el) => el.scrollBy(0, 400));
    const rect = (await canvas.boundingBox())!;
    const centre = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    const before = await toPage(page, centre);
    await page.getByTestId('zoom-in').click();
    await expect.poll(async () => Math.abs((await toPage(page, centre)).y - before.y) * (await zoom(page))).toBeLessThanOrEqual(1.5);
    await focusCanvas(page);
    await page.keyboard.press('Control+1');
    await expect(page.getByTestId('zoom-value')).toHaveText('100%');
  });
});

test.describe('touch', () => {
  test('zooms with a two-finger pinch about the fingers', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, viewport: { width: 1400, height: 1000 } });
    try {
      const page = await context.newPage();
      await open(page);
      const { revision } = await fetchDocument(galley);
      const z0 = await zoom(page);
      const box = (await page.getByTestId('page-svg').boundingBox())!;
      const mid = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
      const before = await toPage(page, mid);
      const cdp = await context.newCDPSession(page);
      const fingers = (spread: number) => [
        { x: mid.x - spread, y: mid.y, id: 1 },
        { x: mid.x + spread, y: mid.y, id: 2 },
      ];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(50) });
      for (const spread of [60, 75, 90, 100]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      // The fingers moved twice as far apart: twice the zoom, the point between them kept.
      await expect.poll(() => zoom(page)).toBeCloseTo(z0 * 2, 1);
      const after = await toPage(page, mid);
      expect(Math.abs(after.x - before.x) * (await zoom(page))).toBeLessThanOrEqual(2);
      expect(Math.abs(after.y - before.y) * (await zoom(page))).toBeLessThanOrEqual(2);
      // The first finger landed on the page, but a pinch moves no frame.
      await expect(page.getByTestId('undo')).toBeDisabled();
      expect((await fetchDocument(galley)).revision).toBe(revision);
    } finally {
      await context.close();
    }
  });
});

test.describe('panning', () => {
  test('drags the view with Space held and with the middle button, moving no frame', async ({ page }) => {
    await open(page);
    const { revision } = await fetchDocument(galley);
    await page.getByTestId('zoom-actual').click();
    await focusCanvas(page);
    const rect = (await page.getByTestId('canvas').boundingBox())!;
    const start = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    const s0 = await scroll(page);

    await page.keyboard.down('Space');
    await expect(page.getByTestId('canvas')).toHaveClass(/is-pan-ready/u);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x - 60, start.y - 50, { steps: 5 });
    await page.mouse.move(start.x - 120, start.y - 100, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Space');
    const s1 = await scroll(page);
    expect(s1.left - s0.left).toBeCloseTo(120, -1);
    expect(s1.top - s0.top).toBeCloseTo(100, -1);

    await page.mouse.move(start.x, start.y);
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(start.x + 80, start.y + 40, { steps: 6 });
    await page.mouse.up({ button: 'middle' });
    const s2 = await scroll(page);
    expect(s2.left - s1.left).toBeCloseTo(-80, -1);
    expect(s2.top - s1.top).toBeCloseTo(-40, -1);

    // Neither drag was an edit.
    expect((await fetchDocument(galley)).revision).toBe(revision);
    await expect(page.getByTestId('undo')).toBeDisabled();
  });

  test('scrolls the view with the plain wheel, without zooming', async ({ page }) => {
    await open(page);
    await page.getByTestId('zoom-actual').click();
    const z = await zoom(page);
    const rect = (await page.getByTestId('canvas').boundingBox())!;
    await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
    const s0 = await scroll(page);
    await page.mouse.wheel(0, 240);
    await expect.poll(async () => (await scroll(page)).top).toBeGreaterThan(s0.top + 100);
    expect(await zoom(page)).toBe(z);
  });
});

test.describe('rulers', () => {
  test('read out the pointer in millimetres, then in 字 and 行 from the type area', async ({ page }) => {
    await open(page);
    await expect(page.getByTestId('ruler-top')).toHaveAttribute('data-unit', 'mm');
    const readout = page.getByTestId('cursor-readout');
    const at = await toScreen(page, mmToPt(100), mmToPt(200));
    await page.mouse.move(at.x, at.y);
    await expect(readout).toBeVisible();
    expect(Number(await readout.getAttribute('data-x'))).toBeCloseTo(100, 0);
    expect(Number(await readout.getAttribute('data-y'))).toBeCloseTo(200, 0);
    await expect(readout).toContainText('毫米');
    await expect(page.getByTestId('ruler-marker')).toHaveCount(2);

    await page.getByTestId('ruler-unit').selectOption('grid');
    await expect(page.getByTestId('ruler-top')).toHaveAttribute('data-unit', 'zi');
    await expect(page.getByTestId('ruler-left')).toHaveAttribute('data-unit', 'hang');
    const area = typeArea(edition.format);
    // The second base column starts 14 字 in (13 字 and a 1 字 gutter); 40 行 down.
    const cell = await toScreen(page, area.x + 14 * edition.format.bodySize, area.y + 40 * edition.format.baselineGrid.pitch);
    await page.mouse.move(cell.x, cell.y);
    await expect.poll(async () => Number(await readout.getAttribute('data-x'))).toBeCloseTo(14, 0);
    expect(Number(await readout.getAttribute('data-y'))).toBeCloseTo(40, 0);
    await expect(readout).toContainText('字');
    await expect(readout).toContainText('行');

    await page.mouse.move(2, 2);
    await expect(readout).toBeHidden();
    await page.screenshot({ path: test.info().outputPath('rulers-grid.png') });
  });
});

test.describe('guides', () => {
  test('switches margins, columns and the baseline grid each on its own', async ({ page }) => {
    await open(page);
    await expect(page.getByTestId('margin-guide')).toHaveCount(1);
    await expect(page.getByTestId('column-guide')).toHaveCount(edition.format.columns);
    await expect(page.getByTestId('baseline-grid')).toHaveCount(0);

    await page.getByTestId('toggle-columns').click();
    await expect(page.getByTestId('column-guide')).toHaveCount(0);
    await expect(page.getByTestId('margin-guide')).toHaveCount(1);
    await page.getByTestId('toggle-margins').click();
    await expect(page.getByTestId('margin-guide')).toHaveCount(0);
    await page.getByTestId('toggle-baseline').click();
    await expect(page.getByTestId('baseline-grid')).toHaveCount(1);
    await expect(page.getByTestId('column-guide')).toHaveCount(0);

    // The all-guides switch hides every layer and brings each back as it was.
    await page.getByTestId('toggle-guides').click();
    await expect(page.getByTestId('baseline-grid')).toHaveCount(0);
    await expect(page.getByTestId('toggle-baseline')).toBeDisabled();
    await page.getByTestId('toggle-guides').click();
    await expect(page.getByTestId('baseline-grid')).toHaveCount(1);
    await expect(page.getByTestId('margin-guide')).toHaveCount(0);
  });

  test('pulls a guide out of each ruler, undoes and redoes it, and removes it by dropping it on the ruler', async ({ page }) => {
    await open(page);
    const pageId = edition.pages[0]!.id;
    const guidesOnDisk = async (): Promise<{ vertical: number[]; horizontal: number[] }> =>
      (await fetchDocument(galley)).edition.pages.find((p) => p.id === pageId)!.guides;

    // A horizontal guide from the top ruler, dropped 300 mm down the page.
    const top = (await page.getByTestId('ruler-top').boundingBox())!;
    const target = await toScreen(page, mmToPt(150), mmToPt(300));
    await page.mouse.move(target.x, top.y + top.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x, target.y - 40, { steps: 5 });
    await expect(page.getByTestId('ruler-guide-preview')).toHaveAttribute('data-drop', 'place');
    await page.mouse.move(target.x, target.y, { steps: 5 });
    await page.mouse.up();
    const horizontal = page.locator('[data-testid="ruler-guide"][data-axis="horizontal"]');
    await expect(horizontal).toHaveCount(1);
    const y = Number(await horizontal.getAttribute('data-position'));
    expect(Math.abs(y / mmToPt(1) - 300)).toBeLessThan(4); // it may snap to a grid line nearby
    await expect.poll(guidesOnDisk).toEqual({ vertical: [], horizontal: [y] });

    // A vertical guide from the left ruler.
    const left = (await page.getByTestId('ruler-left').boundingBox())!;
    const across = await toScreen(page, mmToPt(120), mmToPt(250));
    await page.mouse.move(left.x + left.width / 2, across.y);
    await page.mouse.down();
    await page.mouse.move(across.x, across.y, { steps: 8 });
    await page.mouse.up();
    await expect(page.locator('[data-testid="ruler-guide"][data-axis="vertical"]')).toHaveCount(1);

    // Each was one undoable step.
    await page.getByTestId('undo').click();
    await expect(page.locator('[data-testid="ruler-guide"][data-axis="vertical"]')).toHaveCount(0);
    await expect(horizontal).toHaveCount(1);
    await page.getByTestId('redo').click();
    await expect(page.locator('[data-testid="ruler-guide"][data-axis="vertical"]')).toHaveCount(1);
    await page.screenshot({ path: test.info().outputPath('ruler-guides.png') });

    // Grabbing the horizontal guide and dropping it back on the top ruler removes it.
    const line = await toScreen(page, mmToPt(60), y);
    await page.mouse.move(line.x, line.y);
    await page.mouse.down();
    await page.mouse.move(line.x, top.y + top.height / 2, { steps: 8 });
    await expect(page.getByTestId('ruler-guide-preview')).toHaveAttribute('data-drop', 'remove');
    await page.mouse.up();
    await expect(horizontal).toHaveCount(0);
    await expect.poll(async () => (await guidesOnDisk()).horizontal).toEqual([]);
    expect((await guidesOnDisk()).vertical).toHaveLength(1);

    // A guide pulled out but dropped back on its ruler is never made.
    await page.mouse.move(target.x, top.y + top.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x, target.y, { steps: 4 });
    await page.mouse.move(target.x, top.y + 4, { steps: 4 });
    await page.mouse.up();
    await expect(horizontal).toHaveCount(0);
  });
});
