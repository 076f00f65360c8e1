// fontRoute.ts: font files for the page view, as bytes. A CJK face is 10–15 MB; as base64 inside
// a JSON answer it was a third larger and cost the page a 48 MB JSON parse and a decode before
// the first composed paint. `GET /api/readFont/<id>` answers the file itself, behind the same
// token and origin checks as every /api route (protectedRoutes.ts runs them first), through the
// same dispatch (the id is checked against the contract, the bytes against the id by the font
// service).
// The id is the file's content hash, so the answer never changes: the browser may keep it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HostApi, type HostResponse, type HostResult } from '../../shared/host-api';
import { dispatchHostCall, type HostHandlers } from '../services/hostDispatch';
import { binaryRouteId, routeQuery } from './binaryRoute';
import { sendJson, sendRefusal, statusForResult } from './respond';

export const FONT_ROUTE_PREFIX = '/api/readFont/';

/** Says whether the body is a subset (`subset`) or the whole file (`whole`): readFont's `subset`. */
export const FONT_SUBSET_HEADER = 'X-Galley-Font';

/** A year, immutable: the URL names the bytes by their hash, so they cannot go stale. */
export const FONT_CACHE_CONTROL = 'private, max-age=31536000, immutable';

export function isFontRoute(path: string): boolean {
  return path.startsWith(FONT_ROUTE_PREFIX);
}

export interface FontRouteContext {
  readonly handlers: HostHandlers;
  readonly log: (message: string, error?: unknown) => void;
}

/**
 * GET/HEAD /api/readFont/<encodeURIComponent(id)>[?subset=edition]; the caller has checked token,
 * Host and Origin.
 */
export async function handleFontRoute(req: IncomingMessage, res: ServerResponse, path: string, ctx: FontRouteContext): Promise<void> {
  const id = binaryRouteId(req, res, path, { prefix: FONT_ROUTE_PREFIX, method: 'readFont', noun: 'a font file', idName: 'font id' });
  if (id === null) return;
  // Validated here as well as in dispatch: the 304 below answers without reaching the service.
  if (!HostApi.readFont.req.safeParse({ id }).success) {
    sendRefusal(res, 400, 'invalid-request', `readFont: not a font id: "${id.slice(0, 100)}"`);
    return;
  }
  const subset = routeQuery(req).get('subset');
  if (subset !== null && subset !== 'edition') {
    sendRefusal(res, 400, 'invalid-request', `readFont: unknown subset "${subset.slice(0, 100)}"; the one subset is "edition"`);
    return;
  }
  if (subset === null && req.headers['if-none-match'] === etagOf(id)) {
    // The caller already holds these exact bytes (the id is their hash); nothing to send.
    res.writeHead(304, { ETag: etagOf(id), 'Cache-Control': FONT_CACHE_CONTROL });
    res.end();
    return;
  }
  const payload = subset === null ? { id } : { id, subset: true };
  const result = await dispatchHostCall(ctx.handlers, 'readFont', payload, (error) => ctx.log('host method readFont failed', error));
  sendFontResult(res, result, req.method === 'HEAD');
}

/**
 * A readFont result: the file as application/octet-stream, or the HostResult refusal as JSON
 * (the renderer tells them apart by Content-Type). Also used for POST /api/readFont, which would
 * otherwise serialise the bytes as a JSON object of numbers.
 */
export function sendFontResult(res: ServerResponse, result: HostResult<unknown>, head: boolean): void {
  if (!result.ok) {
    sendJson(res, statusForResult(result), result);
    return;
  }
  const { id, bytes, subset } = result.value as HostResponse<'readFont'>;
  // A subset depends on the edition's text, not only on the id: never kept by the browser.
  const caching = subset === true ? { 'Cache-Control': 'no-store' } : { 'Cache-Control': FONT_CACHE_CONTROL, ETag: etagOf(id) };
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': bytes.byteLength,
    [FONT_SUBSET_HEADER]: subset === true ? 'subset' : 'whole',
    ...caching,
  });
  res.end(head ? undefined : bytes);
}

/** Font ids are `sha256:<hex>#<n>`: nothing in them needs escaping inside a quoted ETag. */
function etagOf(id: string): string {
  return `"${id}"`;
}
