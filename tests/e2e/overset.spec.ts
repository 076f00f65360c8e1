// Overset on screen: a story that no longer fits its frame gets the red "+N 字" mark on its last
// frame, with the same count the main process computes, and the mark goes when the text fits.
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { createFontService, loadLayoutEnv } from '../../src/main/services/fonts';
import { composeParagraph } from '../../src/shared/layout/inline';
import { composeEdition } from '../../src/shared/layout/page';
import { applyOp, type Op, type TextFrame } from '../../src/shared/model';
import { articleStories, fetchDocument } from './support/edition';
import { type GalleyServer, startGalley } from './support/galleyServe';

const ROOT = resolve(import.meta.dirname, '../..');
let galley: GalleyServer;

test.beforeAll(async () => {
  galley = await startGalley();
});

test.afterAll(async () => {
  if (!galley) return;
  expect(await galley.stop()).toBe(0);
});

test('a frame made too short shows "+N 字" with the count main computes, and undo clears it', async ({ page }) => {
  const { edition, revision } = await fetchDocument(galley);
  const story = articleStories(edition)[0]!;
  const pageOne = edition.pages[0]!;
  const articleFrame = pageOne.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId === story.id)!;
  const shrink: Op = { type: 'resizeFrame', pageId: pageOne.id, frameId: articleFrame.id, x: articleFrame.x, y: articleFrame.y, width: articleFrame.width, height: articleFrame.height / 3 };
  const applied = await galley.api('applyOps', { baseRevision: revision, ops: [shrink] });
  expect(applied.ok).toBe(true);

  // What the main process says the overset is, with the same fonts and engine.
  const shrunk = applyOp(edition, shrink).edition;
  const families = shrunk.styles.paragraph.flatMap((s) => [s.font.cjk, s.font.latin]);
  const env = await loadLayoutEnv(createFontService({ projectRoot: ROOT, systemDirs: [] }), { families });
  const expected = composeEdition(shrunk, env, (p, style, styles, measureFor, e) => composeParagraph(p, style, styles, measureFor, e)).overset.find((o) => o.storyId === story.id);
  expect(expected?.chars).toBeGreaterThan(100);
  expect(expected?.lastFrame?.frameId).toBe(articleFrame.id);

  await page.goto(galley.url);
  await expect(page.getByTestId('layout-status')).toBeVisible({ timeout: 45_000 });
  const mark = page.locator(`[data-testid="frame"][data-frame-id="${articleFrame.id}"] [data-testid="overset-mark"]`);
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute('data-chars', String(expected?.chars));
  await expect(mark).toContainText(`+${expected?.chars}`);
  await expect(page.getByTestId('overset-mark')).toHaveCount(1);

  const undo = await galley.api('applyOps', { baseRevision: revision + 1, ops: [applyOp(edition, shrink).inverse] });
  expect(undo.ok).toBe(true);
  await page.reload();
  await expect(page.getByTestId('layout-status')).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('overset-mark')).toHaveCount(0);
});
