// editionController.ts: which edition the window shows, and the dialogs around opening one
// (a lock held by someone else, a file that will not load). Services do the work; this file
// only asks the user and keeps the current session.
import { basename } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { EditionLoadError } from '../services/errors';
import { createFontService, type FontService } from '../services/fonts';
import type { HostHandlers } from '../services/hostDispatch';
import { findProjectRoot } from '../services/sample';
import { createHostHandlers, EditionLockedError, type EditionSession, openEditionSession } from '../services/session';
import type { MainStrings } from '../menu/menuStrings';

export class EditionController {
  private session: EditionSession | null = null;
  private handlers: HostHandlers | null = null;

  constructor(
    private readonly window: () => BrowserWindow | null,
    private readonly t: MainStrings,
    private readonly version: string,
    // One font service for the process: it caches the fonts it has read, across editions.
    private readonly fonts: FontService = createFontService({ projectRoot: findProjectRoot() }),
  ) {}

  current(): HostHandlers | null {
    return this.handlers;
  }

  currentSession(): EditionSession | null {
    return this.session;
  }

  /** Opens `dir`, asking the user what to do when another live process holds its lock. */
  async open(dir: string): Promise<boolean> {
    try {
      return await this.adopt(await openEditionSession(dir, {}));
    } catch (error) {
      if (error instanceof EditionLockedError) return this.openLocked(dir, error);
      await this.showError(dir, error);
      return false;
    }
  }

  async close(): Promise<void> {
    const session = this.session;
    this.session = null;
    this.handlers = null;
    if (session) await session.close();
  }

  private async openLocked(dir: string, error: EditionLockedError): Promise<boolean> {
    const { user, host, since } = error.heldBy;
    const buttons = [this.t.openReadOnly, ...(error.stale ? [this.t.takeOver] : []), this.t.cancel];
    const win = this.window();
    const options = { type: 'warning' as const, title: this.t.lockedTitle, message: this.t.lockedMessage(user, host, since), buttons, cancelId: buttons.length - 1 };
    const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
    const choice = buttons[response];
    try {
      if (choice === this.t.openReadOnly) return await this.adopt(await openEditionSession(dir, { readOnly: true }));
      if (choice === this.t.takeOver) return await this.adopt(await openEditionSession(dir, { takeOverStaleLock: true }));
    } catch (retryError) {
      await this.showError(dir, retryError);
    }
    return false;
  }

  private async adopt(session: EditionSession): Promise<boolean> {
    await this.close();
    this.session = session;
    this.handlers = createHostHandlers(session, 'electron', this.version, this.fonts);
    const win = this.window();
    if (win) {
      win.setTitle(`Galley — ${basename(session.dir)}${session.readOnly ? ' (只读 read-only)' : ''}`);
      win.webContents.reload();
    }
    return true;
  }

  private async showError(dir: string, error: unknown): Promise<void> {
    const detail = error instanceof EditionLoadError ? `${error.file}\n${error.jsonPath}\n${error.reason}` : error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(this.t.openFailedTitle, `${dir}\n\n${detail}`);
  }
}
