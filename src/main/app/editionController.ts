// editionController.ts: the Electron side of editions: the EditionsHost the window's host API
// goes through, and the native dialogs around it (choosing a folder, a lock held by someone
// else, a file that will not load). Services do the work; this file only asks the user.
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { OpenMode } from '../../shared/editions-api';
import { EditionLoadError } from '../services/errors';
import { EditionsHost, type JournaledSession, RecentEditions } from '../services/editions';
import { createFontService, type FontService, prewarmFontSubsets } from '../services/fonts';
import type { HostHandlers } from '../services/hostDispatch';
import { findProjectRoot } from '../services/sample';
import { EditionLockedError } from '../services/session';
import type { MainStrings } from '../menu/menuStrings';

export interface ControllerPlaces {
  /** The user's documents folder: the window may name editions only in there. */
  readonly documentsDir: string;
  /** Where the recent editions list is kept (app.getPath('userData')). */
  readonly configDir: string;
}

export class EditionController {
  readonly editions: EditionsHost;

  constructor(
    private readonly window: () => BrowserWindow | null,
    private readonly t: MainStrings,
    version: string,
    places: ControllerPlaces,
    // One font service for the process: it caches the fonts it has read, across editions.
    fonts: FontService = createFontService({ projectRoot: findProjectRoot() }),
  ) {
    this.editions = new EditionsHost({
      transport: 'electron',
      version,
      fonts,
      documentsDir: places.documentsDir,
      recent: new RecentEditions(places.configDir),
      newId: (kind) => `${kind}-${randomUUID()}`,
      onSwitched: (session) => {
        // The window's first paint asks for these font subsets first (services/fonts/fontSubsets.ts).
        prewarmFontSubsets(this.editions.handlers).catch(() => {});
        this.retitle(session);
      },
      log: (error) => console.error('Galley:', error),
    });
  }

  current(): HostHandlers | null {
    return this.editions.session ? this.editions.handlers : null;
  }

  currentSession(): JournaledSession | null {
    return this.editions.session;
  }

  /** Opens `dir` (chosen in a dialog or on the command line), asking what to do about a held lock. */
  async open(dir: string): Promise<boolean> {
    return this.attempt(dir, () => this.editions.open(dir, 'edit'));
  }

  /** File ▸ Save As: a folder chosen in main's own dialog, so no documents-folder check. */
  async saveAs(dir: string): Promise<boolean> {
    return this.attempt(dir, () => this.editions.saveAs(dir));
  }

  async close(): Promise<void> {
    await this.editions.close();
  }

  private async attempt(dir: string, work: () => Promise<JournaledSession>): Promise<boolean> {
    try {
      await work();
      return true;
    } catch (error) {
      if (error instanceof EditionLockedError) return this.openLocked(dir, error);
      await this.showError(dir, error);
      return false;
    }
  }

  private async openLocked(dir: string, error: EditionLockedError): Promise<boolean> {
    const { user, host, since } = error.heldBy;
    const buttons = [this.t.openReadOnly, ...(error.stale ? [this.t.takeOver] : []), this.t.cancel];
    const win = this.window();
    const options = { type: 'warning' as const, title: this.t.lockedTitle, message: this.t.lockedMessage(user, host, since), buttons, cancelId: buttons.length - 1 };
    const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
    const choice = buttons[response];
    const mode: OpenMode | null = choice === this.t.openReadOnly ? 'readOnly' : choice === this.t.takeOver ? 'takeOver' : null;
    if (mode === null) return false;
    try {
      await this.editions.open(dir, mode);
      return true;
    } catch (retryError) {
      await this.showError(dir, retryError);
      return false;
    }
  }

  private retitle(session: JournaledSession): void {
    const win = this.window();
    if (!win) return;
    win.setTitle(`Galley — ${basename(session.dir)}${session.readOnly ? ' (只读 read-only)' : ''}`);
    // The window reloads the document, its fonts and its history from the new edition.
    win.webContents.reload();
  }

  private async showError(dir: string, error: unknown): Promise<void> {
    const detail = error instanceof EditionLoadError ? `${error.file}\n${error.jsonPath}\n${error.reason}` : error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(this.t.openFailedTitle, `${dir}\n\n${detail}`);
  }
}
