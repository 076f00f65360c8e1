// hardening.ts: what every web contents in the app may not do. The renderer is treated as
// untrusted (design.md, principle 4): no navigation, no new windows, no webviews, no
// permissions, and a CSP on every response.
import { app, session, type WebContents } from 'electron';
import { RENDERER_CSP } from '../../shared/csp';

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const;

function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Call once, before the first window is created. */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [RENDERER_CSP] } });
  });
  // Anything that is not our own page or the dev server is never fetched.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const allowed = url.startsWith('file:') || url.startsWith('devtools:') || url.startsWith('blob:') || url.startsWith('data:') || isDevServer(url);
    callback({ cancel: !allowed });
  });
}

function isDevServer(url: string): boolean {
  const dev = process.env['ELECTRON_RENDERER_URL'];
  if (!dev || app.isPackaged) return false;
  try {
    return new URL(url).origin === new URL(dev).origin;
  } catch {
    return false;
  }
}
