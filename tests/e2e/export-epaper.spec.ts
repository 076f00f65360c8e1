// Export e-paper from the window (through `galley serve`, where no native menu exists: the
// toolbar button and the shortcut open the dialog). The dialog runs preflight, suggests a
// folder beside the edition, exports the bundle and its zip with progress to 100 %, and names
// them; the bundle's index.html and edition.json are then on disk. A folder inside the edition
// is refused in words and nothing is written there. Every control has an accessible name.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import type { EpaperEditionRecord } from '../../src/shared/epaper/bundle';
import { fetchDocument } from './support/edition';
import { type GalleyServer, startGalley } from './support/galleyServe';

let galley: GalleyServer;
let outRoot: string;

test.beforeAll(async () => {
  galley = await startGalley();
  outRoot = mkdtempSync(join(tmpdir(), 'galley-e2e-epaper-'));
});

test.afterAll(async () => {
  rmSync(outRoot, { recursive: true, force: true });
  if (!galley) return;
  expect(await galley.stop()).toBe(0);
});

async function openWorkspace(page: Page): Promise<void> {
  await page.goto(galley.url);
  await expect(page.getByTestId('layout-status')).toBeVisible({ timeout: 45_000 });
}

async function openDialog(page: Page): Promise<void> {
  await openWorkspace(page);
  await page.getByTestId('file-menu').click();
  await page.getByTestId('file-export-epaper').click();
  await expect(page.getByTestId('epaper-dialog')).toBeVisible();
  await expect(page.getByTestId('preflight')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
}

test('exports the bundle and its zip to a folder with progress to 100 %, and names them', async ({ page }) => {
  test.setTimeout(180_000);
  await openDialog(page);
  const dialog = page.getByTestId('epaper-dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('导出数字报');
  // The sample is clean for export (its RGB photo is only a note), so no override is offered.
  await expect(dialog.getByTestId('preflight-summary')).toHaveAttribute('data-errors', '0');
  await expect(dialog.getByTestId('export-override')).toHaveCount(0);

  // The suggested folder is in the export folder beside the edition, never in the edition.
  const outDir = dialog.getByRole('textbox', { name: '数字报文件夹' });
  await expect(outDir).toHaveValue(join(dirname(galley.dir), `${basename(galley.dir, '.galley')}-出版`, 'epaper'));
  const target = join(outRoot, 'bundle');
  await outDir.fill(target);
  await dialog.getByRole('checkbox', { name: '同时打包为 zip 压缩包' }).check();
  await expect(dialog.getByText(`${target}.zip`)).toBeVisible();

  await dialog.getByRole('button', { name: '导出数字报' }).click();
  await expect(dialog.getByTestId('export-progress')).toBeVisible();
  // While the job runs the dialog cannot be closed out from under it.
  await expect(dialog.getByTestId('export-close')).toBeDisabled();
  await expect(dialog.getByTestId('export-job')).toHaveAttribute('data-state', 'done', { timeout: 150_000 });
  await expect(dialog.getByTestId('export-progress')).toHaveAttribute('value', '100');
  await expect(dialog.getByTestId('export-percent')).toContainText('完成');
  await expect(dialog.getByTestId('export-percent')).toContainText('100%');
  await expect(dialog.getByTestId('epaper-bundle-dir')).toHaveAttribute('data-file', target);
  await expect(dialog.getByTestId('epaper-zip-file')).toHaveAttribute('data-file', `${target}.zip`);

  expect(existsSync(join(target, 'index.html'))).toBe(true);
  const record = JSON.parse(readFileSync(join(target, 'edition.json'), 'utf8')) as EpaperEditionRecord;
  const { edition } = await fetchDocument(galley);
  expect(record.pages.map((p) => p.label)).toEqual(edition.pages.map((p) => p.label));
  expect(readFileSync(`${target}.zip`).subarray(0, 2).toString('latin1')).toBe('PK');
  // Nothing was written into the edition.
  expect(existsSync(join(galley.dir, 'epaper'))).toBe(false);

  await dialog.getByTestId('export-close').click();
  await expect(page.getByTestId('epaper-dialog')).toHaveCount(0);
});

test('refuses a folder inside the edition, in words, and writes nothing there', async ({ page }) => {
  await openDialog(page);
  const dialog = page.getByTestId('epaper-dialog');
  const inside = join(galley.dir, 'epaper');
  await dialog.getByTestId('epaper-out-dir').fill(inside);
  await dialog.getByTestId('export-start').click();
  const error = dialog.getByTestId('export-error');
  await expect(error).toBeVisible({ timeout: 60_000 });
  await expect(error).toHaveAttribute('role', 'alert');
  // Worded for a person: what happened, without the host method's name.
  await expect(error).toContainText(/无法开始导出|数字报导出失败/u);
  await expect(error).not.toContainText('exportEpaper:');
  // The host's reason in Chinese too, not its English sentence.
  await expect(error).toContainText(`输出文件夹 ${inside} 在版面 ${galley.dir} 之内`);
  await expect(error).not.toContainText('is inside the edition');
  expect(existsSync(inside)).toBe(false);
  // The dialog can be used again: Export is back and Escape closes it.
  await expect(dialog.getByTestId('export-start')).toBeEnabled();
  await dialog.press('Escape');
  await expect(page.getByTestId('epaper-dialog')).toHaveCount(0);
});

test('opens with Ctrl+Shift+P, lists the shortcut in the help panel, and every control has a name', async ({ page }) => {
  await openWorkspace(page);
  await page.keyboard.press('Control+Shift+P');
  const dialog = page.getByTestId('epaper-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toBeFocused();
  await expect(page.getByTestId('preflight')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  for (const name of ['数字报文件夹', '同时打包为 zip 压缩包']) await expect(dialog.getByLabel(name, { exact: true })).toHaveCount(1);
  // The hints wrap between words: break-all split English ones mid-word ("p|age PDFs").
  const breaks = await dialog.locator('.export-hint').evaluateAll((els) => els.map((el) => getComputedStyle(el).wordBreak));
  expect(breaks.length).toBeGreaterThan(0);
  expect(new Set(breaks)).toEqual(new Set(['normal']));
  const axe = await new AxeBuilder({ page }).include('[data-testid="epaper-dialog"]').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await dialog.press('Escape');
  await expect(dialog).toHaveCount(0);

  // On a laptop screen the list scrolls under its close button, which stays in view.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.keyboard.press('F1');
  const help = page.getByTestId('shortcuts-help');
  await expect(help).toBeVisible();
  await expect(help.getByRole('button', { name: '关闭', exact: true })).toBeInViewport({ ratio: 1 });
  await expect(help.getByTestId('shortcut-row').filter({ hasText: '导出数字报' })).toContainText('Ctrl+Shift+P');
});
