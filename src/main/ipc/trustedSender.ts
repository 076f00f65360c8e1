// trustedSender.ts: decides whether an IPC message comes from our own renderer page. Kept free
// of Electron imports so the rule is unit-tested directly.

export interface SenderFacts {
  /** URL of the frame that sent the message; null once the frame is gone. */
  readonly frameUrl: string | null;
  /** Whether that frame is the top-level frame of its page (not an iframe). */
  readonly isMainFrame: boolean;
  /** Whether the sending page is our application window. */
  readonly isAppWindow: boolean;
}

/**
 * The renderer is loaded either from the built `index.html` (a file: URL) or, in development,
 * from the electron-vite dev server. Anything else — a navigated-away page, an iframe, another
 * window — is refused.
 */
export function isTrustedSender(facts: SenderFacts, app: { rendererFileUrl: string; devServerUrl: string | null }): boolean {
  if (!facts.isAppWindow || !facts.isMainFrame || facts.frameUrl === null) return false;
  let url: URL;
  try {
    url = new URL(facts.frameUrl);
  } catch {
    return false;
  }
  if (url.protocol === 'file:') {
    const expected = new URL(app.rendererFileUrl);
    return url.pathname === expected.pathname;
  }
  if (app.devServerUrl !== null) {
    return url.origin === new URL(app.devServerUrl).origin;
  }
  return false;
}
