// Export PDF from the window (through `galley serve`): the dialog runs preflight first and lists
// its issues, suggests a folder beside the edition, follows the export with a progress bar to
// 100 % and lists the files, which are then on disk. With preflight errors, Export stays
// disabled until "export anyway" is ticked, and the override lands in the export log.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import type { Op, TextFrame } from '../../src/shared/model';
import { articleStories, fetchDocument } from './support/edition';
import { frame } from './support/pageView';
import { type GalleyServer, startGalley } from './support/galleyServe';

let galley: GalleyServer;
let outRoot: string;

test.beforeAll(async () => {
  galley = await startGalley();
  outRoot = mkdtempSync(join(tmpdir(), 'galley-e2e-export-'));
});

test.afterAll(async () => {
  rmSync(outRoot, { recursive: true, force: true });
  if (!galley) return;
  expect(await galley.stop()).toBe(0);
});

async function openDialog(page: Page): Promise<void> {
  await page.goto(galley.url);
  await expect(page.getByTestId('layout-status')).toBeVisible({ timeout: 45_000 });
  // From the File menu, as in the Electron application menu (the toolbar has a button too).
  await page.getByTestId('file-menu').click();
  await expect(page.getByTestId('file-export-pdf')).toContainText('Ctrl+E');
  await page.getByTestId('file-export-pdf').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await expect(page.getByTestId('preflight')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
}

test('lists the preflight report, exports to a folder with progress to 100 %, and lists the files written', async ({ page }) => {
  await openDialog(page);
  const dialog = page.getByTestId('export-dialog');
  // The sample is clean but for its RGB photo, which preflight lists as converted (a note).
  await expect(dialog.getByTestId('preflight-summary')).toHaveAttribute('data-errors', '0');
  const rgb = dialog.locator('[data-testid="preflight-issue"][data-code="image-rgb-converted"]');
  await expect(rgb).toHaveCount(1);
  await expect(rgb).toHaveAttribute('data-severity', 'info');
  await expect(rgb).toContainText('A01');
  await expect(rgb).toContainText('RGB 图片');
  await expect(dialog.getByTestId('export-override')).toHaveCount(0);

  // The suggested folder is beside the edition, never in it.
  const outDir = dialog.getByTestId('export-out-dir');
  await expect(outDir).toHaveValue(join(dirname(galley.dir), `${basename(galley.dir, '.galley')}-出版`));
  const target = join(outRoot, 'clean');
  await outDir.fill(target);
  await expect(dialog.getByTestId('export-per-page')).toBeChecked();

  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-progress')).toBeVisible();
  await expect(dialog.getByTestId('export-job')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(dialog.getByTestId('export-progress')).toHaveAttribute('value', '100');
  await expect(dialog.getByTestId('export-percent')).toContainText('100%');
  const files = dialog.getByTestId('export-file');
  await expect(files).toHaveCount(2);
  const written = await files.evaluateAll((items) => items.map((li) => li.getAttribute('data-file') ?? ''));
  expect(written.map((f) => basename(f))).toEqual(['20230515_edition.pdf', '20230515_A01.pdf'].map((n) => n.replace('20230515', galleyDate())));
  for (const file of written) {
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }
  expect(readdirSync(target).sort()).toEqual([...written.map((f) => basename(f)), 'galley-export.log'].sort());

  await dialog.getByTestId('export-close').click();
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);
});

test('keeps Export disabled while preflight has errors until "export anyway" is ticked, and logs the override', async ({ page }) => {
  // Make the lead story overset, as a layout artist might by shortening its frame.
  const { edition, revision } = await fetchDocument(galley);
  const story = articleStories(edition)[0]!;
  const pageOne = edition.pages[0]!;
  const lead = pageOne.frames.find((f): f is TextFrame => f.kind === 'text' && f.storyId === story.id)!;
  const shrink: Op = { type: 'resizeFrame', pageId: pageOne.id, frameId: lead.id, x: lead.x, y: lead.y, width: lead.width, height: lead.height / 3 };
  expect((await galley.api('applyOps', { baseRevision: revision, ops: [shrink] })).ok).toBe(true);

  await openDialog(page);
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('preflight-summary')).toHaveAttribute('data-errors', '1');
  const overset = dialog.locator('[data-testid="preflight-issue"][data-code="overset"]');
  await expect(overset).toHaveAttribute('data-severity', 'error');
  await expect(overset).toContainText('溢出');
  const target = join(outRoot, 'overridden');
  await dialog.getByTestId('export-out-dir').fill(target);
  await expect(dialog.getByTestId('export-start')).toBeDisabled();
  await dialog.getByTestId('export-override').check();
  await expect(dialog.getByTestId('export-start')).toBeEnabled();
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-job')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  const log = readFileSync(join(target, 'galley-export.log'), 'utf8').trim().split('\n');
  expect(log).toHaveLength(1);
  const entry = JSON.parse(log[0]!) as { override: { errors: Array<{ code: string }> } | null };
  expect(entry.override?.errors.map((e) => e.code)).toEqual(['overset']);

  // 转到 on the issue closes the dialog and shows the frame to fix, selected on its page.
  await openDialog(page);
  await dialog.locator('[data-testid="preflight-issue"][data-code="overset"]').getByRole('button', { name: /^转到 A01 版的/u }).click();
  await expect(dialog).toHaveCount(0);
  await expect(frame(page, lead.id)).toHaveAttribute('data-selected', 'true');
});

/** The sample's date as file names write it (yyyymmdd); `galley new --sample` dates it today unless told. */
function galleyDate(): string {
  const edition = JSON.parse(readFileSync(join(galley.dir, 'edition.json'), 'utf8')) as { meta: { date: string } };
  return edition.meta.date.replaceAll('-', '');
}
