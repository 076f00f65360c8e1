// The layout editor's end-to-end scenario (issue 5 §7), acted the way a layout editor works,
// through `galley serve` in Chromium, one step per test on one page:
//   1. create an edition from the broadsheet preset;   2. import the seed text;
//   3. place three stories by dragging;                4. thread one across two frames on different pages;
//   5. type into one story and watch the overset change; 6. place and crop a photo;
//   7. undo back to the start and redo;                8. save, reload, and find everything as it was.
// Every control is found by its role and accessible name (or the test id its panel documents).
// A step whose panel is missing fails, naming the panel. Screenshots of each state go to e2e-screenshots/.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, type Locator, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { columnEdges, type Edition, type ImageFrame, ParagraphStyleIds, type TextFrame, typeArea } from '../../src/shared/model';
import { fetchDocument } from './support/edition';
import { centre, clickOnPage, dragOnPage, toScreen } from './support/frameTools';
import { type GalleyServer, serveEdition } from './support/galleyServe';
import { expectSaved, frame } from './support/pageView';

test.describe.configure({ mode: 'serial' });

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'bin/galley.mjs');
const SEED = join(ROOT, 'resources/sample/seed-page.txt');
const SHOTS = join(ROOT, 'e2e-screenshots/layout-scenario');
const PAPER = '今日市中';
const DATE = '2023-05-15';

let root: string;
let documents: string;
let galley: GalleyServer;
let page: Page;
/** The edition as step 1 made it: undo must come back to exactly this. */
let start: Edition;
/** Story ids placed in step 3 (by the panel, or none when it is missing). */
const placed: string[] = [];

test.beforeAll(async ({ browser }) => {
  root = mkdtempSync(join(tmpdir(), 'galley-scenario-'));
  documents = join(root, 'Documents');
  mkdirSync(join(documents, 'Galley'), { recursive: true });
  // Something to serve before File ▸ New: an empty edition made by the CLI.
  const first = join(documents, 'Galley', 'first.galley');
  await promisify(execFile)(process.execPath, [CLI, 'new', first]);
  galley = await serve(first);
  page = await browser.newPage();
  page.setDefaultTimeout(15_000);
});

test.afterAll(async () => {
  await page?.close();
  if (galley) expect(await galley.stop()).toBe(0);
  rmSync(root, { recursive: true, force: true });
});

function serve(dir: string): Promise<GalleyServer> {
  return serveEdition(dir, { args: ['--documents', documents], configDir: join(root, 'config') });
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function doc(): Promise<Edition> {
  return (await fetchDocument(galley)).edition;
}

/** The first of `candidates` present within a short wait, or null: the panel is not built yet. */
async function present(...candidates: Locator[]): Promise<Locator | null> {
  for (let i = 0; i < 6; i++) {
    for (const c of candidates) if ((await c.count()) > 0) return c.first();
    await page.waitForTimeout(250);
  }
  return null;
}

async function fileMenu(item: RegExp): Promise<void> {
  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

function articles(edition: Edition): string[] {
  return edition.stories.filter((s) => s.paragraphs.some((p) => p.style === ParagraphStyleIds.headline)).map((s) => s.id);
}


/** The open edition's folder name, as getDocument reports it. */
async function editionName(server: GalleyServer): Promise<string> {
  const result = await server.api('getDocument');
  if (!result.ok) throw new Error(result.error.message);
  return result.value.name;
}

test('1 · create an edition from the broadsheet preset', async () => {
  await page.goto(galley.url);
  await expect(page.getByTestId('workspace')).toBeVisible();
  await fileMenu(/新建版面/u);
  const dialog = page.getByRole('dialog', { name: '新建版面' });
  await dialog.getByRole('radio', { name: /对开/u }).check();
  await dialog.getByLabel('报名').fill(PAPER);
  await dialog.getByLabel('出版日期').fill(DATE);
  await dialog.getByRole('button', { name: '新建' }).click();
  await expect.poll(async () => (await editionName(galley))).toBe(`${PAPER}-${DATE}.galley`);
  await expect(page).toHaveTitle(new RegExp(`${PAPER}-${DATE}`, 'u'));
  await expect(page.getByTestId('page-svg')).toBeVisible();
  start = await doc();
  // One page, A01, whose only story is its masthead's (报头): the paper's name.
  expect([start.format.name, start.format.columns, start.pages.length, start.stories.map((s) => s.slug)]).toEqual(['对开', 8, 1, ['报头']]);
  expect(start.pages[0]!.section).toBe('要闻');
  await expect(page.getByTestId('undo')).toBeDisabled();
  await shot('01-new-broadsheet');
});

test('2 · import the seed text', async () => {
  await fileMenu(/导入文本/u);
  const dialog = page.getByRole('dialog', { name: '导入文本' });
  await dialog.getByLabel(/稿件文件/u).setInputFiles(SEED);
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  const report = dialog.getByTestId('import-report');
  await expect(report).toBeVisible();
  const count = Number(await report.getAttribute('data-stories'));
  expect(count).toBeGreaterThanOrEqual(3);
  await shot('02-import-report');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expectSaved(page);
  const edition = await doc();
  expect(edition.stories).toHaveLength(start.stories.length + count);
  expect(articles(edition).length).toBeGreaterThanOrEqual(3);
  // One import, one step: a single undo takes all of it away, redo brings it back.
  await page.getByTestId('undo').click();
  await expect.poll(async () => (await doc()).stories.length).toBe(start.stories.length);
  await page.getByTestId('redo').click();
  await expect.poll(async () => (await doc()).stories.length).toBe(start.stories.length + count);
});

test('3 · place three stories by dragging', async () => {
  const panel = await present(page.getByRole('region', { name: /^(稿件|Stories)/u }), page.getByTestId('stories-panel'));
  expect(panel, 'the stories panel (src/renderer/stories)').not.toBeNull();
  if (!panel) return;
  const edition = await doc();
  const edges = columnEdges(edition.format);
  const area = typeArea(edition.format);
  // Under the masthead's rule, and lower down the page.
  const mastheadFoot = Math.max(...edition.pages[0]!.frames.filter((f) => f.groupId !== null).map((f) => f.y + f.height));
  const targets = [0, 4, 0].map((column, i) => ({ x: (edges[column]?.left ?? area.x) + 6, y: i === 2 ? area.y + area.height * 0.55 : mastheadFoot + 20 }));
  // The first story placed needs faces the empty edition never loaded: the page waits for them.
  // It used to flash a failure banner ("no font of the family …"), which pushed the canvas down
  // and re-fitted the page under the next drag, so the next story landed a column off.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as { errorBanners?: string[] }).errorBanners = seen;
    new MutationObserver((records) => {
      for (const r of records) r.addedNodes.forEach((n) => n instanceof HTMLElement && n.matches('.banner-error') && seen.push(n.textContent ?? ''));
    }).observe(document.body, { childList: true, subtree: true });
  });
  for (const [i, storyId] of articles(edition).slice(0, 3).entries()) {
    const slug = edition.stories.find((s) => s.id === storyId)?.slug ?? '';
    const row = panel.getByTestId('story-row').filter({ hasText: slug }).first();
    const at = await toScreen(page, targets[i]!.x, targets[i]!.y);
    const box = await page.getByTestId('page-svg').boundingBox();
    await row.dragTo(page.getByTestId('page-svg'), { targetPosition: { x: at.x - (box?.x ?? 0), y: at.y - (box?.y ?? 0) } });
    await expect.poll(async () => (await doc()).pages[0]!.frames.some((f) => f.kind === 'text' && f.storyId === storyId)).toBe(true);
    placed.push(storyId);
  }
  await expectSaved(page);
  expect(await page.evaluate(() => (window as { errorBanners?: string[] }).errorBanners)).toEqual([]);
  const frames = (await doc()).pages[0]!.frames.filter((f) => f.kind === 'text' && f.storyId !== null && placed.includes(f.storyId));
  expect(frames.map((f) => f.x).sort((a, b) => a - b)).toEqual(targets.map((t) => t.x - 6).sort((a, b) => a - b));
  // Each frame is as deep as the engine needs for its story, with room below to spare: no overset.
  await expect(page.getByTestId('overset-mark')).toHaveCount(0);
  await shot('03-three-stories-placed');
});

test('4 · thread one story across two frames on different pages', async () => {
  expect(placed.length, 'stories placed in step 3').toBeGreaterThan(0);
  const addPage = await present(page.getByRole('navigation', { name: /版面|Pages/u }).getByRole('button', { name: /^(新建|Add)/u }), page.getByTestId('page-add'));
  expect(addPage, 'the pages panel’s add button (src/renderer/pages)').not.toBeNull();
  if (!addPage) return;
  await addPage.click();
  await expect.poll(async () => (await doc()).pages.length).toBe(2);
  const second = (await doc()).pages[1]!;
  await page.locator(`[data-testid="page-thumbnail"][data-page-id="${second.id}"]`).click();
  // A two-column text frame drawn with the text tool on page 2.
  const area = typeArea(start.format);
  await page.getByTestId('tool-text').click();
  await dragOnPage(page, { x: area.x + 4, y: area.y + 80 }, { x: area.x + area.width / 3, y: area.y + 400 });
  await expect.poll(async () => (await doc()).pages[1]!.frames.some((f) => f.kind === 'text')).toBe(true);
  const target = (await doc()).pages[1]!.frames.find((f) => f.kind === 'text')!;
  // Back on page 1: shorten the first placed frame so the story oversets, then link its out-port.
  const first = (await doc()).pages[0]!;
  await page.locator(`[data-testid="page-thumbnail"][data-page-id="${first.id}"]`).click();
  const source = first.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId === placed[0])!;
  await clickOnPage(page, { x: source.x + 10, y: source.y + 10 });
  await page.getByTestId('prop-height').fill('40');
  await page.getByTestId('prop-height').press('Enter');
  await expect(frame(page, source.id).getByTestId('overset-mark')).toBeVisible();
  await page.locator(`[data-testid="out-port"][data-frame-id="${source.id}"]`).click();
  await page.locator(`[data-testid="page-thumbnail"][data-page-id="${second.id}"]`).click();
  await clickOnPage(page, centre(target));
  await expect.poll(async () => (await doc()).pages[1]!.frames.find((f) => f.id === target.id)).toMatchObject({ storyId: placed[0] });
  await expect(frame(page, target.id).locator(`[data-testid="glyph-run"][data-story-id="${placed[0]}"]`).first()).toBeAttached();
  await shot('04-threaded-to-page-2');
  await page.locator(`[data-testid="page-thumbnail"][data-page-id="${first.id}"]`).click();
});

test('5 · type into one story and watch the overset count change', async () => {
  expect(placed.length, 'stories placed in step 3').toBeGreaterThan(0);
  const story = placed[1] ?? placed[0]!;
  const frameOf = (await doc()).pages[0]!.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId === story)!;
  await clickOnPage(page, { x: frameOf.x + 10, y: frameOf.y + 10 });
  const editor = await present(page.getByRole('textbox', { name: /稿件|正文|Story/u }), page.getByTestId('story-editor-text'));
  expect(editor, 'the story editor (src/renderer/story-editor)').not.toBeNull();
  if (!editor) return;
  // Shallow enough that the story oversets, then more text makes the overset grow.
  await page.getByTestId('prop-height').fill('30');
  await page.getByTestId('prop-height').press('Enter');
  const mark = frame(page, frameOf.id).getByTestId('overset-mark');
  await expect(mark).toBeVisible();
  const before = Number(await mark.getAttribute('data-chars'));
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('记者现场看到，群众有序排队参观。');
  await expect.poll(async () => Number(await mark.getAttribute('data-chars'))).toBeGreaterThan(before);
  await shot('05-typed-overset-grows');
  await page.keyboard.press('Escape');
});

/** A 2400 × 1600 px press photo at 300 ppi, made on the spot. */
async function pressPhoto(): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const buffer = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: { r: 70, g: 120, b: 160 } } })
    .composite([{ input: { create: { width: 900, height: 700, channels: 3, background: { r: 220, g: 190, b: 60 } } }, left: 300, top: 400 }])
    .jpeg({ quality: 80 })
    .withDensity(300)
    .toBuffer();
  return { name: '科技节.jpg', mimeType: 'image/jpeg', buffer };
}

test('6 · place and crop a photo', async () => {
  const area = typeArea(start.format);
  const edges = columnEdges(start.format);
  // An image frame over columns 5–8, low on the page, drawn with the image tool.
  const from = { x: (edges[4]?.left ?? area.x) + 2, y: area.y + area.height * 0.62 };
  const to = { x: area.x + area.width - 2, y: area.y + area.height * 0.86 };
  await page.getByTestId('tool-image').click();
  await dragOnPage(page, from, to);
  await expect.poll(async () => (await doc()).pages[0]!.frames.some((f) => f.kind === 'image')).toBe(true);
  const imageId = (await doc()).pages[0]!.frames.find((f) => f.kind === 'image')!.id;
  await expect(frame(page, imageId)).toHaveAttribute('data-selected', 'true');
  const panel = page.getByRole('complementary', { name: '图片' });
  await panel.getByTestId('photo-choose-input').setInputFiles(await pressPhoto());
  await expect(panel.getByTestId('photo-facts')).toContainText('2400 × 1600');
  await expectSaved(page);
  const placedPhoto = (await doc()).pages[0]!.frames.find((f): f is ImageFrame => f.id === imageId)!;
  expect(placedPhoto.assetId).not.toBeNull();

  // Crop: pan the picture inside the frame in content mode.
  await panel.getByTestId('photo-content-mode').click();
  const box = await frame(page, imageId).locator('.frame-outline').boundingBox();
  if (!box) throw new Error('the photo frame is not visible');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 30, box.y + box.height / 2 - 20, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => ((await doc()).pages[0]!.frames.find((f) => f.id === imageId) as ImageFrame).crop).not.toEqual(placedPhoto.crop);
  await page.keyboard.press('Escape');
  await expectSaved(page);
  await shot('06-photo-placed-and-cropped');
});

let end: Edition;

test('7 · undo back to the start, and redo', async () => {
  end = await doc();
  const undo = page.getByTestId('undo');
  let steps = 0;
  while (await undo.isEnabled()) {
    await undo.click();
    steps++;
    expect(steps, 'undo stops at the start').toBeLessThan(300);
  }
  await expectSaved(page);
  expect(await doc()).toEqual(start);
  await shot('07-undone-to-start');
  const redo = page.getByTestId('redo');
  for (let i = 0; i < steps; i++) await redo.click();
  await expect(redo).toBeDisabled();
  await expectSaved(page);
  expect(await doc()).toEqual(end);
});

test('8 · save, reload, and find everything as it was', async () => {
  await page.getByTestId('save').click();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByTestId('page-svg')).toBeVisible();
  expect(await doc()).toEqual(end);
  // A new server reads it from disk: nothing lived only in memory.
  const dir = join(documents, 'Galley', `${PAPER}-${DATE}.galley`);
  expect(await galley.stop()).toBe(0);
  galley = await serve(dir);
  expect(await doc()).toEqual(end);
  await page.goto(galley.url);
  await expect(page.getByTestId('page-svg')).toBeVisible();
  for (const f of end.pages[0]!.frames) await expect(frame(page, f.id)).toBeAttached();
  // The text is composed and painted, and the photo is drawn, before the picture is taken.
  await expect(page.getByTestId('layout-status')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid="glyph-run"]').first()).toBeAttached();
  const photo = end.pages[0]!.frames.find((f) => f.kind === 'image');
  if (photo) await expect(frame(page, photo.id).locator('image')).toBeAttached();
  await shot('08-after-reload');
});
