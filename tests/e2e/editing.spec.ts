import { expect, type Page as BrowserPage, test } from '@playwright/test';
import { columnPitch, type Edition, type Frame, mmToPt, roundPt, snapFramePosition, type TextFrame } from '../../src/shared/model';
import { articleStories, fetchDocument, findFrame, onBaselineGrid, onColumnEdge } from './support/edition';
import { type GalleyServer, infoJson, startGalley } from './support/galleyServe';
import { dragFrame, expectFrameAt, expectSaved, frame, frameGeometry, zoom } from './support/pageView';

// The tests in this file edit one edition in turn, each starting from where the last left it.
test.describe.configure({ mode: 'serial' });

let galley: GalleyServer;

test.beforeAll(async () => {
  galley = await startGalley();
});

test.afterAll(async () => {
  if (!galley) return; // beforeAll failed and said why
  expect(await galley.stop()).toBe(0);
});

/** The frame of the first article; a movable page frame, not master furniture. */
function articleFrame(edition: Edition): TextFrame {
  const story = articleStories(edition)[0]!;
  const found = edition.pages[0]!.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId === story.id);
  if (!found) throw new Error('the first article has no frame on page 1');
  return found;
}

async function serverFrame(frameId: string): Promise<Frame> {
  return findFrame((await fetchDocument(galley)).edition, frameId);
}

async function expectServerFrameAt(frameId: string, x: number, y: number): Promise<void> {
  await expect.poll(async () => {
    const f = await serverFrame(frameId);
    return [f.x, f.y];
  }).toEqual([x, y]);
}

async function openPage(page: BrowserPage): Promise<void> {
  await page.goto(galley.url);
  await expect(page.getByTestId('frame').first()).toBeVisible();
}

test('dragging a frame snaps it to the column grid; undo, redo and reload keep the host in step', async ({ page }) => {
  const { edition } = await fetchDocument(galley);
  const original = articleFrame(edition);
  await openPage(page);
  const z = await zoom(page);

  // About 1.4 columns sideways (towards the middle of the page) and 5.3 lines down: both well
  // away from a snapping tie, so the expected landing place is unambiguous.
  const toRight = original.x + original.width / 2 < edition.format.trim.width / 2;
  const dxPx = Math.round((toRight ? 1 : -1) * 1.4 * columnPitch(edition.format) * z);
  const dyPx = Math.round(5.3 * edition.format.baselineGrid.pitch * z);
  await dragFrame(page, original.id, dxPx, dyPx);

  const expected = snapFramePosition(
    { x: original.x + dxPx / z, y: original.y + dyPx / z, width: original.width, height: original.height },
    edition.format,
  );
  await expectFrameAt(page, original.id, expected.x, expected.y);
  const moved = await frameGeometry(page, original.id);
  expect([moved.x, moved.y]).not.toEqual([original.x, original.y]);
  expect(onColumnEdge(edition, moved.x, moved.width), `x ${moved.x} on a column edge`).toBe(true);
  expect(onBaselineGrid(edition, moved.y), `y ${moved.y} on the baseline grid`).toBe(true);
  await expectServerFrameAt(original.id, moved.x, moved.y);

  await test.step('Ctrl+Z puts it back, on screen and in the host', async () => {
    await page.keyboard.press('Control+z');
    await expectFrameAt(page, original.id, original.x, original.y);
    await expectServerFrameAt(original.id, original.x, original.y);
  });

  await test.step('Ctrl+Shift+Z moves it again', async () => {
    await page.keyboard.press('Control+Shift+z');
    await expectFrameAt(page, original.id, moved.x, moved.y);
    await expectServerFrameAt(original.id, moved.x, moved.y);
  });

  await test.step('the toolbar buttons undo and redo too', async () => {
    await page.getByTestId('undo').click();
    await expectFrameAt(page, original.id, original.x, original.y);
    await page.getByTestId('redo').click();
    await expectFrameAt(page, original.id, moved.x, moved.y);
    await expectServerFrameAt(original.id, moved.x, moved.y);
  });

  await test.step('a reload shows the moved frame, and it is written to disk', async () => {
    await expectSaved(page);
    await page.reload();
    await expectFrameAt(page, original.id, moved.x, moved.y);
    const onDisk = (await infoJson(galley.dir)) as { pages: Array<{ frames: Array<{ id: string; x: number; y: number }> }> };
    const saved = onDisk.pages.flatMap((p) => p.frames).find((f) => f.id === original.id);
    expect(saved && [saved.x, saved.y]).toEqual([moved.x, moved.y]);
  });
});

test('arrow keys nudge the selected frame by 0.5 mm, with Shift by a column', async ({ page }) => {
  const { edition } = await fetchDocument(galley);
  const target = articleFrame(edition);
  await openPage(page);
  await frame(page, target.id).locator('.frame-outline').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('ArrowDown');
  await expectFrameAt(page, target.id, target.x, roundPt(target.y + mmToPt(0.5)));
  // Sideways by one column, towards the side with room.
  const right = target.x + target.width + columnPitch(edition.format) <= edition.format.trim.width - edition.format.margins.outside + 1;
  await page.keyboard.press(right ? 'Shift+ArrowRight' : 'Shift+ArrowLeft');
  const x = roundPt(target.x + (right ? 1 : -1) * columnPitch(edition.format));
  await expectFrameAt(page, target.id, x, roundPt(target.y + mmToPt(0.5)));
  await expectServerFrameAt(target.id, x, roundPt(target.y + mmToPt(0.5)));
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expectFrameAt(page, target.id, target.x, target.y);
  await expectServerFrameAt(target.id, target.x, target.y);
});

test('master furniture such as the running head does not move', async ({ page }) => {
  await openPage(page);
  // The running head's 第X版 line: it lies over the paper-and-date line, which shares its width.
  const furniture = page.locator('[data-testid="frame"][data-master="true"][data-kind="text"]').last();
  await expect(furniture).toBeVisible();
  const id = (await furniture.getAttribute('data-frame-id')) ?? '';
  const before = await frameGeometry(page, id);
  await dragFrame(page, id, 80, 120);
  await expect(frame(page, id)).toHaveAttribute('data-selected', 'true');
  expect(await frameGeometry(page, id)).toEqual(before);
  await expect(page.getByTestId('undo')).toBeDisabled();
});

test('an edit made elsewhere meanwhile makes the page reload and say so', async ({ page }) => {
  const { edition, revision } = await fetchDocument(galley);
  const frames = edition.pages[0]!.frames.filter((f) => f.kind === 'text' && f.storyId !== null);
  const mine = frames[0]!;
  const theirs = frames[1]!;
  await openPage(page);

  // Someone else (another tab, a script) moves a different frame through the API first.
  const theirY = roundPt(theirs.y + edition.format.baselineGrid.pitch);
  const result = await galley.api('applyOps', {
    baseRevision: revision,
    ops: [{ type: 'moveFrame', pageId: edition.pages[0]!.id, frameId: theirs.id, x: theirs.x, y: theirY }],
  });
  expect(result.ok).toBe(true);

  const z = await zoom(page);
  await dragFrame(page, mine.id, 0, Math.round(3 * edition.format.baselineGrid.pitch * z));
  await expect(page.getByTestId('notice')).toBeVisible();
  await expect(page.getByTestId('notice')).toContainText('重新载入');
  // The page now shows the host's state: their move, and mine refused.
  await expectFrameAt(page, theirs.id, theirs.x, theirY);
  await expectFrameAt(page, mine.id, mine.x, mine.y);
  await expectServerFrameAt(mine.id, mine.x, mine.y);
});
