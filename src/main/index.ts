// index.ts: the Electron main process — lifecycle, the window, the menu. Everything it does to
// an edition goes through the same services the `galley` CLI uses.
import { join } from 'node:path';
import { app, type BrowserWindow, dialog, Menu } from 'electron';
import { COMMAND_CHANNEL } from '../shared/ipc-channels';
import type { HostCommand } from '../shared/host-api';
import { EditionController } from './app/editionController';
import { importFilesToSession } from './services/importToSession';
import { registerHostApi } from './ipc/registerHostApi';
import { buildAppMenu } from './menu/appMenu';
import { mainStrings } from './menu/menuStrings';
import { ensureSampleEdition, createEmptyEdition } from './services/sample';
import { hardenApp } from './window/hardening';
import { createMainWindow, rendererLocation } from './window/mainWindow';

let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  await app.whenReady();
  hardenApp();
  const t = mainStrings(app.getLocale());
  const location = rendererLocation();
  const editions = new EditionController(() => mainWindow, t, app.getVersion());
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
        newEdition: async () => {
          const { canceled, filePath } = await dialog.showSaveDialog({ title: t.chooseNewFolder, defaultPath: join(app.getPath('documents'), 'Galley', '新版面.galley') });
          if (canceled || !filePath) return;
          await createEmptyEdition(filePath.endsWith('.galley') ? filePath : `${filePath}.galley`);
          await editions.open(filePath.endsWith('.galley') ? filePath : `${filePath}.galley`);
        },
        openEdition: async () => {
          const { canceled, filePaths } = await dialog.showOpenDialog({ title: t.chooseEdition, properties: ['openDirectory'] });
          const dir = filePaths[0];
          if (!canceled && dir) await editions.open(dir);
        },
        importText: async () => {
          const session = editions.currentSession();
          if (!session) return;
          const { canceled, filePaths } = await dialog.showOpenDialog({ title: t.chooseTextFile, properties: ['openFile', 'multiSelections'], filters: [{ name: t.textFiles, extensions: ['txt', 'md', 'markdown'] }] });
          if (canceled || filePaths.length === 0) return;
          const lines = await importFilesToSession(session, filePaths, app.getLocale().startsWith('en') ? 'en' : 'zh-CN');
          await dialog.showMessageBox({ type: 'info', title: t.importDoneTitle, message: lines.slice(0, 40).join('\n') });
          mainWindow?.webContents.reload();
        },
      },
      process.platform,
    ),
  );

  // npm start opens the sample edition, creating it on first run in the user's documents.
  const sampleDir = join(app.getPath('documents'), 'Galley', '示例版面.galley');
  await ensureSampleEdition(sampleDir);
  mainWindow = createMainWindow(location);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await editions.open(sampleDir);

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
