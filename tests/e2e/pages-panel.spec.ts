// The pages panel as a layout editor uses it, one step after another on one edition: add a page
// (it gets the master, and its running head reads 第二版), duplicate page 1 (new ids, its stories
// copied), reorder by dragging and with Alt+arrows (automatic labels and running heads follow),
// delete and undo, apply and remove the master, rename a section, and the spread view.
import { expect, type Page, test } from '@playwright/test';
import type { Edition } from '../../src/shared/model';
import { fetchDocument } from './support/edition';
import { type GalleyServer, startGalley } from './support/galleyServe';
import { expectSaved } from './support/pageView';

let galley: GalleyServer;
let original: Edition;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  galley = await startGalley();
  original = (await fetchDocument(galley)).edition;
});

test.afterAll(async () => {
  if (!galley) return;
  expect(await galley.stop()).toBe(0);
});

const thumbnails = (page: Page) => page.getByTestId('page-thumbnail');

async function open(page: Page): Promise<void> {
  await page.goto(galley.url);
  await expect(thumbnails(page).first()).toBeVisible();
}

async function labels(page: Page): Promise<string[]> {
  return thumbnails(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['label'] ?? ''));
}

/**
 * The running head as the page view shows it (the master's template frames, filled in): its
 * 第X版 and section at the outer edge, or its paper, date and day towards the spine.
 */
function runningHead(page: Page, part: 'number' | 'date' = 'number') {
  return page.locator(`[data-testid="frame"][data-master="true"][data-kind="text"][data-label*="${part === 'number' ? '版' : '年'}"]`);
}

async function pagesOnDisk(): Promise<Edition['pages']> {
  return (await fetchDocument(galley)).edition.pages;
}

test('adds a page after the current one, with its master: the running head reads 第二版', async ({ page }) => {
  await open(page);
  await expect(thumbnails(page)).toHaveCount(1);
  await page.getByTestId('page-add').click();
  await expect(thumbnails(page)).toHaveCount(2);
  await expect(thumbnails(page).nth(1)).toHaveAttribute('aria-current', 'page');
  expect(await labels(page)).toEqual(['A01', 'A02']);
  await expect(runningHead(page)).toHaveAttribute('data-label', /第二版/u);
  await expect(page.getByTestId('page-master')).toHaveValue(original.pages[0]!.masterId!);
  await expectSaved(page);
  await expect.poll(async () => (await pagesOnDisk()).length).toBe(2);
  const pages = await pagesOnDisk();
  expect(pages.map((p) => [p.number, p.label, p.section, p.masterId, p.frames.length])).toEqual([
    [1, 'A01', '要闻', original.pages[0]!.masterId, original.pages[0]!.frames.length],
    [2, 'A02', '要闻', original.pages[0]!.masterId, 0],
  ]);
});

test('duplicates page 1 right after it: new ids for the page and its frames, its stories copied', async ({ page }) => {
  await open(page);
  await thumbnails(page).first().click();
  await page.getByTestId('page-duplicate').click();
  await expect(thumbnails(page)).toHaveCount(3);
  await expect(thumbnails(page).nth(1)).toHaveAttribute('aria-current', 'page');
  // The blank page added before moves on to A03.
  expect(await labels(page)).toEqual(['A01', 'A02', 'A03']);
  await expect(runningHead(page)).toHaveAttribute('data-label', /第二版/u);
  const source = original.pages[0]!;
  await expect(page.locator('[data-testid="frame"][data-master="false"]')).toHaveCount(source.frames.length);
  await expectSaved(page);
  await expect.poll(async () => (await pagesOnDisk()).length).toBe(3);

  const { edition } = await fetchDocument(galley);
  const copy = edition.pages[1]!;
  const originalIds = new Set(source.frames.map((f) => f.id));
  expect(copy.id).not.toBe(source.id);
  expect(copy.frames.some((f) => originalIds.has(f.id))).toBe(false);
  expect(copy.frames.map((f) => [f.kind, f.x, f.y, f.width, f.height])).toEqual(source.frames.map((f) => [f.kind, f.x, f.y, f.width, f.height]));
  // Each story of the page has a copy of its own, so the copy's text is not the original's thread.
  expect(edition.stories).toHaveLength(original.stories.length * 2);
  const copiedStories = new Set(copy.frames.flatMap((f) => (f.kind === 'text' && f.storyId ? [f.storyId] : [])));
  for (const id of copiedStories) expect(original.stories.some((s) => s.id === id)).toBe(false);
  // And the original page is as it was.
  expect(edition.pages[0]).toEqual(source);
  await page.screenshot({ path: test.info().outputPath('pages-duplicated.png') });
});

test('reorders by dragging a thumbnail: labels and the running head follow the new order', async ({ page }) => {
  await open(page);
  const before = await pagesOnDisk();
  const blank = before[2]!;
  const from = (await thumbnails(page).nth(2).boundingBox())!;
  const to = (await thumbnails(page).nth(0).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 10, { steps: 10 });
  await expect(thumbnails(page).nth(0)).toHaveClass(/drop-before/u);
  await page.mouse.up();

  await expect(thumbnails(page).nth(0)).toHaveAttribute('data-page-id', blank.id);
  expect(await labels(page)).toEqual(['A01', 'A02', 'A03']);
  await expect(thumbnails(page).nth(0)).toHaveAttribute('aria-current', 'page');
  await expect(runningHead(page)).toHaveAttribute('data-label', /第一版/u);
  await expectSaved(page);
  await expect.poll(async () => (await pagesOnDisk()).map((p) => p.id)).toEqual([blank.id, before[0]!.id, before[1]!.id]);

  // One undo puts the order and the labels back.
  await page.getByTestId('undo').click();
  await expect(thumbnails(page).nth(2)).toHaveAttribute('data-page-id', blank.id);
  expect(await labels(page)).toEqual(['A01', 'A02', 'A03']);
  await expectSaved(page);
  await expect.poll(async () => (await pagesOnDisk()).map((p) => [p.id, p.label])).toEqual(before.map((p) => [p.id, p.label]));
});

test('moves the focused page with Alt+arrows and keeps the focus on it', async ({ page }) => {
  await open(page);
  const first = await thumbnails(page).nth(0).getAttribute('data-page-id');
  await thumbnails(page).nth(0).focus();
  await page.keyboard.press('ArrowDown');
  await expect(thumbnails(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(thumbnails(page).nth(0)).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(thumbnails(page).nth(1)).toHaveAttribute('data-page-id', first!);
  await expect(thumbnails(page).nth(1)).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(thumbnails(page).nth(2)).toHaveAttribute('data-page-id', first!);
  await expect(thumbnails(page).nth(2)).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: '第 3 版' })).toHaveCount(1);
  // Page 1's running head now reads 第三版; back where it was with two undos.
  await page.getByTestId('undo').click();
  await page.getByTestId('undo').click();
  await expect(thumbnails(page).nth(0)).toHaveAttribute('data-page-id', first!);
});

test('deletes the current page, keeping its stories, and undo brings it back exactly', async ({ page }) => {
  await open(page);
  const before = await fetchDocument(galley);
  const second = before.edition.pages[1]!;
  await thumbnails(page).nth(1).click();
  await page.getByTestId('page-delete').click();
  // A page with frames on it goes only after a yes; 取消 keeps it.
  expect(second.frames.length).toBeGreaterThan(0);
  const confirm = page.getByTestId('page-delete-confirm');
  await expect(confirm).toHaveText(new RegExp(`删除 ${second.label} 及其上的 ${second.frames.length} 个框？`, 'u'));
  // It says what happens to the stories set there: a continued one keeps its other frames.
  const storiesThere = new Set(second.frames.flatMap((f) => (f.kind === 'text' && f.storyId !== null ? [f.storyId] : [])));
  const continued = [...storiesThere].filter((id) => before.edition.pages.some((p) => p.id !== second.id && p.frames.some((f) => f.kind === 'text' && f.storyId === id))).length;
  const unplaced = storiesThere.size - continued;
  if (continued > 0) await expect(confirm).toContainText(`${continued} 篇转版稿件在其他版上的框保留，连排跳过此版。`);
  if (unplaced > 0) await expect(confirm).toContainText(`${unplaced} 篇稿件变为未排。`);
  expect(continued + unplaced).toBeGreaterThan(0);
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(thumbnails(page)).toHaveCount(3);
  await page.getByTestId('page-delete').click();
  await confirm.getByRole('button', { name: '删除版面' }).click();
  await expect(thumbnails(page)).toHaveCount(2);
  expect(await labels(page)).toEqual(['A01', 'A02']);
  await expectSaved(page);
  await expect.poll(async () => (await pagesOnDisk()).length).toBe(2);
  expect((await fetchDocument(galley)).edition.stories).toEqual(before.edition.stories);
  await page.getByTestId('undo').click();
  await expect(thumbnails(page)).toHaveCount(3);
  await expectSaved(page);
  await expect.poll(async () => (await fetchDocument(galley)).edition).toEqual(before.edition);
});

test('removes the master from a page and applies it again', async ({ page }) => {
  await open(page);
  await thumbnails(page).nth(2).click();
  await expect(runningHead(page)).toHaveCount(1);
  await page.getByTestId('page-master').selectOption('');
  await expect(page.locator('[data-testid="frame"][data-master="true"]')).toHaveCount(0);
  await expect(thumbnails(page).nth(2)).toHaveAttribute('data-master-id', '');
  await page.getByTestId('page-master').selectOption(original.masters[0]!.id);
  await expect(runningHead(page)).toHaveAttribute('data-label', /第三版/u);
  await expectSaved(page);
  await expect.poll(async () => (await pagesOnDisk())[2]?.masterId).toBe(original.masters[0]!.id);
});

test('renames the section, and the running head follows', async ({ page }) => {
  await open(page);
  await thumbnails(page).nth(2).click();
  await page.getByTestId('page-section').fill('综合');
  await page.getByTestId('page-section').press('Enter');
  await expect(thumbnails(page).nth(2)).toContainText('综合');
  await expect(runningHead(page)).toHaveAttribute('data-label', /综合/u);
  await expectSaved(page);
  await expect.poll(async () => (await pagesOnDisk())[2]?.section).toBe('综合');
});

test('refuses another page’s label, or none, and shows the page’s own again', async ({ page }) => {
  await open(page);
  await thumbnails(page).nth(1).click();
  const label = page.getByTestId('page-label');
  const own = await label.inputValue();
  await label.fill('A01');
  await label.press('Enter');
  await expect(page.getByTestId('notice')).toContainText('第 1 版已用版次 A01');
  await expect(label).toHaveValue(own);
  await label.fill('');
  await label.press('Enter');
  await expect(page.getByTestId('notice')).toContainText('版次不能为空');
  await expect(label).toHaveValue(own);
  expect(await labels(page)).toEqual(['A01', own, 'A03']);
});

test('keeps the current page’s fields in view however many pages there are: the thumbnails scroll', async ({ page }) => {
  // A laptop's height: with three pages the fields went below the window.
  await page.setViewportSize({ width: 1400, height: 760 });
  await open(page);
  await thumbnails(page).nth(2).click();
  await expect(page.getByTestId('page-master')).toBeInViewport({ ratio: 1 });
  expect(await page.getByTestId('page-list').evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
});

test('shows facing pages side by side in the spread view, page 1 alone on the right', async ({ page }) => {
  await open(page);
  const toggle = page.getByTestId('pages-spreads');
  const look = (): Promise<string> => toggle.evaluate((el) => getComputedStyle(el).backgroundColor);
  const off = await look();
  await toggle.click();
  await expect(page.getByTestId('page-list')).toHaveAttribute('data-layout', 'spreads');
  // The button shows it is on.
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await look()).not.toBe(off);
  await expect(page.getByTestId('page-row')).toHaveCount(2);
  const boxes = await Promise.all([0, 1, 2].map(async (i) => (await thumbnails(page).nth(i).boundingBox())!));
  const [one, two, three] = boxes as [NonNullable<(typeof boxes)[0]>, NonNullable<(typeof boxes)[0]>, NonNullable<(typeof boxes)[0]>];
  // Pages 2 and 3 face each other on one row, below page 1, which is on the right-hand side.
  expect(Math.abs(two.y - three.y)).toBeLessThan(2);
  expect(three.x).toBeGreaterThan(two.x + two.width - 2);
  expect(two.y).toBeGreaterThan(one.y + one.height - 2);
  expect(Math.abs(one.x - three.x)).toBeLessThan(4);
  await page.screenshot({ path: test.info().outputPath('pages-spreads.png') });
});

test('File ▸ Edition Details changes the date and day in the running head, as one undo step', async ({ page }) => {
  await open(page);
  await expect(runningHead(page, 'date')).toHaveAttribute('data-label', /2023年5月15日 {2}星期一/u);
  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: /版面信息/u }).click();
  const dialog = page.getByRole('dialog', { name: '版面信息' });
  await dialog.getByLabel('出版日期').fill('2023-05-16');
  await dialog.getByLabel('期号', { exact: true }).fill('10２5号');
  await dialog.getByRole('button', { name: '确定' }).click();
  // Not a number: said, and nothing changed.
  await expect(dialog.getByRole('alert')).toHaveText('期号须是整数（不填也可以）。');
  await expect(runningHead(page, 'date')).toHaveAttribute('data-label', /2023年5月15日 {2}星期一/u);
  await dialog.getByLabel('期号', { exact: true }).fill('1025');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  await expect(runningHead(page, 'date')).toHaveAttribute('data-label', /2023年5月16日 {2}星期二/u);
  await expectSaved(page);
  await expect.poll(async () => (await fetchDocument(galley)).edition.meta).toMatchObject({ date: '2023-05-16', issue: 1025 });
  await page.getByTestId('undo').click();
  await expect(runningHead(page, 'date')).toHaveAttribute('data-label', /2023年5月15日 {2}星期一/u);
});
