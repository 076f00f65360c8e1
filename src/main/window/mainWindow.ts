// mainWindow.ts: the one application window, created with the secure preferences and loaded
// from the built renderer (or the dev server while developing).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { SECURE_WEB_PREFERENCES } from './hardening';

export interface RendererLocation {
  readonly rendererFileUrl: string;
  readonly devServerUrl: string | null;
}

export function rendererLocation(): RendererLocation {
  const dev = process.env['ELECTRON_RENDERER_URL'];
  return {
    rendererFileUrl: pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href,
    devServerUrl: !app.isPackaged && dev ? dev : null,
  };
}

export function createMainWindow(location: RendererLocation): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    show: false,
    title: 'Galley',
    backgroundColor: '#5b5f66',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      // A sandboxed preload must be CommonJS; electron.vite.config.ts emits it as .cjs.
      preload: join(import.meta.dirname, '../preload/index.cjs'),
    },
  });
  win.once('ready-to-show', () => win.show());
  if (location.devServerUrl) void win.loadURL(location.devServerUrl);
  else void win.loadURL(location.rendererFileUrl);
  return win;
}
