import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, type Page, test } from '@playwright/test';
import { fetchDocument } from './support/edition';
import { type GalleyServer, serveEdition } from './support/galleyServe';

// The File area through `galley serve`: new edition (preset), recent editions, Save As, the
// documents-folder confinement, the shortcuts panel, the autosave indicator, and recovery after
// the serving process is killed. Each test starts its own server on a fresh documents folder.
const CLI = resolve(import.meta.dirname, '../../bin/galley.mjs');
// Outside test-results/, which every Playwright run empties (others run theirs meanwhile).
const SHOTS = 'e2e-screenshots/editions';

let documents: string;
let start: string;
let galley: GalleyServer | null = null;

test.beforeEach(async () => {
  documents = join(mkdtempSync(join(tmpdir(), 'galley-editions-e2e-')), 'Documents');
  mkdirSync(join(documents, 'Galley'), { recursive: true });
  start = join(documents, 'Galley', 'start.galley');
  await promisify(execFile)(process.execPath, [CLI, 'new', start, '--sample']);
  galley = await serveEdition(start, { args: ['--documents', documents], configDir: join(documents, '..', 'config') });
});

test.afterEach(async () => {
  await galley?.stop();
  rmSync(join(documents, '..'), { recursive: true, force: true });
});

function server(): GalleyServer {
  if (!galley) throw new Error('galley serve did not start');
  return galley;
}

async function openWorkspace(page: Page): Promise<void> {
  await page.goto(server().url);
  await expect(page.getByTestId('workspace')).toBeVisible();
}

async function fileMenu(page: Page, item: RegExp): Promise<void> {
  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}


/** The open edition's folder name, as getDocument reports it. */
async function editionName(server: GalleyServer): Promise<string> {
  const result = await server.api('getDocument');
  if (!result.ok) throw new Error(result.error.message);
  return result.value.name;
}

test('File ▸ New makes a tabloid edition and the window moves to it; Open Recent comes back', async ({ page }) => {
  await openWorkspace(page);
  await fileMenu(page, /新建版面/u);
  const dialog = page.getByRole('dialog', { name: '新建版面' });
  // A custom grid too wide for its page marks the figures across it as they are typed.
  await dialog.getByRole('radio', { name: /自定义网格/u }).check();
  await dialog.getByLabel('每栏字数').fill('30');
  await expect(dialog.getByTestId('grid-area')).toHaveClass('file-error');
  for (const field of ['基本栏数', '每栏字数']) await expect(dialog.getByLabel(field)).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('每栏行数')).toHaveAttribute('aria-invalid', 'false');
  await dialog.getByRole('radio', { name: /四开/u }).check();
  await dialog.getByLabel('报名').fill('市中晚报');
  await dialog.getByLabel('出版日期').fill('2023-05-16');
  await page.screenshot({ path: `${SHOTS}/new-edition-dialog.png` });
  await dialog.getByRole('button', { name: '新建' }).click();

  const made = join(documents, 'Galley', '市中晚报-2023-05-16.galley');
  await expect.poll(async () => (await fetchDocument(server())).edition.meta.paper).toBe('市中晚报');
  expect(existsSync(made)).toBe(true);
  await expect(page.getByTestId('workspace')).toBeVisible();
  await expect(page).toHaveTitle(/市中晚报-2023-05-16\.galley/u);
  const doc = (await fetchDocument(server())).edition;
  expect([doc.format.name, doc.format.columns, doc.pages.length]).toEqual(['四开', 5, 1]);
  // The old edition's lock went with the switch.
  expect(existsSync(join(start, '.lock'))).toBe(false);

  await fileMenu(page, /打开/u);
  const open = page.getByRole('dialog', { name: '打开版面' });
  await open.getByRole('button', { name: '打开最近的版面 start.galley' }).click();
  await expect.poll(async () => (await editionName(server()))).toBe('start.galley');
  await expect(page.getByTestId('frame').first()).toBeVisible();

  // The new edition's folder goes away: the list marks it, and it can be taken off.
  rmSync(made, { recursive: true, force: true });
  await fileMenu(page, /打开/u);
  const gone = page.getByRole('button', { name: '打开最近的版面 市中晚报-2023-05-16.galley' });
  await expect(gone).toBeDisabled();
  await expect(gone).toContainText('已不存在');
  await page.screenshot({ path: `${SHOTS}/open-recent-gone.png` });
  await open.getByRole('button', { name: '把 市中晚报-2023-05-16.galley 从最近的版面中移除（文件夹不受影响）' }).click();
  await expect(gone).toHaveCount(0);
  await expect(open).toContainText('还没有其他最近打开的版面。');
  await open.getByRole('button', { name: '取消' }).click();
  await fileMenu(page, /打开/u);
  await expect(open.getByTestId('recent-editions').getByRole('button')).toHaveCount(0);
});

test('Save As never drops its late proposal into a name field the user is already in', async ({ page }) => {
  await openWorkspace(page);
  // The host's answer with the proposal is held until the user has gone into the name field.
  let release = (): void => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/listRecent', async (route) => {
    await held;
    await route.continue();
  });
  await fileMenu(page, /另存为/u);
  const dialog = page.getByRole('dialog', { name: '另存为' });
  await dialog.getByLabel('名称').click();
  release();
  // The proposal lands in the folder field, which the user has not touched, and not in the name.
  await expect(dialog.getByLabel('文件夹')).not.toHaveValue('');
  await expect(dialog.getByLabel('名称')).toHaveValue('');
  await page.keyboard.type('我的副本.galley');
  await expect(dialog.getByLabel('名称')).toHaveValue('我的副本.galley');
  await dialog.getByRole('button', { name: '取消' }).click();
});

test('Save As copies the edition and continues in the copy; paths outside Documents are refused', async ({ page }) => {
  await openWorkspace(page);
  await fileMenu(page, /另存为/u);
  const dialog = page.getByRole('dialog', { name: '另存为' });
  // A path where one folder name belongs is refused in words, before anything is sent.
  await dialog.getByLabel('名称').fill('/etc/x');
  await dialog.getByRole('button', { name: '另存' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('名称只能是一个文件夹名：不能含 / 或 \\，也不能是 . 或 ..。');
  // Closing the dialog with its refusal shown leaves the window as it was (Chromium's
  // scrollIntoView returns a promise, which an effect returned as its clean-up: the window blanked).
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('frame').first()).toBeVisible();
  await fileMenu(page, /另存为/u);
  await dialog.getByLabel('名称').fill('start-副本.galley');
  await dialog.getByRole('button', { name: '另存' }).click();
  const copy = join(documents, 'Galley', 'start-副本.galley');
  await expect.poll(async () => (await editionName(server()))).toBe('start-副本.galley');
  expect(existsSync(join(copy, 'edition.json'))).toBe(true);
  await expect(page.getByTestId('frame').first()).toBeVisible();
  // The window says which edition it now has open.
  await expect(page.getByTestId('status-edition')).toHaveText('版面 start-副本.galley');

  // A low window: the recent list pushes the path field below the dialog's fold.
  await page.setViewportSize({ width: 1366, height: 420 });
  await fileMenu(page, /打开/u);
  const open = page.getByRole('dialog', { name: '打开版面' });
  await open.getByLabel('版面文件夹').fill('/etc');
  await open.getByLabel('版面文件夹').press('Enter');
  await expect(open.getByRole('alert')).toContainText('/etc 不在“文档”文件夹');
  // The refusal comes into view, above the buttons at the dialog's foot: Enter does not seem to do nothing.
  const uncovered = (alert: Element): boolean => {
    const box = alert.getBoundingClientRect();
    return alert.contains(alert.ownerDocument.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
  };
  await expect.poll(() => open.getByRole('alert').evaluate(uncovered)).toBe(true);
  await open.getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('frame').first()).toBeVisible();
  expect((await editionName(server()))).toBe('start-副本.galley');
});

test('F1 and Ctrl+/ show every shortcut, the frame editor’s included; Escape closes the panel', async ({ page }) => {
  await openWorkspace(page);
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /撤销/u })).toContainText('Ctrl+Z');
  await expect(help.getByRole('row', { name: /重做/u })).toContainText('Ctrl+Shift+Z');
  await expect(help.getByRole('row', { name: /另存为/u })).toContainText('Ctrl+Shift+S');
  await expect(help.getByRole('row', { name: /复制/u }).first()).toContainText('Ctrl+C');
  // Ctrl+R stays the browser's reload here, so the rulers' Electron accelerator is not listed.
  await expect(help.getByRole('row', { name: /标尺/u })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/shortcuts-help.png` });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.keyboard.press('Control+/');
  await expect(help).toBeVisible();
});

test('the save indicator says autosaved and when; a save the user asks for says saved', async ({ page }) => {
  await openWorkspace(page);
  const pageWidth = () => page.getByTestId('page-svg').evaluate((svg) => svg.getBoundingClientRect().width);
  const before = await pageWidth();
  const frame = page.locator('[data-testid="frame"][data-master="false"]').first();
  await frame.locator('.frame-outline').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('ArrowDown');
  const state = page.getByTestId('save-state');
  await expect(state).toHaveAttribute('data-autosaved', 'true');
  await expect(state).toContainText(/已自动保存 \d{2}:\d{2}:\d{2}/u);
  // The longer text keeps the toolbar as it was: it used to wrap a button onto a second row,
  // which took the canvas's height and re-fitted the page after the first edit.
  expect(await pageWidth()).toBe(before);
  await page.keyboard.press('ArrowDown');
  await expect(state).toHaveAttribute('data-status', 'unsaved');
  await page.keyboard.press('Control+s');
  await expect(state).toHaveAttribute('data-autosaved', 'false');
  await expect(state).toContainText(/已保存 \d{2}:\d{2}:\d{2}/u);
});

test('after the serving process is killed, the next open offers the unsaved edits and recovers them', async ({ page }) => {
  const { edition, revision } = await fetchDocument(server());
  const target = edition.pages[0]!.frames.find((f) => f.kind === 'text' && !f.locked)!;
  const moved = await server().api('applyOps', { baseRevision: revision, ops: [{ type: 'moveFrame', pageId: edition.pages[0]!.id, frameId: target.id, x: target.x, y: target.y + 126 }] });
  expect(moved.ok).toBe(true);
  process.kill(server().pid, 'SIGKILL');
  await expect.poll(() => existsSync(join(start, '.lock'))).toBe(true);
  galley = await serveEdition(start, { args: ['--documents', documents, '--take-over'], configDir: join(documents, '..', 'config') });

  await page.goto(server().url);
  const dialog = page.getByRole('dialog', { name: '恢复未保存的修改' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('1 处修改');
  await page.screenshot({ path: `${SHOTS}/recovery.png` });
  await dialog.getByRole('button', { name: '恢复最近的自动保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('alert')).toContainText('已恢复 1 处修改');
  await expect(page.locator(`[data-testid="frame"][data-frame-id="${target.id}"]`)).toHaveAttribute('data-y', String(target.y + 126));
  expect((await fetchDocument(server())).edition.pages[0]!.frames.find((f) => f.id === target.id)?.y).toBe(target.y + 126);
});
