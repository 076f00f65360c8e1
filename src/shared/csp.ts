// csp.ts: the renderer's Content Security Policy, one definition for every place that sets it:
// the meta tag in src/renderer/index.html (a spec checks it matches), the Electron session, and
// the loopback HTTP host. Nothing remote, no inline or eval'd script, no plugins, no framing.

/** The directives a <meta> CSP can carry. */
export const RENDERER_CSP_META = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self' blob: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The header form adds frame-ancestors, which browsers ignore in a meta tag. */
export const RENDERER_CSP = `${RENDERER_CSP_META}; frame-ancestors 'none'`;
