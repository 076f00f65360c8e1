// token.ts: the per-run access token of `galley serve`, from the page address. Its own module, with
// no imports, so the renderer's first script (host/early.ts) can read it without loading zod.
const TOKEN_KEY = 'galley.token';

/**
 * The token from ?token=… in the address, remembered for the tab so a reload or a page that
 * dropped the query still works. The address wins when both exist (a new server run).
 */
export function readToken(): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    remember(fromUrl);
    return fromUrl;
  }
  // Remembered in this page already (its storage write may still be pending).
  const known = remembered.get(window);
  if (known !== undefined) return known;
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** Per window (one in a page; tests make several), the token its address carried. */
const remembered = new WeakMap<object, string>();

/**
 * Keeps the token for the tab, once per token, and not at once: a page's first sessionStorage
 * access waits on the browser process (~20 ms here), and the first read is on the opening's
 * critical path (host/early.ts).
 */
function remember(token: string): void {
  const win = window;
  if (remembered.get(win) === token) return;
  remembered.set(win, token);
  let written = false;
  const write = (): void => {
    if (written) return;
    written = true;
    try {
      win.sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      // Storage can be disabled; the address still carries the token.
    }
  };
  setTimeout(write, REMEMBER_AFTER_MS);
  // A page left sooner (a reload, a link without the query) must find it all the same.
  if (typeof win.addEventListener === 'function') win.addEventListener('pagehide', write, { once: true });
}

/** Long enough to be past the opening; a reload sooner still has the token in its address. */
const REMEMBER_AFTER_MS = 2000;
