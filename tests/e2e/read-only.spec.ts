import { expect, test } from '@playwright/test';
import { fetchDocument } from './support/edition';
import { createSampleEdition, type GalleyServer, serveEdition } from './support/galleyServe';
import { dragFrame, frameGeometry } from './support/pageView';

// One `galley serve` holds the edition's lock; a second one opens it read-only and must show who
// holds it and refuse every edit.
let edition: { dir: string; remove: () => void };
let owner: GalleyServer;
let reader: GalleyServer;

test.beforeAll(async () => {
  edition = await createSampleEdition();
  owner = await serveEdition(edition.dir);
  reader = await serveEdition(edition.dir, { readOnly: true });
});

test.afterAll(async () => {
  // Whatever beforeAll managed to start is stopped; a failure there has already been reported.
  const codes = [await reader?.stop(), await owner?.stop()].filter((code) => code !== undefined);
  edition?.remove();
  for (const code of codes) expect(code).toBe(0);
});

test('a read-only edition shows who holds the lock and cannot be edited', async ({ page }) => {
  const { edition: doc, revision } = await fetchDocument(reader);
  await page.goto(reader.url);
  const banner = page.getByTestId('readonly-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(String(owner.pid));

  const target = doc.pages[0]!.frames.find((f) => f.kind === 'text' && f.storyId !== null)!;
  await dragFrame(page, target.id, 120, 80);
  expect(await frameGeometry(page, target.id)).toMatchObject({ x: target.x, y: target.y });
  await expect(page.getByTestId('undo')).toBeDisabled();
  await expect(page.getByTestId('save')).toBeDisabled();
  expect((await fetchDocument(reader)).revision).toBe(revision);

  await page.getByTestId('language-select').selectOption('en');
  await expect(banner).toContainText('Read-only');
});
