// The frame tools as a layout editor uses them (issue 5 §2): draw, select (click, Shift-click,
// marquee), move several frames with snap lines, resize by a handle, the properties panel,
// align, lock, group, duplicate, copy and paste to another page, stacking, delete; every
// gesture one undo step, and the host in step with the screen.
import { expect, type Page as BrowserPage, test } from '@playwright/test';
import { columnEdges, type Edition, type Frame, mmToPt, newPage, ptToMm, roundPt, type TextFrame, typeArea } from '../../src/shared/model';
import { fetchDocument, onBaselineGrid, onColumnEdge } from './support/edition';
import { clickOnPage, dragOnPage, expectServerFrame, selectedIds, toScreen } from './support/frameTools';
import { type GalleyServer, startGalley } from './support/galleyServe';
import { expectSaved, frame, frameGeometry } from './support/pageView';

test.describe.configure({ mode: 'serial' });

let galley: GalleyServer;
let edition: Edition;

test.beforeAll(async () => {
  galley = await startGalley();
  // A second page (no frames yet), so paste can cross pages.
  const doc = await fetchDocument(galley);
  const second = newPage({ id: 'page-e2e-2', number: 2, label: 'A02', section: '综合', masterId: doc.edition.pages[0]?.masterId ?? null });
  const added = await galley.api('applyOps', { baseRevision: doc.revision, ops: [{ type: 'addPage', index: 1, page: second }] });
  expect(added.ok).toBe(true);
  edition = (await fetchDocument(galley)).edition;
});

test.afterAll(async () => {
  if (!galley) return;
  expect(await galley.stop()).toBe(0);
});

async function open(page: BrowserPage): Promise<void> {
  await page.goto(galley.url);
  await expect(page.getByTestId('frame').first()).toBeVisible();
}

/** Page-1 text frames with a story and no group (the sample groups its masthead), in model order. */
function articleFrames(ed: Edition): Frame[] {
  return (ed.pages[0]?.frames ?? []).filter((f) => f.kind === 'text' && f.storyId !== null && f.groupId === null);
}

async function frameCount(page: BrowserPage): Promise<number> {
  return page.locator('[data-testid="frame"][data-master="false"]').count();
}

async function snapshot(page: BrowserPage, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

test('a text frame drawn with the T tool snaps to the column grid, is selected, and undoes in one step', async ({ page }) => {
  await open(page);
  const before = await frameCount(page);
  const area = typeArea(edition.format);
  const cols = columnEdges(edition.format);
  await page.keyboard.press('t');
  await expect(page.getByTestId('tool-text')).toHaveAttribute('aria-pressed', 'true');
  // From just inside column 2 to just short of column 3's right edge, a few lines down.
  const from = { x: cols[1]!.left + 1.5, y: area.y + 100 + 2 };
  const to = { x: cols[2]!.right - 2, y: area.y + 300 };
  await dragOnPage(page, from, to, { release: false });
  await expect(page.getByTestId('drawing')).toBeVisible();
  await expect(page.getByTestId('snap-guides').locator('line').first()).toBeAttached();
  await snapshot(page, 'frames-drawing');
  await page.mouse.up();
  await expect.poll(() => frameCount(page)).toBe(before + 1);
  const [id] = await selectedIds(page);
  const drawn = await frameGeometry(page, id!);
  expect(await frame(page, id!).getAttribute('data-kind')).toBe('text');
  expect(drawn.x).toBe(cols[1]!.left);
  expect(roundPt(drawn.x + drawn.width)).toBe(cols[2]!.right);
  expect(onBaselineGrid(edition, drawn.y)).toBe(true);
  // The tool goes back to select, and the properties panel describes the new frame in mm.
  await expect(page.getByTestId('tool-select')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('prop-width')).toHaveValue(ptToMm(drawn.width).toFixed(1));
  await expectServerFrame(galley, id!, { x: drawn.x, width: drawn.width });
  await page.keyboard.press('Control+z');
  await expect.poll(() => frameCount(page)).toBe(before);
});

test('click, Shift-click and a marquee select; a drag moves them all as one step, with snap lines', async ({ page }) => {
  await open(page);
  const [a, b] = articleFrames(edition);
  await clickOnPage(page, { x: a!.x + 10, y: a!.y + 10 });
  expect(await selectedIds(page)).toEqual([a!.id]);
  await clickOnPage(page, { x: b!.x + 10, y: b!.y + 10 }, ['Shift']);
  expect((await selectedIds(page)).sort()).toEqual([a!.id, b!.id].sort());
  await expect(page.getByTestId('selection-bounds')).toBeVisible();
  await expect(page.getByTestId('props-heading')).toHaveAttribute('data-count', '2');
  // The status bar gives the box around both, not the first frame's place as if it were theirs.
  const left = Math.min(a!.x, b!.x);
  const right = Math.max(a!.x + a!.width, b!.x + b!.width);
  await expect(page.getByTestId('status-bar')).toContainText('已选 2 个框');
  await expect(page.getByTestId('status-geometry')).toHaveText(new RegExp(`^选区  X ${ptToMm(left).toFixed(1)}  Y ${ptToMm(Math.min(a!.y, b!.y)).toFixed(1)}  宽 ${ptToMm(right - left).toFixed(1)}  高 [\\d.]+ 毫米$`, 'u'));
  // Shift-click again takes b out.
  await clickOnPage(page, { x: b!.x + 10, y: b!.y + 10 }, ['Shift']);
  expect(await selectedIds(page)).toEqual([a!.id]);

  // A marquee from the left margin across the top of the first two article frames.
  const area = typeArea(edition.format);
  await dragOnPage(page, { x: area.x - 20, y: a!.y + 5 }, { x: a!.x + 40, y: a!.y + 20 });
  expect(await selectedIds(page)).toContain(a!.id);
  // And from the grey canvas beside the page, outside its drawing, across the rightmost article.
  const rightmost = articleFrames(edition).reduce((m, f) => (f.x + f.width > m.x + m.width ? f : m));
  const svgBox = (await page.getByTestId('page-svg').boundingBox())!;
  const into = await toScreen(page, rightmost.x + rightmost.width - 20, rightmost.y + 20);
  await page.mouse.move(svgBox.x + svgBox.width + 6, into.y - 10);
  await page.mouse.down();
  await page.mouse.move(into.x, into.y, { steps: 6 });
  await page.mouse.up();
  expect(await selectedIds(page)).toContain(rightmost.id);

  // Back to a and b, then drag a: both move by the same snapped amount, shown while dragging.
  await clickOnPage(page, { x: a!.x + 10, y: a!.y + 10 });
  await clickOnPage(page, { x: b!.x + 10, y: b!.y + 10 }, ['Shift']);
  const pitch = edition.format.baselineGrid.pitch;
  const start = { x: a!.x + 20, y: a!.y + 20 };
  await dragOnPage(page, start, { x: start.x + 3, y: start.y + 3.3 * pitch }, { release: false });
  await expect(page.getByTestId('snap-guides').locator('line[data-kind="baseline"]')).toBeAttached();
  await snapshot(page, 'frames-moving');
  await page.mouse.up();
  const dy = roundPt(3 * pitch);
  await expectServerFrame(galley, a!.id, { x: a!.x, y: roundPt(a!.y + dy) });
  await expectServerFrame(galley, b!.id, { x: b!.x, y: roundPt(b!.y + dy) });
  // One undo puts both back.
  await page.keyboard.press('Control+z');
  await expectServerFrame(galley, a!.id, { y: a!.y });
  await expectServerFrame(galley, b!.id, { y: b!.y });
});

test('a handle resizes to a column edge; the properties panel sets size, columns and wrap', async ({ page }) => {
  await open(page);
  const target = articleFrames(edition)[2]!;
  await clickOnPage(page, { x: target.x + 10, y: target.y + 10 });
  await expect(page.getByTestId('frame-handle')).toHaveCount(8);
  const cols = columnEdges(edition.format);
  const right = target.x + target.width;
  const nearer = cols.map((c) => c.right).filter((r) => r < right - 10).at(-1)!;
  const handle = page.locator('[data-testid="frame-handle"][data-handle="e"]');
  const box = (await handle.boundingBox())!;
  const goal = await toScreen(page, nearer + 2, target.y + target.height / 2);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(goal.x, goal.y, { steps: 6 });
  await page.mouse.up();
  await expectServerFrame(galley, target.id, { x: target.x, width: roundPt(nearer - target.x) });
  expect(onColumnEdge(edition, target.x, roundPt(nearer - target.x))).toBe(true);

  // Height in mm from the panel.
  const height = page.getByTestId('prop-height');
  await height.fill('50');
  await height.press('Enter');
  await expectServerFrame(galley, target.id, { height: roundPt(mmToPt(50)) });
  // Ctrl+Z in the field, with nothing typed since, undoes the edit, and the field follows: the
  // input's own undo put back the typed text while the frame kept its height.
  const before = ptToMm(target.height).toFixed(1);
  await height.press('Control+z');
  await expect(height).toHaveValue(before);
  await expectServerFrame(galley, target.id, { height: target.height });
  await height.press('Control+Shift+z');
  await expect(height).toHaveValue('50.0');
  await expectServerFrame(galley, target.id, { height: roundPt(mmToPt(50)) });
  // A slip of the keyboard, 2000 mm wide, is refused with the range that fits, and the field
  // shows the frame's width again (it took the frame two metres off the page).
  const width = page.getByTestId('prop-width');
  const shownWidth = await width.inputValue();
  const pageBefore = await page.getByTestId('page-svg').boundingBox();
  await width.fill('2000');
  await width.press('Enter');
  await expect(page.getByTestId('notice')).toContainText(/宽 2000\.0 毫米会让框超出版面.*可用范围 0\.0–\d+\.\d 毫米/u);
  await expect(width).toHaveValue(shownWidth);
  // The notice floats over the page view: the page neither moved nor was fitted again under it.
  expect(await page.getByTestId('page-svg').boundingBox()).toEqual(pageBefore);
  await page.getByTestId('notice').getByRole('button').click();
  // Whatever a field does not take is said, and the field shows the frame again: before, '12mm',
  // 2.5 columns or an inset wider than the frame were dropped or applied without a word.
  await width.fill('12mm');
  await width.press('Enter');
  await expect(page.getByTestId('notice')).toContainText('宽：“12mm”不是数字，未作修改。');
  await expect(width).toHaveValue(shownWidth);
  const columns = page.getByTestId('prop-columns');
  const shownColumns = await columns.inputValue();
  await columns.fill('2.5');
  await columns.press('Enter');
  await expect(page.getByTestId('notice')).toContainText(/这个框分不了 2\.5 栏：栏数须是 1–\d+ 的整数/u);
  await expect(columns).toHaveValue(shownColumns);
  const inset = page.getByTestId('prop-inset-left');
  const shownInset = await inset.inputValue();
  await inset.fill('400');
  await inset.press('Enter');
  await expect(page.getByTestId('notice')).toContainText(/内边距（左）400\.0 毫米不行：须在 0–\d+\.\d 毫米之间/u);
  await expect(inset).toHaveValue(shownInset);
  await expectServerFrame(galley, target.id, { insets: (target as TextFrame).insets });
  await page.getByTestId('notice').getByRole('button').click();
  // Columns and text wrap.
  await page.getByTestId('prop-columns').fill('2');
  await page.getByTestId('prop-columns').press('Enter');
  await expectServerFrame(galley, target.id, { columns: 2 });
  await page.getByTestId('prop-wrap').check();
  await expect.poll(async () => {
    const { edition: ed } = await fetchDocument(galley);
    return ed.pages[0]!.frames.find((f) => f.id === target.id)?.wrap.enabled;
  }).toBe(true);
  await snapshot(page, 'frames-properties');
  // The wrap box has the focus, and keys typed into a field stay there: undo from the toolbar.
  for (let i = 0; i < 4; i++) await page.getByTestId('undo').click();
  await expectServerFrame(galley, target.id, { width: target.width, height: target.height, columns: (target as { columns: number }).columns });
});

test('align left, lock, group: a group selects and moves together; ungroup', async ({ page }) => {
  await open(page);
  const [, , , c, d] = articleFrames(edition);
  await clickOnPage(page, { x: c!.x + 10, y: c!.y + 10 });
  await clickOnPage(page, { x: d!.x + 10, y: d!.y + 10 }, ['Shift']);
  await page.getByTestId('align-left').click();
  const left = Math.min(c!.x, d!.x);
  await expectServerFrame(galley, c!.id, { x: left });
  await expectServerFrame(galley, d!.id, { x: left });
  await page.keyboard.press('Control+z');
  await expectServerFrame(galley, c!.id, { x: c!.x });
  // Text wrap for both at once, one undo step.
  await page.getByTestId('prop-many-wrap').check();
  await expectServerFrame(galley, c!.id, { wrap: { ...c!.wrap, enabled: true } });
  await expectServerFrame(galley, d!.id, { wrap: { ...d!.wrap, enabled: true } });
  await page.getByTestId('undo').click();
  await expectServerFrame(galley, c!.id, { wrap: c!.wrap });
  await expectServerFrame(galley, d!.id, { wrap: d!.wrap });

  // Group: a click on one selects both; a drag moves both.
  await page.getByTestId('group').click();
  await clickOnPage(page, { x: 5, y: 5 });
  await clickOnPage(page, { x: c!.x + 10, y: c!.y + 10 });
  expect((await selectedIds(page)).sort()).toEqual([c!.id, d!.id].sort());
  // The properties are the clicked frame's: no click selects a group member alone, so a panel
  // that said "select one frame to edit" left a grouped frame's columns out of reach.
  await expect(page.getByTestId('props-heading')).toHaveAttribute('data-frame-id', c!.id);
  await expect(page.getByTestId('properties-panel')).toContainText('已选编组（共 2 个框）');
  await expect(page.getByTestId('prop-columns')).toHaveValue(String((c as TextFrame).columns));
  await page.keyboard.press('ArrowDown');
  const down = roundPt(mmToPt(0.5));
  await expectServerFrame(galley, c!.id, { y: roundPt(c!.y + down) });
  await expectServerFrame(galley, d!.id, { y: roundPt(d!.y + down) });
  await page.keyboard.press('Control+z');
  await expectServerFrame(galley, d!.id, { y: d!.y });
  // A second click inside the selected group selects that frame alone: it moves apart.
  await clickOnPage(page, { x: c!.x + 10, y: c!.y + 10 });
  expect(await selectedIds(page)).toEqual([c!.id]);
  await page.keyboard.press('ArrowDown');
  await expectServerFrame(galley, c!.id, { y: roundPt(c!.y + down) });
  await expectServerFrame(galley, d!.id, { y: d!.y });
  await page.keyboard.press('Control+z');
  await expectServerFrame(galley, c!.id, { y: c!.y });

  // Locked: selected, but a drag does not move it.
  await page.keyboard.press('Control+l');
  await expectServerFrame(galley, c!.id, { locked: true });
  await dragOnPage(page, { x: c!.x + 20, y: c!.y + 20 }, { x: c!.x + 120, y: c!.y + 120 });
  await expectServerFrame(galley, c!.id, { x: c!.x, y: c!.y });
  // A locked member of the selected group is selected alone by a second click too (it cannot be
  // dragged, so the press itself narrows the selection).
  await clickOnPage(page, { x: d!.x + 10, y: d!.y + 10 });
  expect((await selectedIds(page)).sort()).toEqual([c!.id, d!.id].sort());
  await clickOnPage(page, { x: c!.x + 10, y: c!.y + 10 });
  expect(await selectedIds(page)).toEqual([c!.id]);
  await page.keyboard.press('Control+Shift+l');
  await expectServerFrame(galley, c!.id, { locked: false });
  await page.getByTestId('ungroup').click();
  await expectServerFrame(galley, c!.id, { groupId: null });
  await expectSaved(page);
});

test('copy and paste to another page gives new frames there; a placed story is not duplicated', async ({ page }) => {
  await open(page);
  const source = articleFrames(edition)[1]!;
  await clickOnPage(page, { x: source.x + 10, y: source.y + 10 });
  await page.keyboard.press('Control+c');
  await page.locator('[data-testid="page-thumbnail"][data-page-id="page-e2e-2"]').click();
  await expect(page.getByTestId('page-svg')).toHaveAttribute('data-page-id', 'page-e2e-2');
  const before = await frameCount(page);
  await page.keyboard.press('Control+v');
  await expect.poll(() => frameCount(page)).toBe(before + 1);
  const [pasted] = await selectedIds(page);
  expect(pasted).not.toBe(source.id);
  const geometry = await frameGeometry(page, pasted!);
  expect([geometry.x, geometry.y, geometry.width]).toEqual([source.x, source.y, source.width]);
  const { edition: ed } = await fetchDocument(galley);
  const onPage2 = ed.pages[1]!.frames.find((f) => f.id === pasted);
  expect(onPage2).toMatchObject({ kind: 'text', storyId: null, prev: null, next: null });
  await snapshot(page, 'frames-pasted');

  // Duplicate steps down and right; stacking moves the copy to the back; delete removes it.
  await page.keyboard.press('Control+d');
  await expect.poll(() => frameCount(page)).toBe(before + 2);
  const [copy] = await selectedIds(page);
  const copied = await frameGeometry(page, copy!);
  expect(copied.x).toBe(roundPt(source.x + mmToPt(5)));
  await page.keyboard.press('Control+Shift+BracketLeft');
  await expect.poll(async () => (await fetchDocument(galley)).edition.pages[1]!.frames[0]?.id).toBe(copy);
  await page.keyboard.press('Delete');
  await expect.poll(() => frameCount(page)).toBe(before + 1);
  await expectSaved(page);
});

test('several boxes take one fill and one stroke weight at once; a stroke too heavy for one is refused for all', async ({ page }) => {
  await open(page);
  const area = typeArea(edition.format);
  const drawBox = async (x: number): Promise<void> => {
    await page.getByTestId('tool-box').click();
    await dragOnPage(page, { x, y: area.y + 200 }, { x: x + 60, y: area.y + 240 });
  };
  const before = new Set((await fetchDocument(galley)).edition.pages[0]!.frames.map((f) => f.id));
  await drawBox(area.x + 20);
  await drawBox(area.x + 120);
  const boxes = (await fetchDocument(galley)).edition.pages[0]!.frames.filter((f) => !before.has(f.id));
  expect(boxes.map((f) => f.kind)).toEqual(['box', 'box']);
  await clickOnPage(page, { x: boxes[0]!.x + 30, y: boxes[0]!.y + 20 });
  await clickOnPage(page, { x: boxes[1]!.x + 30, y: boxes[1]!.y + 20 }, ['Shift']);
  await expect(page.getByTestId('props-many')).toBeVisible();
  const red = edition.swatches.find((s) => s.id === 'sw-red')!;
  await page.getByTestId('prop-many-fill').selectOption('sw-red');
  for (const box of boxes) await expectServerFrame(galley, box.id, { fill: red.color } as Partial<Frame>);
  const weight = page.getByTestId('prop-many-stroke-width');
  await weight.fill('30');
  await weight.press('Enter');
  await expect(page.getByTestId('notice')).toContainText('描边粗细 30 点不行');
  await weight.fill('2');
  await weight.press('Enter');
  for (const box of boxes) await expect.poll(async () => ((await fetchDocument(galley)).edition.pages[0]!.frames.find((f) => f.id === box.id) as { stroke: { width: number } | null }).stroke?.width).toBe(2);
  // One undo takes the weight off both.
  await page.getByTestId('undo').click();
  for (const box of boxes) await expect.poll(async () => ((await fetchDocument(galley)).edition.pages[0]!.frames.find((f) => f.id === box.id) as { stroke: { width: number } | null }).stroke?.width ?? 0).not.toBe(2);
});
