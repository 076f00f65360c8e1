// securityHeaders.ts: headers every response of the loopback host carries. The CSP is the
// shared one (src/shared/csp.ts), so the page runs under the same rules in a browser as in the
// Electron window.

import { RENDERER_CSP } from '../../shared/csp';

export { RENDERER_CSP };

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Another site must not embed or open-and-script the app, nor read its files cross-origin.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
