import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page as BrowserPage, test } from '@playwright/test';
import sharp from 'sharp';
import { loadEdition } from '../../src/main/services/store';
import type { Edition, Frame, ImageFrame, TextFrame } from '../../src/shared/model';
import { fetchDocument, findFrame } from './support/edition';
import { type GalleyServer, startGalley } from './support/galleyServe';
import { dragFrame, expectSaved, frame, frameGeometry, zoom } from './support/pageView';

// The tests in this file edit one edition in turn, each starting from where the last left it.
test.describe.configure({ mode: 'serial' });

const CAPTIONED_JPEG = join(import.meta.dirname, '../unit/main/images/fixtures/caption-utf8.jpg');
const CAPTION = '县实验小学科技节上，学生向来宾展示自制机器人。';

let galley: GalleyServer;
let photoId: string;

test.beforeAll(async () => {
  galley = await startGalley();
  const { edition } = await fetchDocument(galley);
  photoId = edition.pages[0]!.frames.find((f) => f.kind === 'image')!.id;
});

test.afterAll(async () => {
  if (!galley) return; // beforeAll failed and said why
  expect(await galley.stop()).toBe(0);
});

async function openPage(page: BrowserPage): Promise<void> {
  await page.goto(galley.url);
  await expect(page.getByTestId('frame').first()).toBeVisible();
}

async function serverImage(frameId: string): Promise<{ frame: ImageFrame; edition: Edition }> {
  const { edition } = await fetchDocument(galley);
  return { frame: findFrame(edition, frameId) as ImageFrame, edition };
}

async function selectFrame(page: BrowserPage, frameId: string): Promise<void> {
  await frame(page, frameId).locator('.frame-outline').click({ position: { x: 12, y: 12 } });
  await expect(frame(page, frameId)).toHaveAttribute('data-selected', 'true');
}

/** A 2400 × 1600 px press photo at 300 ppi, made on the spot (no caption in it). */
async function pressPhoto(): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const buffer = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: { r: 60, g: 120, b: 170 } } })
    .composite([{ input: { create: { width: 800, height: 800, channels: 3, background: { r: 230, g: 200, b: 40 } } }, left: 200, top: 300 }])
    .jpeg({ quality: 80 })
    .withDensity(300)
    .toBuffer();
  return { name: '港口全景.jpg', mimeType: 'image/jpeg', buffer };
}

test('selecting a photo opens its panel under the properties: the page view keeps its width and zoom', async ({ page }) => {
  await openPage(page);
  const canvasWidth = () => page.getByTestId('canvas').evaluate((el) => el.clientWidth);
  const before = { width: await canvasWidth(), zoom: await zoom(page) };
  await selectFrame(page, photoId);
  await expect(page.getByRole('complementary', { name: '图片' })).toBeVisible();
  // The sample photo fills its frame in proportion: 填满 shows pressed.
  await expect(page.getByTestId('photo-fit-fill')).toHaveAttribute('aria-pressed', 'true');
  // A panel column of its own took 240 px from the canvas, and the fitted page shrank by 40 %.
  expect(await canvasWidth()).toBe(before.width);
  expect(await zoom(page)).toBeCloseTo(before.zoom, 6);
});

test('imports a JPEG into the selected photo frame: pixels, ppi, IPTC caption, and a red badge for a tiny picture', async ({ page }) => {
  await openPage(page);
  await selectFrame(page, photoId);
  const panel = page.getByRole('complementary', { name: '图片' });
  await expect(panel).toBeVisible();
  await panel.getByTestId('photo-choose-input').setInputFiles(CAPTIONED_JPEG);

  await expect(frame(page, photoId).getByTestId('frame-image')).toHaveAttribute('data-fit', 'crop');
  await expect(panel.getByTestId('photo-facts')).toContainText('48 × 32 像素');
  await expect(panel.getByTestId('photo-facts')).toContainText(CAPTION);
  await expect(panel.getByTestId('photo-facts')).toContainText('王乐平 董宏涛');
  // 48 pixels across a photo several columns wide: far below the preflight error threshold.
  await expect(panel.getByTestId('photo-ppi')).toHaveAttribute('data-tone', 'error');
  await expect(frame(page, photoId).getByTestId('ppi-badge')).toHaveAttribute('data-tone', 'error');
  await expectSaved(page);

  const { frame: placed, edition } = await serverImage(photoId);
  const asset = edition.assets.find((a) => a.id === placed.assetId)!;
  expect(asset).toMatchObject({ mime: 'image/jpeg', pixelWidth: 48, pixelHeight: 32, ppi: 300, caption: CAPTION, credit: '王乐平 董宏涛', colorSpace: 'rgb' });
  expect(readFileSync(join(galley.dir, asset.path))).toEqual(readFileSync(CAPTIONED_JPEG));

  // One step: undo puts the old picture back, redo the new one.
  await page.getByTestId('undo').click();
  await expect.poll(async () => (await serverImage(photoId)).frame.assetId).not.toBe(placed.assetId);
  await page.getByTestId('redo').click();
  await expect.poll(async () => (await serverImage(photoId)).frame.assetId).toBe(placed.assetId);
});

test('a press photo fills the frame in green; content mode pans the crop by dragging, one undo step per drag', async ({ page }) => {
  await openPage(page);
  await selectFrame(page, photoId);
  await page.getByTestId('photo-choose-input').setInputFiles(await pressPhoto());
  await expect(page.getByTestId('photo-facts')).toContainText('2400 × 1600 像素');
  await expect(page.getByTestId('photo-ppi')).toHaveAttribute('data-tone', 'ok');
  await expectSaved(page);
  const before = (await serverImage(photoId)).frame;
  expect(before.fit).toBe('crop');

  await page.getByTestId('photo-content-mode').click();
  await expect(frame(page, photoId).getByTestId('frame-image')).toHaveAttribute('data-content-mode', 'true');
  const z = await zoom(page);
  const geometry = await frameGeometry(page, photoId);
  await dragFrame(page, photoId, 40, 24);
  await expectSaved(page);

  const panned = (await serverImage(photoId)).frame;
  // The frame stayed; the picture moved inside it by the drag, in points.
  expect([panned.x, panned.y]).toEqual([geometry.x, geometry.y]);
  expect(panned.crop.offsetX - before.crop.offsetX).toBeCloseTo(40 / z, 1);
  expect(panned.crop.offsetY - before.crop.offsetY).toBeCloseTo(24 / z, 1);
  expect(panned.crop.scale).toBe(before.crop.scale);
  await page.screenshot({ path: test.info().outputPath('photos-content-mode.png') });

  // Escape leaves content mode; a drag then moves the frame again (the frame tools' business).
  await page.keyboard.press('Escape');
  await expect(frame(page, photoId).getByTestId('frame-image')).toHaveAttribute('data-content-mode', 'false');

  await page.getByTestId('undo').click();
  await expect.poll(async () => (await serverImage(photoId)).frame.crop).toEqual(before.crop);
  await page.getByTestId('redo').click();
  await expect.poll(async () => (await serverImage(photoId)).frame.crop).toEqual(panned.crop);
});

test('scaling shows the effective ppi live and commits once; 适合 letterboxes', async ({ page }) => {
  await openPage(page);
  await selectFrame(page, photoId);
  const ppi = page.getByTestId('photo-ppi');
  const startPpi = Number(await ppi.getAttribute('data-ppi'));
  const number = page.getByTestId('photo-scale-number');
  const startPercent = Number(await number.inputValue());
  await number.fill(String(Math.round(startPercent * 2)));
  await number.press('Enter');
  // Twice the size: half the pixels per inch (to within the rounding of the percent).
  await expect.poll(async () => Number(await ppi.getAttribute('data-ppi'))).toBeLessThan(startPpi * 0.55);
  await expect.poll(async () => Number(await ppi.getAttribute('data-ppi'))).toBeGreaterThan(startPpi * 0.45);
  await expectSaved(page);
  const scaled = (await serverImage(photoId)).frame;
  expect(scaled.crop.scale).toBeGreaterThan(0);
  // Scaled by hand: none of the four.
  await expect(page.getByTestId('photo-fit-fill')).toHaveAttribute('aria-pressed', 'false');

  await page.getByTestId('photo-fit-fit').click();
  await expect(page.getByTestId('photo-fit-fit')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await serverImage(photoId)).frame.fit).toBe('fit');
  await page.getByTestId('photo-fit-fill').click();
  await expect(page.getByTestId('photo-fit-fill')).toHaveAttribute('aria-pressed', 'true');
  await expectSaved(page);
});

test('adds a caption under the photo, prefilled from the file, grouped so it moves with the photo', async ({ page }) => {
  await openPage(page);
  // The sample photo came with a caption from its story; detach it, then put the picture with
  // IPTC caption back in and add a caption frame from it.
  await selectFrame(page, photoId);
  const detach = page.getByTestId('photo-caption-detach');
  if (await detach.isVisible()) await detach.click();
  await page.getByTestId('photo-choose-input').setInputFiles(CAPTIONED_JPEG);
  await expect(page.getByTestId('photo-facts')).toContainText(CAPTION);
  await page.getByTestId('photo-caption-add').click();
  await expect(page.getByTestId('photo-caption-attached')).toBeVisible();
  await expectSaved(page);

  const { frame: photo, edition } = await serverImage(photoId);
  expect(photo.caption).not.toBeNull();
  expect(photo.groupId).not.toBeNull();
  const story = edition.stories.find((s) => s.id === photo.caption!.storyId)!;
  expect(story.paragraphs[0]!.runs.map((r) => r.text).join('')).toBe(`${CAPTION}\u3000王乐平 董宏涛 摄`);
  const caption = edition.pages[0]!.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId === story.id)!;
  expect(caption.groupId).toBe(photo.groupId);
  expect(caption.y).toBeGreaterThan(photo.y + photo.height);
  await page.screenshot({ path: test.info().outputPath('photos-caption.png') });

  // Moving the photo takes its caption along (the frames share a group).
  await page.keyboard.press('Escape');
  await dragFrame(page, photoId, 0, 60);
  await expectSaved(page);
  const moved = await serverImage(photoId);
  const movedCaption = findFrame(moved.edition, caption.id);
  expect(moved.frame.y - photo.y).toBeGreaterThan(0);
  expect(movedCaption.y - caption.y).toBeCloseTo(moved.frame.y - photo.y, 3);

  // Resizing the photo alone (a second click takes it out of its group) keeps the caption the
  // same distance under it. Before, the caption stayed where it was, a gap of 30 mm off.
  await selectFrame(page, photoId);
  await selectFrame(page, photoId);
  const height = page.getByTestId('prop-height');
  await height.fill(String(Math.round((moved.frame.height / 72) * 25.4 - 30)));
  await height.press('Enter');
  await expectSaved(page);
  const resized = await serverImage(photoId);
  expect(resized.frame.height).toBeLessThan(moved.frame.height - 80);
  expect(findFrame(resized.edition, caption.id).y - (resized.frame.y + resized.frame.height)).toBeCloseTo(caption.y - (photo.y + photo.height), 3);
});

test('dropping a photo on empty page makes a new frame there; a broken file is refused by name', async ({ page }) => {
  await openPage(page);
  const { edition } = await fetchDocument(galley);
  const before = edition.pages[0]!.frames.length;
  const photo = await pressPhoto();
  const svg = page.getByTestId('page-svg');
  // Over an article's text frame that no image frame overlaps: not a place to put a picture in,
  // so the drop makes a new frame there.
  const images = edition.pages[0]!.frames.filter((f) => f.kind === 'image');
  const overlaps = (a: Frame, b: Frame): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const clear = edition.pages[0]!.frames.find((f) => f.kind === 'text' && f.storyId !== null && !images.some((i) => overlaps(f, i)))!;
  const box = (await frame(page, clear.id).locator('.frame-outline').boundingBox())!;
  const drop = async (name: string, base64: string): Promise<void> => {
    const dataTransfer = await page.evaluateHandle(
      ({ name: fileName, base64: data }) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], fileName, { type: fileName.endsWith('.jpg') ? 'image/jpeg' : 'application/octet-stream' }));
        return transfer;
      },
      { name, base64 },
    );
    const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
    await svg.dispatchEvent('dragover', { dataTransfer, ...at });
    await svg.dispatchEvent('drop', { dataTransfer, ...at });
  };

  await drop('坏图.jpg', Buffer.from('this is not a picture').toString('base64'));
  // The host's refusal, said in the window's language (it gave its reason as a message key).
  await expect(page.getByTestId('notice')).toContainText('坏图.jpg：不是 JPEG、PNG 或 TIFF 图片，或文件头已损坏。');
  await expect(page.getByTestId('notice')).not.toContainText('header');
  expect((await fetchDocument(galley)).edition.pages[0]!.frames).toHaveLength(before);

  await drop(photo.name, photo.buffer.toString('base64'));
  await expect.poll(async () => (await fetchDocument(galley)).edition.pages[0]!.frames.length).toBe(before + 1);
  const added = (await fetchDocument(galley)).edition.pages[0]!.frames.at(-1)!;
  expect(added).toMatchObject({ kind: 'image', name: photo.name, fit: 'crop' });
  await expect(frame(page, added.id)).toHaveAttribute('data-selected', 'true');
  await expect(frame(page, added.id).getByTestId('frame-image').locator('image').first()).toHaveAttribute('href', /^blob:/);
  await page.screenshot({ path: test.info().outputPath('photos-dropped.png') });
});

test('the import button with no photo frame selected puts the pictures in the middle of the view, each stepped from the last', async ({ page }) => {
  await openPage(page);
  const before = (await fetchDocument(galley)).edition.pages[0]!.frames.length;
  const photo = await pressPhoto();
  const centre = await page.getByTestId('page-svg').evaluate((svg) => {
    const view = svg.closest('.canvas-scroller')!.getBoundingClientRect();
    const box = svg.getBoundingClientRect();
    const x = (Math.max(view.left, box.left) + Math.min(view.right, box.right)) / 2;
    const y = (Math.max(view.top, box.top) + Math.min(view.bottom, box.bottom)) / 2;
    const p = new DOMPoint(x, y).matrixTransform((svg as SVGSVGElement).getScreenCTM()!.inverse());
    return { x: p.x, y: p.y };
  });
  await page.getByTestId('import-photo-input').setInputFiles([photo, { ...photo, name: '港口全景-2.jpg' }]);
  await expect.poll(async () => (await fetchDocument(galley)).edition.pages[0]!.frames.length).toBe(before + 2);
  const [first, second] = (await fetchDocument(galley)).edition.pages[0]!.frames.slice(-2) as [Frame, Frame];
  // Around the middle of the view (snapped to the column and baseline grid), not on the masthead.
  expect(Math.abs(first.x + first.width / 2 - centre.x)).toBeLessThan(first.width / 2);
  expect(Math.abs(first.y + first.height / 2 - centre.y)).toBeLessThan(first.height / 2);
  // The second does not hide the first.
  expect([second.x - first.x, second.y - first.y].every((d) => d > 0)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('photos-imported-centre.png') });
  await page.getByTestId('undo').click();
  await page.getByTestId('undo').click();
  await expect.poll(async () => (await fetchDocument(galley)).edition.pages[0]!.frames.length).toBe(before);
});

test('after a reload every picture, crop and caption is as it was', async ({ page }) => {
  await openPage(page);
  await expectSaved(page);
  await galley.api('save');
  const { frame: photo, edition } = await serverImage(photoId);
  await page.reload();
  const image = frame(page, photoId).getByTestId('frame-image');
  await expect(image).toHaveAttribute('data-offset-x', String(photo.crop.offsetX));
  await expect(image).toHaveAttribute('data-scale', String(photo.crop.scale));
  await expect(image.locator('image').first()).toHaveAttribute('href', /^blob:/);
  // What the host holds is what is on disk, and it loads (loading checks every asset file).
  const onDisk = (await loadEdition(galley.dir)).edition;
  expect(onDisk.assets).toEqual(edition.assets);
  expect(findFrame(onDisk, photoId)).toEqual(photo);
  for (const f of edition.pages[0]!.frames) {
    if (f.kind === 'image' && f.assetId !== null) await expect(frame(page, f.id).getByTestId('frame-image').locator('image').first()).toHaveAttribute('href', /^blob:/);
  }
  expect(photo.caption).not.toBeNull();
  await page.screenshot({ path: test.info().outputPath('photos-reloaded.png') });
});
