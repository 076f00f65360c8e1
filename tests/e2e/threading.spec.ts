// Threading and copyfit as a layout editor uses them (issue 5 §2): a story made too long for its
// frame shows "+N 字" and the copyfit readout says by how much; its out-port links it to an empty
// frame on another page; the jump lines appear and follow the page numbers when pages move;
// thread arrows show on request; unlink, undo and redo.
import { expect, type Page as BrowserPage, test } from '@playwright/test';
import { type Edition, newPage, newTextFrame, roundPt, spanWidth, type TextFrame, typeArea } from '../../src/shared/model';
import { fetchDocument } from './support/edition';
import { centre, clickOnPage, expectServerFrame } from './support/frameTools';
import { type GalleyServer, startGalley } from './support/galleyServe';
import { expectSaved, frame } from './support/pageView';

test.describe.configure({ mode: 'serial' });

const PAGE2 = 'page-e2e-2';
const TARGET = 'frame-e2e-target';

let galley: GalleyServer;
let source: TextFrame;
let edition: Edition;

test.beforeAll(async () => {
  galley = await startGalley();
  const doc = await fetchDocument(galley);
  const format = doc.edition.format;
  const area = typeArea(format);
  // Page 2 with one empty three-column frame near the head of the type area, clear of the running head.
  const target = newTextFrame(TARGET, { x: area.x, y: roundPt(area.y + 4 * format.baselineGrid.pitch), width: spanWidth(format, 3), height: roundPt(30 * format.baselineGrid.pitch) }, { columns: 3, gutter: format.gutter });
  const second = { ...newPage({ id: PAGE2, number: 2, label: 'A02', section: '综合', masterId: doc.edition.pages[0]?.masterId ?? null }), frames: [target] };
  const added = await galley.api('applyOps', { baseRevision: doc.revision, ops: [{ type: 'addPage', index: 1, page: second }] });
  expect(added.ok).toBe(true);
  edition = (await fetchDocument(galley)).edition;
  // An ungrouped article frame with three columns on page 1.
  const found = edition.pages[0]!.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId !== null && f.groupId === null && f.columns === 3);
  if (!found) throw new Error('the sample has no three-column article frame');
  source = found;
});

test.afterAll(async () => {
  if (!galley) return;
  expect(await galley.stop()).toBe(0);
});

async function open(page: BrowserPage): Promise<void> {
  await page.goto(`${galley.url}&galley-test-hooks=1`);
  await expect(page.getByTestId('frame-text').first()).toBeAttached({ timeout: 30_000 });
}

/**
 * The glyph outlines of a jump line, which differ when its page number does. Each run is one
 * path: every glyph starts with an absolute `M x y` at its place, followed by its outline in
 * relative commands, so the part after the `M` pair names the glyph.
 */
async function jumpGlyphs(page: BrowserPage, paragraphId: string): Promise<string[]> {
  const run = page.locator(`[data-testid="glyph-run"][data-paragraph-id="${paragraphId}"]`);
  await expect(run.first()).toBeAttached();
  return run.evaluateAll((runs) => runs.flatMap((r) => (r.getAttribute('d') ?? '').split('M').filter((g) => g !== '').map((g) => g.replace(/^[-\d.]+ [-\d.]+/u, ''))));
}

test('a shortened frame shows its overset and the copyfit readout; the out-port threads it to a frame on another page', async ({ page }) => {
  await open(page);
  // Threads shown on a page without any: the window says so, instead of showing nothing.
  await page.getByTestId('toggle-threads').click();
  await expect(page.getByTestId('notice')).toContainText('本版没有串接的文字框');
  await page.getByTestId('toggle-threads').click();
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await clickOnPage(page, { x: source.x + 10, y: source.y + 10 });
  await expect(page.getByTestId('copyfit')).toBeVisible();

  // Shorten the frame to 30 mm: the story no longer fits.
  await page.getByTestId('prop-height').fill('30');
  await page.getByTestId('prop-height').press('Enter');
  const mark = frame(page, source.id).getByTestId('overset-mark');
  await expect(mark).toBeVisible();
  const over = Number(await mark.getAttribute('data-chars'));
  expect(over).toBeGreaterThan(0);
  await expect(page.getByTestId('copyfit')).toHaveAttribute('data-state', 'over');
  await expect(page.getByTestId('copyfit')).toHaveAttribute('data-chars', String(over));
  expect(Number(await page.getByTestId('copyfit').getAttribute('data-lines'))).toBeGreaterThan(0);
  await page.screenshot({ path: test.info().outputPath('threading-overset.png') });

  // Out-port, then page 2, then the empty frame there. Threading mode's status floats over the
  // page: the page does not move, so the next click lands where it was aimed.
  const pageBox = await page.getByTestId('page-svg').boundingBox();
  await page.locator(`[data-testid="out-port"][data-frame-id="${source.id}"]`).click();
  await expect(page.getByTestId('thread-pending')).toBeVisible();
  expect(await page.getByTestId('page-svg').boundingBox()).toEqual(pageBox);
  await page.locator(`[data-testid="page-thumbnail"][data-page-id="${PAGE2}"]`).click();
  await expect(page.getByTestId('thread-pending')).toBeVisible();
  const target = edition.pages[1]!.frames[0]!;
  await clickOnPage(page, centre(target));
  await expect(page.getByTestId('thread-pending')).toHaveCount(0);
  await expectServerFrame(galley, source.id, { next: { pageId: PAGE2, frameId: TARGET } });
  await expectServerFrame(galley, TARGET, { prev: { pageId: edition.pages[0]!.id, frameId: source.id }, storyId: source.storyId });

  // The story now runs on here, under a 上接 line.
  await expect(frame(page, TARGET).locator(`[data-testid="glyph-run"][data-story-id="${source.storyId}"]`).first()).toBeAttached();
  await expect(frame(page, TARGET).locator(`[data-paragraph-id="jump:${TARGET}:in"]`).first()).toBeAttached();
  await page.screenshot({ path: test.info().outputPath('threading-continued.png') });

  // Back on page 1: no overset, a 下转 line, and the copyfit readout says the story is short.
  await page.locator(`[data-testid="page-thumbnail"][data-page-id="${edition.pages[0]!.id}"]`).click();
  await expect(frame(page, source.id).getByTestId('overset-mark')).toHaveCount(0);
  await expect(frame(page, source.id).locator(`[data-paragraph-id="jump:${source.id}:out"]`).first()).toBeAttached();
  await clickOnPage(page, { x: source.x + 10, y: source.y + 10 });
  await expect(page.getByTestId('copyfit')).toHaveAttribute('data-state', 'under');
  await expect(page.getByTestId('thread-next')).toContainText('下转：第2版（A02）');

  // Thread arrows on request: this frame goes on to A02.
  await expect(page.getByTestId('thread-label')).toHaveCount(0);
  await page.getByTestId('toggle-threads').click();
  const toA02 = page.locator(`[data-testid="thread-label"][data-from="${source.id}"]`);
  await expect(toA02).toContainText('A02');
  // Inside its own frame, by the out-port: outside, it sat on the next article's headline.
  const box = await toA02.evaluate((el) => {
    const b = (el as SVGTextElement).getBBox();
    return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
  });
  const shortened = (await fetchDocument(galley)).edition.pages[0]!.frames.find((f) => f.id === source.id)!;
  expect(box.x0).toBeGreaterThan(shortened.x);
  expect(box.x1).toBeLessThan(shortened.x + shortened.width);
  expect(box.y0).toBeGreaterThan(shortened.y);
  expect(box.y1).toBeLessThan(shortened.y + shortened.height);
  await page.screenshot({ path: test.info().outputPath('threading-arrows.png') });
  await expectSaved(page);
});

test('jump lines follow the page numbers when pages move', async ({ page }) => {
  await open(page);
  const before = await jumpGlyphs(page, `jump:${source.id}:out`);
  // A new front page pushes both pages on by one (第二版 → 第三版); staff do this in the pages panel.
  const { revision, edition: ed } = await fetchDocument(galley);
  const front = newPage({ id: 'page-e2e-0', number: 1, label: 'A00', section: '封面', masterId: ed.pages[0]?.masterId ?? null });
  expect((await galley.api('applyOps', { baseRevision: revision, ops: [{ type: 'addPage', index: 0, page: front }] })).ok).toBe(true);
  await open(page);
  await page.locator(`[data-testid="page-thumbnail"][data-page-id="${ed.pages[0]!.id}"]`).click();
  const after = await jumpGlyphs(page, `jump:${source.id}:out`);
  expect(after).toHaveLength(before.length);
  // Exactly the page number changed: one glyph differs.
  expect(after.filter((href, i) => href !== before[i])).toHaveLength(1);
  // The Node engine agrees with what is painted.
  const layout = JSON.parse(await page.evaluate(async () => (window as unknown as { __galleyLayoutJson: () => Promise<string> }).__galleyLayoutJson())) as unknown;
  expect(JSON.stringify(layout)).toContain(`jump:${source.id}:out`);
  const { revision: r2 } = await fetchDocument(galley);
  expect((await galley.api('applyOps', { baseRevision: r2, ops: [{ type: 'removePage', pageId: 'page-e2e-0' }] })).ok).toBe(true);
});

test('unlinking empties the frames after the cut and brings the overset back; undo relinks, redo unlinks', async ({ page }) => {
  await open(page);
  await clickOnPage(page, { x: source.x + 10, y: source.y + 10 });
  await page.getByTestId('thread-unlink-next').click();
  await expectServerFrame(galley, source.id, { next: null });
  await expectServerFrame(galley, TARGET, { prev: null, storyId: null });
  await expect(frame(page, source.id).getByTestId('overset-mark')).toBeVisible();
  await expect(page.getByTestId('copyfit')).toHaveAttribute('data-state', 'over');
  await page.getByTestId('undo').click();
  await expectServerFrame(galley, source.id, { next: { pageId: PAGE2, frameId: TARGET } });
  await expect(frame(page, source.id).getByTestId('overset-mark')).toHaveCount(0);
  await expect(page.getByTestId('copyfit')).toHaveAttribute('data-state', 'under');
  // Redo unlinks again: the same op, from the history.
  await page.getByTestId('redo').click();
  await expectServerFrame(galley, TARGET, { prev: null, storyId: null });
  await expectSaved(page);
});
