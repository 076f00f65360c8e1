// csp.ts: the renderer's Content Security Policy, one string for every place that sets it
// (the Electron session, the loopback HTTP host, and the meta tag in index.html, which a test
// compares with this). Nothing remote, no inline or eval'd script, no plugins, no framing.
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self' blob: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
