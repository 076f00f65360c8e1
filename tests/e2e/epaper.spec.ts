// The exported e-paper bundle (数字报) in Chromium, as a reader gets it: served by a plain static
// HTTP server and opened straight from disk (file://). Two bundles are exported once, by the real
// `galley export epaper`: the sample page, and the sample made three pages long (the lead story
// threaded through all three) for page navigation. The truth the reader is checked against comes
// from the edition itself (`galley info --json`), not from the bundle's own data.
import { execFile } from 'node:child_process';
import { cpSync, createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test as base } from '@playwright/test';
import { sixteenPages } from '../../bench/sixteenPages';
import { loadEdition, saveEdition } from '../../src/main/services/store';
import type { EpaperEditionRecord } from '../../src/shared/epaper/bundle';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'bin/galley.mjs');
const exec = promisify(execFile);

interface InfoStory {
  readonly id: string;
  readonly headline: string | null;
  readonly text: string;
}

let work: string;
let server: Server;
let port: number;
let stories: InfoStory[];

async function galley(args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await exec(process.execPath, [CLI, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`galley ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? String(error)}`);
  }
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
};

/** A static file server for `root` on 127.0.0.1, as any web host would serve the bundle. */
async function serveStatic(root: string): Promise<{ server: Server; port: number }> {
  const s = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolve(root, `.${path}`);
    if (!file.startsWith(root + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => s.listen(0, '127.0.0.1', done));
  const address = s.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { server: s, port: address.port };
}

base.beforeAll(async () => {
  base.setTimeout(180_000);
  work = mkdtempSync(join(tmpdir(), 'galley-e2e-epaper-reader-'));
  const sample = join(work, 'sample.galley');
  const three = join(work, 'three.galley');
  await galley(['new', sample, '--sample', '--date', '2023-05-15']);
  cpSync(sample, three, { recursive: true });
  await saveEdition(three, sixteenPages((await loadEdition(sample)).edition, 3));
  await galley(['export', 'epaper', sample, '--out', join(work, 'sample-epaper')]);
  // The lead, three times as long, overruns its last frame by a few 字: preflight's error, not
  // the reader's concern, so this export overrides it (as a layout artist may, and it is logged).
  await galley(['export', 'epaper', three, '--out', join(work, 'three-epaper'), '--force']);
  stories = (JSON.parse(await galley(['info', sample, '--json'])) as { stories: InfoStory[] }).stories;
  ({ server, port } = await serveStatic(work));
});

base.afterAll(async () => {
  if (server) await new Promise((done) => server.close(done));
  if (work) rmSync(work, { recursive: true, force: true });
});

type Bundle = 'sample-epaper' | 'three-epaper';

interface Reader {
  /** Opens `path` in `bundle`; from then on every request must stay inside that bundle. */
  open(bundle: Bundle, path?: string): Promise<void>;
  /** The bundle's own base URL in the current mode. */
  base(bundle: Bundle): string;
}

const MODES = ['http', 'file'] as const;
type Mode = (typeof MODES)[number];

function baseUrl(mode: Mode, bundle: Bundle): string {
  return mode === 'http' ? `http://127.0.0.1:${port}/${bundle}/` : `${pathToFileURL(join(work, bundle)).href}/`;
}

/**
 * `reader` opens bundle pages and, for the whole test, records console errors, uncaught
 * exceptions and any request outside the bundle; the test fails on any of them at its end.
 */
const test = base.extend<{ mode: Mode; reader: Reader }>({
  mode: ['http', { option: true }],
  reader: async ({ page, mode }, use) => {
    const errors: string[] = [];
    const outside: string[] = [];
    let allowed: string | null = null;
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      if (allowed !== null && !r.url().startsWith(allowed)) outside.push(r.url());
    });
    await use({
      async open(bundle, path = 'index.html') {
        allowed = baseUrl(mode, bundle);
        await page.goto(allowed + path);
      },
      base: (bundle) => baseUrl(mode, bundle),
    });
    expect(errors, 'console errors').toEqual([]);
    expect(outside, 'requests outside the bundle').toEqual([]);
  },
});

function editionRecord(bundle: Bundle): EpaperEditionRecord {
  return JSON.parse(readFileSync(join(work, bundle, 'edition.json'), 'utf8')) as EpaperEditionRecord;
}

/** The story's paragraphs as the edition holds them: trimmed, NFC, empty ones left out. */
function storyLines(story: InfoStory): string[] {
  return story.text
    .split('\n')
    .map((l) => l.normalize('NFC').trim())
    .filter((l) => l !== '');
}

function storyByHeadline(headline: string): InfoStory {
  const story = stories.find((s) => s.headline === headline);
  if (!story) throw new Error(`no story headed ${headline}`);
  return story;
}

async function seriousViolations(page: Page): Promise<string[]> {
  // axe reads style sheets with XHR when it may ("preload"); Chromium forbids that on file://,
  // which is axe's problem, not the bundle's: there, axe uses the CSSOM it can read.
  const fromDisk = page.url().startsWith('file:');
  const results = await new AxeBuilder({ page }).options(fromDisk ? { preload: false } : {}).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The article page's text blocks in reading order, and the captions shown under its photos. */
async function articleBlocks(page: Page): Promise<{ blocks: string[]; captions: string[] }> {
  return page.evaluate(() => {
    const text = (e: Element): string => (e.textContent ?? '').trim();
    const blocks = Array.from(document.querySelectorAll('.article-head .kicker, .article-head .headline, .article-head .subhead, .article-head .byline, .article-body > p, .article-body > h2'), text);
    const captions = Array.from(document.querySelectorAll('figcaption .figure-caption'), text);
    return { blocks, captions };
  });
}

async function waitForPageImage(page: Page, stem: string): Promise<void> {
  const image = page.locator('.page-image');
  await expect(image).toHaveAttribute('src', `pages/${stem}.jpg`);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
}

for (const mode of MODES) {
  test.describe(`the e-paper reader over ${mode === 'http' ? 'a static HTTP server' : 'file://'}`, () => {
    test.use({ mode });

    test('loads the page image at reading size', async ({ page, reader }) => {
      await reader.open('sample-epaper');
      await waitForPageImage(page, 'A01');
      const natural = await page.locator('.page-image').evaluate((img: HTMLImageElement) => img.naturalWidth);
      // About 150 dpi over a broadsheet's 1064 pt (14.8 in): some 2200 px.
      expect(natural).toBeGreaterThan(1500);
      await expect(page.locator('.viewer-title')).toHaveText(editionRecord('sample-epaper').pages[0]!.banner);
    });

    test('has exactly one hotspot per article on the page, named by its headline', async ({ page, reader }) => {
      await reader.open('sample-epaper');
      await waitForPageImage(page, 'A01');
      const articles = stories.filter((s) => s.headline !== null);
      expect(articles).toHaveLength(9); // the masthead and the promo line are not articles
      const hotspots = page.locator('a.hotspot');
      await expect(hotspots).toHaveCount(articles.length);
      for (const story of articles) {
        const spot = page.locator(`a.hotspot[data-article="${story.id}"]`);
        await expect(spot).toHaveCount(1);
        await expect(spot).toHaveAccessibleName(story.headline!);
        await expect(spot).toHaveAttribute('href', `articles/${story.id}.html`);
      }
      // The page's headline list, the text alternative to the image, names the same articles.
      await expect(page.locator('.page-articles-list .page-article-headline')).toHaveText(await hotspots.evaluateAll((all) => all.map((a) => a.getAttribute('aria-label') ?? '')));
    });

    test('opens the article from its hotspot, and the article text is the story text', async ({ page, reader }) => {
      await reader.open('sample-epaper');
      await waitForPageImage(page, 'A01');
      const story = storyByHeadline('枣庄市领导来市中区开展调研活动');
      const spot = page.locator(`a.hotspot[data-article="${story.id}"]`);
      await spot.hover();
      await expect(spot).toHaveClass(/is-active/u);
      await expect(page.locator(`.page-article[data-article="${story.id}"]`)).toHaveClass(/is-active/u);
      await spot.locator('polygon').first().click();
      await page.waitForURL(`${reader.base('sample-epaper')}articles/${story.id}.html`);
      await expect(page.locator('h1')).toHaveText(story.headline!);
      expect((await articleBlocks(page)).blocks).toEqual(storyLines(story));
    });

    test('has an article page for every article whose text is its story, photo captions under the photo', async ({ page, reader }) => {
      let captioned = 0;
      for (const story of stories.filter((s) => s.headline !== null)) {
        await reader.open('sample-epaper', `articles/${story.id}.html`);
        const { blocks, captions } = await articleBlocks(page);
        const lines = storyLines(story);
        for (const caption of captions) expect(lines).toContain(caption);
        expect(blocks).toEqual(lines.filter((l) => !captions.includes(l)));
        captioned += captions.length;
        await expect(page.locator('.article-pages a')).toHaveAttribute('href', '../index.html#page=A01');
      }
      // The sample's photo belongs to 校园科技节 (grouped with its text frame) and carries its caption.
      expect(captioned).toBe(1);
      const photo = storyByHeadline('校园科技节引领绿色低碳新风尚');
      await reader.open('sample-epaper', `articles/${photo.id}.html`);
      const img = page.locator('.article-figure img');
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
      expect(await img.getAttribute('alt')).not.toBe('');
    });

    test('finds 退役军人 and highlights its hotspot', async ({ page, reader }) => {
      await reader.open('sample-epaper');
      await waitForPageImage(page, 'A01');
      const story = storyByHeadline('区退役军人事务员培训班开班');
      await page.getByRole('searchbox', { name: '搜索本期文章' }).fill('退役军人');
      await page.getByRole('searchbox', { name: '搜索本期文章' }).press('Enter');
      const results = page.locator('.search-result');
      await expect(results).toHaveCount(1);
      const link = results.locator('.search-result-link');
      await expect(link).toHaveText(story.headline!);
      await expect(link).toHaveAttribute('href', `articles/${story.id}.html`);
      await expect(results.locator('mark').first()).toHaveText('退役军人');
      const spot = page.locator(`a.hotspot[data-article="${story.id}"]`);
      await expect(spot).toHaveClass(/is-match/u);
      await expect(page.locator('a.hotspot.is-match')).toHaveCount(1);
      await results.locator('.search-result-locate').click();
      await expect(page).toHaveURL(/#article=/u);
      await expect(spot).toHaveClass(/is-selected/u);
      await expect(page.locator(`.page-article[data-article="${story.id}"]`)).toHaveAttribute('aria-current', 'true');
      await page.screenshot({ path: test.info().outputPath('reader-search.png') });
      await link.click();
      await page.waitForURL(`${reader.base('sample-epaper')}articles/${story.id}.html`);
      await expect(page.locator('h1')).toHaveText(story.headline!);
    });

    test('moves between pages by 版: thumbnails, previous and next, keys and deep links', async ({ page, reader }) => {
      const record = editionRecord('three-epaper');
      expect(record.pages.map((p) => p.label)).toEqual(['A01', 'A02', 'A03']);
      await reader.open('three-epaper');
      await waitForPageImage(page, 'A01');
      const thumbs = page.locator('.page-link');
      await expect(thumbs).toHaveCount(3);
      await expect(thumbs.nth(0)).toHaveAttribute('aria-current', 'page');
      const prev = page.getByRole('button', { name: '上一版' });
      const next = page.getByRole('button', { name: '下一版' });
      await expect(prev).toBeDisabled();

      await next.click();
      await expect(page).toHaveURL(/#page=A02$/u);
      await waitForPageImage(page, 'A02');
      await expect(thumbs.nth(1)).toHaveAttribute('aria-current', 'page');
      await expect(thumbs.nth(0)).not.toHaveAttribute('aria-current', 'page');
      await expect(page.locator('.viewer-title')).toHaveText(record.pages[1]!.banner);
      await expect(page.locator('.page-pdf')).toHaveAttribute('href', 'pdf/A02.pdf');

      await thumbs.nth(2).click();
      await waitForPageImage(page, 'A03');
      await expect(next).toBeDisabled();
      await page.keyboard.press('PageUp');
      await waitForPageImage(page, 'A02');
      await page.keyboard.press('PageDown');
      await waitForPageImage(page, 'A03');

      // The lead story runs through all three pages: one hotspot on each, one article.
      const lead = record.pages[0]!.articleIds.find((id) => record.pages.every((p) => p.articleIds.includes(id)))!;
      await expect(page.locator(`a.hotspot[data-article="${lead}"]`)).toHaveCount(1);
      // Selecting it from page 3 stays on page 3; an article of page 2 alone opens page 2.
      await page.evaluate((id) => (window.location.hash = `#article=${id}`), lead);
      await expect(page.locator(`a.hotspot[data-article="${lead}"]`)).toHaveClass(/is-selected/u);
      await expect(page.locator('.viewer-title')).toHaveText(record.pages[2]!.banner);
      const onlyTwo = record.pages[1]!.articleIds.find((id) => id !== lead)!;
      await page.evaluate((id) => (window.location.hash = `#article=${id}`), onlyTwo);
      await waitForPageImage(page, 'A02');
      await expect(page.locator(`a.hotspot[data-article="${onlyTwo}"]`)).toHaveClass(/is-selected/u);
      // Back retraces the way: every page turn is a history entry (#article=lead is on A02 too,
      // so the first step back stays there; the one before it was #page=A03).
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`#article=${lead}$`, 'u'));
      await waitForPageImage(page, 'A02');
      await page.goBack();
      await waitForPageImage(page, 'A03');

      // The lead's article page lists the three pages, each a deep link into the reader.
      await reader.open('three-epaper', `articles/${lead}.html`);
      await expect(page.locator('.article-pages a')).toHaveCount(3);
      await page.locator('.article-pages a').nth(1).click();
      await expect(page).toHaveURL(/index\.html#page=A02$/u);
      await waitForPageImage(page, 'A02');
      await expect(thumbs.nth(1)).toHaveAttribute('aria-current', 'page');
      await page.screenshot({ path: test.info().outputPath('reader-three-pages.png') });
    });

    test('zooms with buttons, keys and Ctrl+wheel, pans by dragging, and a drag does not open an article', async ({ page, reader }) => {
      await reader.open('sample-epaper');
      await waitForPageImage(page, 'A01');
      const level = page.locator('.zoom-level');
      const sheetWidth = (): Promise<number> => page.locator('.sheet').evaluate((s) => s.getBoundingClientRect().width);
      const fit = await sheetWidth();
      await expect(level).toHaveText('100%');
      await page.getByRole('button', { name: '放大' }).click();
      await expect(level).toHaveText('125%');
      expect(await sheetWidth()).toBeCloseTo(fit * 1.25, 0);
      await page.keyboard.press('+');
      await expect(level).toHaveText('156%');
      await page.keyboard.press('-');
      await page.keyboard.press('-');
      await expect(level).toHaveText('100%');

      const viewport = page.locator('.viewport');
      const box = (await viewport.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -400);
      await page.keyboard.up('Control');
      await expect.poll(async () => parseInt((await level.textContent()) ?? '0', 10)).toBeGreaterThan(150);

      const before = await viewport.evaluate((v) => [v.scrollLeft, v.scrollTop]);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 - 90, { steps: 6 });
      await page.mouse.up();
      const after = await viewport.evaluate((v) => [v.scrollLeft, v.scrollTop]);
      expect(after[0]! - before[0]!).toBeCloseTo(120, -1);
      expect(after[1]! - before[1]!).toBeCloseTo(90, -1);
      expect(page.url()).toBe(`${reader.base('sample-epaper')}index.html`);
      await page.getByRole('button', { name: '整版' }).click();
      await expect(level).toHaveText('100%');
    });

    test('passes axe with no serious or critical violations: the reader and an article page', async ({ page, reader }) => {
      await reader.open('sample-epaper');
      await waitForPageImage(page, 'A01');
      expect(await seriousViolations(page)).toEqual([]);
      // Keyboard focus on a hotspot shows (the screenshot is kept as an artefact to look at).
      await page.locator('a.hotspot').nth(1).focus();
      await page.screenshot({ path: test.info().outputPath('reader-desktop-focus.png') });
      const story = storyByHeadline('校园科技节引领绿色低碳新风尚');
      await reader.open('sample-epaper', `articles/${story.id}.html`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath('article-desktop.png'), fullPage: true });
    });

    test.describe('on a phone', () => {
      test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

      test('shows the article list instead of the page image, and remembers the text size', async ({ page, reader }) => {
        const pageImages: string[] = [];
        page.on('request', (r) => {
          if (/\/pages\/[^/]+(?<!-thumb)\.jpg$/u.test(r.url())) pageImages.push(r.url());
        });
        await reader.open('sample-epaper');
        await expect(page.locator('.toc')).toBeVisible();
        await expect(page.locator('.viewer')).toBeHidden();
        const headlines = stories.filter((s) => s.headline !== null).map((s) => s.headline!);
        await expect(page.locator('.toc-headline a')).toHaveCount(headlines.length);
        expect((await page.locator('.toc-headline a').allTextContents()).sort()).toEqual([...headlines].sort());
        expect(pageImages, 'the page image is not fetched on a phone').toEqual([]);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: test.info().outputPath('reader-phone.png') });

        const story = storyByHeadline('呵护护士心灵 致敬白衣天使');
        await page.locator('.toc-headline a', { hasText: story.headline! }).click();
        await page.waitForURL(`${reader.base('sample-epaper')}articles/${story.id}.html`);
        const body = page.locator('.article-body');
        const size = (): Promise<number> => body.evaluate((b) => parseFloat(getComputedStyle(b).fontSize));
        const normal = await size();
        await page.getByRole('button', { name: '增大字号' }).click();
        expect(await size()).toBeCloseTo(normal * 1.125, 1);
        await page.locator('a[rel="next"]').click();
        await expect(page.locator('.text-size-level').first()).toHaveText('113%');
        expect(await size()).toBeCloseTo(normal * 1.125, 1);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: test.info().outputPath('article-phone.png') });
      });
    });
  });
}
