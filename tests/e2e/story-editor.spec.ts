// The stories panel and the story editor as a layout editor uses them, through `galley serve`:
// place an unplaced story by dragging it onto the page, click text to edit it, watch the page
// recompose as you type, undo a burst of typing in one step, style text from the keyboard, find
// and replace across the edition, paste from Word, and measure keystroke → repainted page.
import { expect, type Page as BrowserPage, test } from '@playwright/test';
import type { EditionLayout, GlyphRun } from '../../src/shared/layout/output';
import { CharacterStyleIds, columnEdges, type Edition, ParagraphStyleIds, paragraphText, spanWidth, type Story, type TextFrame } from '../../src/shared/model';
import { articleStories, fetchDocument } from './support/edition';
import { type GalleyServer, startGalley } from './support/galleyServe';
import { expectSaved, frame } from './support/pageView';

test.describe.configure({ mode: 'serial' });

let galley: GalleyServer;
/** The article taken off the page before the tests, to be placed again by dragging. */
let unplaced: Story;
/** The longest article: the one typed into. */
let typedStory: Story;
/** Where the unplaced story's frame was (page A01). */
let hole: TextFrame;

test.beforeAll(async () => {
  galley = await startGalley();
  const { edition, revision } = await fetchDocument(galley);
  const articles = articleStories(edition);
  const placedFrame = (story: Story): { pageId: string; frame: TextFrame } =>
    edition.pages.flatMap((p) => p.frames.filter((f): f is TextFrame => f.kind === 'text' && f.storyId === story.id).map((f) => ({ pageId: p.id, frame: f })))[0]!;
  unplaced = [...articles].sort((a, b) => chars(a) - chars(b))[0]!;
  typedStory = [...articles].sort((a, b) => chars(b) - chars(a))[0]!;
  const { pageId, frame: f } = placedFrame(unplaced);
  hole = f;
  const removed = await galley.api('applyOps', { baseRevision: revision, ops: [{ type: 'removeFrame', pageId, frameId: f.id }] });
  expect(removed.ok).toBe(true);
});

test.afterAll(async () => {
  if (!galley) return;
  expect(await galley.stop()).toBe(0);
});

function chars(story: Story): number {
  return story.paragraphs.map(paragraphText).join('').replace(/\s/gu, '').length;
}

async function serverStory(storyId: string): Promise<Story> {
  const { edition } = await fetchDocument(galley);
  return edition.stories.find((s) => s.id === storyId)!;
}

async function serverText(storyId: string): Promise<string> {
  return (await serverStory(storyId)).paragraphs.map(paragraphText).join('\n');
}

async function openComposed(page: BrowserPage): Promise<void> {
  await page.goto(`${galley.url}&galley-test-hooks=1`);
  await expect(page.getByTestId('layout-status')).toBeVisible({ timeout: 45_000 });
}

/** The page as the page view composed it (the incremental composer), through the test hook. */
async function composedLayout(page: BrowserPage): Promise<EditionLayout> {
  const json = await page.evaluate(() => (window as unknown as { __galleyLayoutJson: (via: string) => Promise<string> }).__galleyLayoutJson('incremental'));
  return JSON.parse(json) as EditionLayout;
}

/** Where page point `p` (pt) is inside the page SVG's box, in CSS pixels. */
async function svgOffset(page: BrowserPage, p: { x: number; y: number }): Promise<{ x: number; y: number }> {
  return page.getByTestId('page-svg').evaluate((el, point) => {
    const svg = el as SVGSVGElement;
    const screen = new DOMPoint(point.x, point.y).matrixTransform(svg.getScreenCTM()!);
    const box = svg.getBoundingClientRect();
    return { x: screen.x - box.left, y: screen.y - box.top };
  }, p);
}

/** Double-clicks the first glyph of a run of `storyId` and returns the paragraph offset the caret should be at. */
async function dblclickRun(page: BrowserPage, storyId: string, nth: number): Promise<{ paragraphId: string; offset: number }> {
  const run = page.locator(`[data-testid="glyph-run"][data-story-id="${storyId}"]`).nth(nth);
  const [x, y] = [Number(await run.getAttribute('data-x')), Number(await run.getAttribute('data-y'))];
  const layout = await composedLayout(page);
  const glyphRun = layout.pages
    .flatMap((p) => p.frames.flatMap((f) => f.columns.flatMap((c) => c.lines.flatMap((l) => l.runs))))
    .find((r: GlyphRun) => r.source.storyId === storyId && r.x === x && r.y === y)!;
  // A quarter of the first glyph's advance in, half an em above the baseline: before that glyph.
  const at = await svgOffset(page, { x: glyphRun.x + glyphRun.advances[0]! / 4, y: glyphRun.y - glyphRun.size / 2 });
  const box = (await page.getByTestId('page-svg').boundingBox())!;
  await page.mouse.dblclick(box.x + at.x, box.y + at.y);
  return { paragraphId: glyphRun.source.paragraphId, offset: glyphRun.clusters[0]! };
}

test('the stories panel lists every story with its length and pages, marks the unplaced one, and a drag places it', async ({ page }) => {
  await openComposed(page);
  const rows = page.getByTestId('story-row');
  const { edition } = await fetchDocument(galley);
  await expect(rows).toHaveCount(edition.stories.length);
  const row = page.locator(`[data-testid="story-row"][data-story-id="${unplaced.id}"]`);
  await expect(row).toHaveAttribute('data-placed', '');
  await expect(row.getByTestId('story-placement')).toHaveText('未排');
  await expect(row).toHaveAttribute('data-chars', String(chars(unplaced)));
  await expect(page.getByRole('button', { name: new RegExp(`^${unplaced.slug}，草稿，${chars(unplaced)} 字，未排$`) })).toBeVisible();

  // Drop it where it came from, near the top left of the space its frame left.
  const edges = columnEdges(edition.format);
  const target = { x: hole.x + 4, y: hole.y + 2 * edition.format.baselineGrid.pitch };
  await row.dragTo(page.getByTestId('page-svg'), { targetPosition: await svgOffset(page, target) });

  await expect(row.getByTestId('story-placement')).toHaveText('已排 A01');
  const after = (await fetchDocument(galley)).edition;
  const placed = after.pages[0]!.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId === unplaced.id)!;
  expect(placed.x).toBe(edges.find((e) => Math.abs(e.left - hole.x) < 0.01)?.left);
  expect(placed.columns).toBeGreaterThanOrEqual(1);
  expect(placed.width).toBe(spanWidth(after.format, placed.columns));
  await expect(frame(page, placed.id)).toBeVisible();
  // As deep as the engine needs for the story: it all fits, with less than a line to spare.
  await expect(frame(page, placed.id).getByTestId('overset-mark')).toHaveCount(0);
  await expect(page.getByTestId('story-editor')).toHaveAttribute('data-story-id', unplaced.id);
  await page.screenshot({ path: test.info().outputPath('story-placed.png') });
});

test('a double click on the page opens the editor at that character; typing recomposes the page and changes the overset count', async ({ page }) => {
  // Make the story overset first, so its "+N 字" shows and can change.
  const { edition, revision } = await fetchDocument(galley);
  const home = edition.pages.find((p) => p.frames.some((f) => f.kind === 'text' && f.storyId === typedStory.id))!;
  const articleFrame = home.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId === typedStory.id)!;
  const shrink = { type: 'resizeFrame' as const, pageId: home.id, frameId: articleFrame.id, x: articleFrame.x, y: articleFrame.y, width: articleFrame.width, height: Math.round(articleFrame.height * 0.6) };
  expect((await galley.api('applyOps', { baseRevision: revision, ops: [shrink] })).ok).toBe(true);

  await openComposed(page);
  const mark = frame(page, articleFrame.id).getByTestId('overset-mark');
  await expect(mark).toBeVisible();
  const before = Number(await mark.getAttribute('data-chars'));

  const at = await dblclickRun(page, typedStory.id, 30);
  await expect(page.getByTestId('story-editor')).toHaveAttribute('data-story-id', typedStory.id);
  await expect(page.getByTestId('story-editor-text')).toBeFocused();
  await expect(page.getByTestId('text-highlight')).toHaveCount(1);
  // More than two lines' worth, so the overset must grow (a few characters can fit on a short last line).
  const added = '新增的文字'.repeat(6);
  await page.keyboard.type(added);
  await expect(mark).not.toHaveAttribute('data-chars', String(before));
  expect(Number(await mark.getAttribute('data-chars'))).toBeGreaterThan(before);

  // The text went in exactly where the double click put the caret.
  await expect.poll(async () => {
    const story = await serverStory(typedStory.id);
    const p = story.paragraphs.find((q) => q.id === at.paragraphId)!;
    return paragraphText(p).slice(at.offset, at.offset + added.length);
  }).toBe(added);
  await expect(page.getByTestId('story-char-count')).toHaveAttribute('data-chars', String(chars(typedStory) + added.length));
  await page.screenshot({ path: test.info().outputPath('story-typing.png') });
});

test('a burst of typing undoes in one step, on the page and in the host, redoes, and shares one history with layout edits', async ({ page }) => {
  await openComposed(page);
  const original = await serverText(typedStory.id);
  await dblclickRun(page, typedStory.id, 12);
  await page.keyboard.type('一二三四五六', { delay: 40 });
  await expect.poll(() => serverText(typedStory.id)).toContain('一二三四五六');
  await page.keyboard.press('Control+z');
  await expect.poll(() => serverText(typedStory.id)).toBe(original);
  await expect(page.getByTestId('story-editor-text')).not.toContainText('一二三四五六');
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => serverText(typedStory.id)).toContain('一二三四五六');
  await page.keyboard.press('Control+z');
  await expect.poll(() => serverText(typedStory.id)).toBe(original);

  // Text and layout share one history: type, then nudge the frame from the page, then undo both in turn.
  const { edition } = await fetchDocument(galley);
  const articleFrame = edition.pages.flatMap((p) => p.frames).find((f): f is TextFrame => f.kind === 'text' && f.storyId === typedStory.id)!;
  await dblclickRun(page, typedStory.id, 12);
  await page.keyboard.type('排版');
  await expect.poll(() => serverText(typedStory.id)).toContain('排版');
  const label = frame(page, articleFrame.id).locator('.frame-outline');
  const outline = (await label.boundingBox())!;
  await page.mouse.click(outline.x + outline.width - 3, outline.y + outline.height - 3);
  await expect(page.getByTestId('story-editor-text')).not.toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(frame(page, articleFrame.id)).not.toHaveAttribute('data-x', String(articleFrame.x));
  await page.keyboard.press('Control+z');
  await expect(frame(page, articleFrame.id)).toHaveAttribute('data-x', String(articleFrame.x));
  await expect.poll(() => serverText(typedStory.id)).toContain('排版');
  await page.keyboard.press('Control+z');
  await expect.poll(() => serverText(typedStory.id)).toBe(original);
  await expect(page.getByTestId('story-editor-text')).not.toContainText('排版');
  await expectSaved(page);
});

test('styles from the keyboard: Ctrl+B bold, Ctrl+Shift+E emphasis dots (on bold text: both), Ctrl+Alt+6 小标题; selection is highlighted on the page', async ({ page }) => {
  await openComposed(page);
  const at = await dblclickRun(page, typedStory.id, 20);
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => page.getByTestId('text-highlight').count()).toBeGreaterThan(0);
  await expect(page.getByTestId('story-char-count')).toContainText('选中 4 字');

  await page.keyboard.press('Control+b');
  await expect.poll(async () => (await serverStory(typedStory.id)).paragraphs.find((p) => p.id === at.paragraphId)!.runs.find((r) => r.charStyle === CharacterStyleIds.bold)?.text.length).toBe(4);
  await expect(page.getByRole('button', { name: '粗体' })).toHaveAttribute('aria-pressed', 'true');
  // Emphasis dots on bold text: both at once (粗体着重), and both buttons show it. Before, the
  // dots replaced the bold.
  await page.keyboard.press('Control+Shift+E');
  await expect.poll(async () => (await serverStory(typedStory.id)).paragraphs.find((p) => p.id === at.paragraphId)!.runs.find((r) => r.charStyle === CharacterStyleIds.boldEmphasis)?.text.length).toBe(4);
  await expect(page.getByRole('button', { name: '粗体' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: '着重号' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.getByTestId('story-editor-text').locator('[data-dots="true"]').first().evaluate((el) => Number(getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(600);
  await expect.poll(() => page.locator('.emphasis-dots').count()).toBeGreaterThan(0);
  // In the galley too: filled circles (a filled dot at half of 14 px was a speck), under the text,
  // with room under the paragraph's lines for them.
  const dotted = page.getByTestId('story-editor-text').locator('[data-dots="true"]').first();
  const look = await dotted.evaluate((el) => {
    const style = getComputedStyle(el);
    const paragraph = getComputedStyle(el.closest('.se-paragraph')!);
    return { mark: style.getPropertyValue('text-emphasis-style'), position: style.getPropertyValue('text-emphasis-position'), leading: parseFloat(paragraph.lineHeight) / parseFloat(paragraph.fontSize) };
  });
  expect(look.mark).toBe('circle');
  expect(look.position).toMatch(/^under/u);
  expect(look.leading).toBeGreaterThanOrEqual(2);

  await page.keyboard.press('Control+Alt+6');
  await expect.poll(async () => (await serverStory(typedStory.id)).paragraphs.find((p) => p.id === at.paragraphId)!.style).toBe(ParagraphStyleIds.crosshead);
  await expect(page.getByLabel('段落样式')).toHaveValue(ParagraphStyleIds.crosshead);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await serverStory(typedStory.id)).paragraphs.find((p) => p.id === at.paragraphId)!.style).toBe(ParagraphStyleIds.body);
});

test('find and replace across the edition replaces every match in one undoable step', async ({ page }) => {
  await openComposed(page);
  const count = (edition: Edition, text: string): number => edition.stories.reduce((n, s) => n + s.paragraphs.map(paragraphText).join('\n').split(text).length - 1, 0);
  const before = (await fetchDocument(galley)).edition;
  const query = '市中区';
  const total = count(before, query);
  expect(total).toBeGreaterThan(3);
  expect(new Set(before.stories.filter((s) => count({ ...before, stories: [s] }, query) > 0).map((s) => s.id)).size).toBeGreaterThan(1);

  await dblclickRun(page, typedStory.id, 3);
  await page.keyboard.press('Control+f');
  const search = page.getByRole('search');
  await expect(search.getByLabel('查找', { exact: true })).toBeFocused();
  await page.keyboard.type(query);
  await expect(page.getByTestId('find-status')).toHaveAttribute('data-count', String(total));
  // Each match shows in the editor while the find field keeps the focus: highlighted, and
  // scrolled into the editor's view (it showed nothing, and a long paragraph left it out of view).
  const shownMatch = (): Promise<{ text: string; inView: boolean } | null> =>
    page.evaluate(() => {
      // A maplike of setlikes; the e2e tsconfig has no DOM iterables to type it.
      const highlights = CSS.highlights as unknown as ReadonlyMap<string, ReadonlySet<Range>>;
      const range = highlights.get('galley-caret-request')?.values().next().value;
      const scroller = document.querySelector('.story-editor-galley');
      if (!range || !scroller) return null;
      const box = range.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      return { text: range.toString(), inView: box.top >= view.top && box.bottom <= view.bottom };
    });
  // And on the page: at 100 % the broadsheet is taller than the window, and each match is
  // scrolled into the page view (it stayed where the view was).
  await page.getByTestId('zoom-actual').click();
  const pageMatchInView = (): Promise<boolean> =>
    page.evaluate(() => {
      const rect = document.querySelector('[data-testid="text-highlight"]');
      const scroller = document.querySelector('.canvas-scroller');
      if (!rect || !scroller) return false;
      const box = rect.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      return box.top >= view.top && box.bottom <= view.bottom && box.left >= view.left && box.right <= view.right;
    });
  const scrolls = new Set<string>();
  for (let n = 1; n <= total; n++) {
    await search.getByRole('button', { name: '下一处' }).click();
    await expect(page.getByTestId('find-status')).toContainText(`第 ${n}/${total} 处`);
    if (n <= 4) await expect.poll(shownMatch).toEqual({ text: query, inView: true });
    await expect.poll(pageMatchInView).toBe(true);
    scrolls.add(await page.locator('.canvas-scroller').evaluate((el) => `${el.scrollLeft},${el.scrollTop}`));
  }
  // The matches are spread over the page, beyond one window's view of it: the view moved.
  expect(scrolls.size).toBeGreaterThan(1);
  // The case box's label keeps to one line beside the status (it broke as 区分大小 / 写).
  const caseLabel = search.locator('label', { hasText: '区分大小写' });
  const lines = await caseLabel.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el.lastChild!);
    return range.getClientRects().length;
  });
  expect(lines).toBe(1);
  await search.getByLabel('替换为').fill('市中');
  await search.getByRole('button', { name: '全部替换' }).click();
  await expect.poll(async () => count((await fetchDocument(galley)).edition, query)).toBe(0);
  await expect(page.getByTestId('find-status')).toContainText(`已替换 ${total} 处`);

  await page.getByTestId('undo').click();
  await expect.poll(async () => count((await fetchDocument(galley)).edition, query)).toBe(total);
  // Undone, the replace is no longer reported as done.
  await expect(page.getByTestId('find-status')).not.toContainText('已替换');
});

test('opening a story from the stories list selects its frame, so the panels act on the story in the editor', async ({ page }) => {
  await openComposed(page);
  const { edition } = await fetchDocument(galley);
  const frameOf = (story: Story): TextFrame | undefined => edition.pages[0]!.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId === story.id);
  const other = articleStories(edition).find((s) => s.id !== typedStory.id && frameOf(s))!;
  const typedFrame = frameOf(typedStory)!;
  const otherFrame = frameOf(other)!;
  await frame(page, typedFrame.id).locator('.frame-outline').click({ position: { x: 20, y: 20 } });
  await expect(frame(page, typedFrame.id)).toHaveAttribute('data-selected', 'true');
  await page.locator(`[data-testid="story-row"][data-story-id="${other.id}"]`).click();
  // The selection stayed on the first article while the editor showed the second.
  await expect(frame(page, otherFrame.id)).toHaveAttribute('data-selected', 'true');
  await expect(frame(page, typedFrame.id)).toHaveAttribute('data-selected', 'false');
  await expect(page.getByTestId('status-bar')).toContainText(other.slug);
});

test('with the stories panel hidden, a double click on the page text brings it back with the caret there; a plain click does not', async ({ page }) => {
  await openComposed(page);
  const { edition } = await fetchDocument(galley);
  const typedFrame = edition.pages[0]!.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId === typedStory.id)!;
  await page.getByTestId('side-panel-hide-stories').click();
  await expect(page.getByTestId('stories-dock')).toHaveCount(0);
  // Selecting a frame is layout work: the panel stays hidden.
  await frame(page, typedFrame.id).locator('.frame-outline').click({ position: { x: 20, y: 20 } });
  await expect(frame(page, typedFrame.id)).toHaveAttribute('data-selected', 'true');
  await expect(page.getByTestId('stories-dock')).toHaveCount(0);

  await dblclickRun(page, typedStory.id, 12);
  await expect(page.getByTestId('story-editor')).toHaveAttribute('data-story-id', typedStory.id);
  await expect(page.getByTestId('story-editor-text')).toBeFocused();
  await expect(page.getByTestId('side-panel-hide-stories')).toBeVisible();
});

test('paste from Word keeps the paragraphs, drops the styling and reports the repairs as import does', async ({ page }) => {
  await openComposed(page);
  const at = await dblclickRun(page, typedStory.id, 40);
  const before = await serverStory(typedStory.id);
  const word =
    '<html><body><!--StartFragment--><p class=MsoNormal><b><span style="color:red;font-family:黑体">粘贴第一段</span></b>:测试。</p>' +
    '<p class=MsoNormal><i>粘贴第二段，</i></p><p class=MsoNormal>接着写完.</p><!--EndFragment--></body></html>';
  await page.getByTestId('story-editor-text').evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', '粘贴第一段:测试。\n粘贴第二段，\n接着写完.');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, word);
  const report = page.getByTestId('paste-report');
  await expect(report).toBeVisible();
  await expect(report).toContainText('粘贴 2 段');
  // The colon, and the full stop typed half width after Chinese at the paragraph's end.
  await expect(report.locator('[data-kind="fullwidth-punctuation"]')).toHaveCount(2);
  await expect(report.locator('[data-kind="rejoined-paragraph"]')).toHaveCount(1);

  await expect.poll(async () => (await serverStory(typedStory.id)).paragraphs.length).toBe(before.paragraphs.length + 1);
  const after = await serverStory(typedStory.id);
  const host = after.paragraphs.find((p) => p.id === at.paragraphId)!;
  expect(paragraphText(host)).toContain('粘贴第一段：测试。');
  const next = after.paragraphs[after.paragraphs.indexOf(host) + 1]!;
  expect(paragraphText(next).startsWith('粘贴第二段，接着写完。')).toBe(true);
  expect(after.paragraphs.flatMap((p) => p.runs).filter((r) => r.charStyle !== null && /粘贴/u.test(r.text))).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('story-paste-report.png') });
  // The report is about this story: opening another closes it.
  const other = articleStories((await fetchDocument(galley)).edition).find((s) => s.id !== typedStory.id)!;
  await page.locator(`[data-testid="story-row"][data-story-id="${other.id}"]`).click();
  await expect(page.getByTestId('story-editor')).toHaveAttribute('data-story-id', other.id);
  await expect(report).toHaveCount(0);
  await page.locator(`[data-testid="story-row"][data-story-id="${typedStory.id}"]`).click();
  await expect(report).toHaveCount(0);
  await page.getByTestId('story-editor-text').click();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await serverStory(typedStory.id)).paragraphs.length).toBe(before.paragraphs.length);
});

test('keystroke → repainted page, measured with performance marks (figures in the report); the readouts follow after that paint', async ({ page }) => {
  await openComposed(page);
  await dblclickRun(page, typedStory.id, 50);
  const count = page.getByTestId('story-char-count');
  await expect(count).toBeVisible();
  const opened = Number(await count.getAttribute('data-chars'));
  await page.keyboard.type('预热', { delay: 150 });
  // The warm-up's own readouts first: read while they were still on their way (a loaded CI
  // machine), the count was one short and every later check one off.
  await expect(count).toHaveAttribute('data-chars', String(opened + 2));
  await page.evaluate(() => performance.clearMeasures('galley:edit-to-paint'));
  await recordChangesOutsideThePage(page);
  const text = '中文排版实时重排测试一二三四五六七八九十甲乙丙丁戊己庚辛壬癸';
  const painted = (): Promise<number> => page.evaluate(() => performance.getEntriesByName('galley:edit-to-paint').length);
  // Each keystroke waits for its own repaint, so a slow machine measures slow paints instead of
  // merging two keystrokes into one paint and losing a measurement.
  const typedBefore = opened + 2;
  for (const [i, ch] of [...text].entries()) {
    await page.keyboard.type(ch);
    await expect.poll(painted, { timeout: 15_000 }).toBeGreaterThanOrEqual(i + 1);
    // The readouts of this keystroke are in before the next one, as they are for a person typing.
    await expect(count).toHaveAttribute('data-chars', String(typedBefore + i + 1));
  }
  const durations = (await page.evaluate(() => performance.getEntriesByName('galley:edit-to-paint').map((e) => e.duration))).sort((a, b) => a - b);
  const pick = (q: number): number => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))]!;
  const figures = `keystroke→paint over ${durations.length} keystrokes (${chars(typedStory)} 字 story): median ${pick(0.5).toFixed(1)} ms, p95 ${pick(0.95).toFixed(1)} ms, max ${pick(1).toFixed(1)} ms`;
  test.info().annotations.push({ type: 'performance', description: figures });
  console.log(figures);

  // The frame that shows a keystroke changes the page and the editor only: the readouts of the
  // story's length and of the composition follow once it is painted, so they cost it no layout of
  // the panels, even when the host's answer to the keystroke before lands meanwhile. (That answer
  // itself, the saved revision, shows when it comes.)
  const readouts = new Set(['story-char-count', 'story-row', 'layout-status']);
  const changed = (await page.evaluate(() => (window as unknown as { __changes: Array<{ what: string; beforePaint: boolean }> }).__changes)).filter((c) => readouts.has(c.what));
  expect(new Set(changed.filter((c) => !c.beforePaint).map((c) => c.what))).toEqual(readouts);
  expect(changed.filter((c) => c.beforePaint).map((c) => c.what)).toEqual([]);
});

/**
 * Records each DOM change outside the page view and the story editor's text as `__changes`:
 * which element (its test id or class) and whether it came while a keystroke's edit was waiting
 * for its repaint (repaintProbe.ts keeps the `galley:edit-start` mark until then).
 */
async function recordChangesOutsideThePage(page: BrowserPage): Promise<void> {
  await page.evaluate(() => {
    const changes: Array<{ what: string; beforePaint: boolean }> = [];
    (window as unknown as { __changes: typeof changes }).__changes = changes;
    const skip = [document.querySelector('[data-testid="page-svg"]'), document.querySelector('[data-testid="story-editor-text"]')];
    new MutationObserver((records) => {
      const beforePaint = performance.getEntriesByName('galley:edit-start', 'mark').length > 0;
      for (const record of records) {
        const node = record.target;
        const element = node instanceof Element ? node : node.parentElement;
        if (!element || skip.some((s) => s?.contains(element))) continue;
        const named = element.closest('[data-testid]');
        changes.push({ what: named?.getAttribute('data-testid') ?? element.className, beforePaint });
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}
