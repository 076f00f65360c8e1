// requestGuards.ts: checks on where a request comes from, applied before any route runs.
// The host listens on loopback only, but a web page in the user's browser can still reach it:
// by DNS rebinding (a hostile name resolving to 127.0.0.1, which shows in the Host header) or by
// a cross-origin fetch (which shows in Origin and Sec-Fetch-Site).
import type { IncomingHttpHeaders } from 'node:http';

/** The Host header must name this server by loopback address or `localhost`, with its port. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** The origins the app's own pages have; any other Origin is another site. */
export function ownOrigins(port: number): readonly string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/**
 * True unless the request says it comes from another origin. A missing Origin is allowed: it is
 * what curl, scripts and same-origin navigations send. `null` (sandboxed frames, file:) is not.
 */
export function originAllowed(headers: IncomingHttpHeaders, port: number): boolean {
  const origin = headers.origin;
  if (origin !== undefined && !ownOrigins(port).includes(origin.toLowerCase())) return false;
  const site = headers['sec-fetch-site'];
  return site !== 'cross-site' && site !== 'same-site';
}
