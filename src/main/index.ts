// index.ts: the Electron main process — lifecycle, the window, the menu. Everything it does to
// an edition goes through the same services the `galley` CLI uses.
import { basename, dirname, join } from 'node:path';
import { app, type BrowserWindow, dialog, Menu } from 'electron';
import { COMMAND_CHANNEL } from '../shared/ipc-channels';
import type { HostCommand } from '../shared/host-api';
import { EditionController } from './app/editionController';
import { registerHostApi } from './ipc/registerHostApi';
import { buildAppMenu } from './menu/appMenu';
import { mainStrings } from './menu/menuStrings';
import { ensureSampleEdition } from './services/sample';
import { hardenApp } from './window/hardening';
import { createMainWindow, rendererLocation } from './window/mainWindow';

let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  await app.whenReady();
  hardenApp();
  const t = mainStrings(app.getLocale());
  const location = rendererLocation();
  const editions = new EditionController(() => mainWindow, t, app.getVersion(), {
    documentsDir: app.getPath('documents'),
    configDir: app.getPath('userData'),
  });
  registerHostApi({
    handlers: () => editions.current(),
    appWindow: () => mainWindow?.webContents ?? null,
    ...location,
    log: (error) => console.error(error),
  });

  const send = (command: HostCommand) => mainWindow?.webContents.send(COMMAND_CHANNEL, command);
  Menu.setApplicationMenu(
    buildAppMenu(
      t,
      {
        command: send,
        openEdition: async () => {
          const { canceled, filePaths } = await dialog.showOpenDialog({ title: t.chooseEdition, properties: ['openDirectory'] });
          const dir = filePaths[0];
          if (!canceled && dir) await editions.open(dir);
        },
        saveAs: async () => {
          const current = editions.currentSession();
          if (!current) return;
          const { canceled, filePath } = await dialog.showSaveDialog({ title: t.chooseSaveAs, defaultPath: join(dirname(current.dir), `${basename(current.dir, '.galley')}-副本.galley`) });
          if (canceled || !filePath) return;
          await editions.saveAs(filePath.endsWith('.galley') ? filePath : `${filePath}.galley`);
        },
      },
      process.platform,
    ),
  );

  // npm start opens the edition opened last, or the sample, created on first run in the user's documents.
  const sampleDir = join(app.getPath('documents'), 'Galley', '示例版面.galley');
  await ensureSampleEdition(sampleDir);
  mainWindow = createMainWindow(location);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  const last = (await editions.editions.recentList()).find((entry) => entry.exists);
  if (!(last && (await editions.open(last.path)))) await editions.open(sampleDir);

  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (!editions.currentSession()) return;
    event.preventDefault();
    void editions.close().finally(() => app.exit(0));
  });
}

// A second instance would fight over the edition lock; focus the first one instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => mainWindow?.focus());
  start().catch((error: unknown) => {
    dialog.showErrorBox('Galley', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
