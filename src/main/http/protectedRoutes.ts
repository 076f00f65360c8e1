// protectedRoutes.ts: everything under /api/ and /edition/. These need the per-run token, and it
// is checked before anything else about the request (method, path, body) is even looked at.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isHostMethod } from '../../shared/host-api';
import { ServiceError } from '../services/errors';
import { dispatchHostCall, type HostHandlers } from '../services/hostDispatch';
import { handleAssetRoute, isAssetRoute } from './assetRoute';
import { handleFontRoute, isFontRoute, sendFontResult } from './fontRoute';
import { readBody } from './readBody';
import { hostAllowed, originAllowed } from './requestGuards';
import { sendJson, sendRefusal, sendText, statusForResult } from './respond';
import { bearerMatches } from './token';

export interface ProtectedContext {
  readonly token: string;
  readonly port: number;
  readonly bodyLimit: number;
  readonly handlers: HostHandlers;
  readonly readAsset: (assetId: string) => Promise<{ mime: string; bytes: Uint8Array }>;
  readonly log: (message: string, error?: unknown) => void;
}

export function isProtectedPath(path: string): boolean {
  return isUnder(path, '/api') || isUnder(path, '/edition');
}

export async function handleProtected(req: IncomingMessage, res: ServerResponse, path: string, ctx: ProtectedContext): Promise<void> {
  if (!bearerMatches(req.headers.authorization, ctx.token)) {
    sendRefusal(res, 401, 'invalid-request', 'missing or wrong token: send "Authorization: Bearer TOKEN" with the token `galley serve` printed', {
      'WWW-Authenticate': 'Bearer realm="galley"',
    });
    return;
  }
  if (!hostAllowed(req.headers.host, ctx.port)) {
    sendRefusal(res, 403, 'invalid-request', `refused: Host "${req.headers.host ?? ''}" is not this server`);
    return;
  }
  if (!originAllowed(req.headers, ctx.port)) {
    sendRefusal(res, 403, 'invalid-request', `refused: cross-origin request from "${req.headers.origin ?? req.headers['sec-fetch-site'] ?? ''}"`);
    return;
  }
  if (isUnder(path, '/api')) await handleApi(req, res, path, ctx);
  else await handleEditionFile(req, res, path, ctx);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, ctx: ProtectedContext): Promise<void> {
  if (isFontRoute(path)) {
    await handleFontRoute(req, res, path, ctx);
    return;
  }
  if (isAssetRoute(path)) {
    await handleAssetRoute(req, res, path, ctx);
    return;
  }
  if (req.method !== 'POST') {
    sendRefusal(res, 405, 'invalid-request', `${req.method ?? '?'} is not allowed on the host API; use POST`, { Allow: 'POST' });
    return;
  }
  const method = path.slice('/api/'.length);
  if (!isHostMethod(method)) {
    sendRefusal(res, 404, 'not-found', `unknown host method "${method}"`);
    return;
  }
  const body = await readBody(req, ctx.bodyLimit);
  if (!body.ok) {
    if (body.reason === 'too-large') {
      // Close the connection: the rest of an oversized upload is not worth reading.
      sendRefusal(res, 413, 'invalid-request', `request body is larger than ${ctx.bodyLimit} bytes`, { Connection: 'close' });
    } else {
      res.destroy();
    }
    return;
  }
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body.bytes));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    sendRefusal(res, 400, 'invalid-request', `${method}: the request body is not valid JSON (${why})`);
    return;
  }
  const result = await dispatchHostCall(ctx.handlers, method, payload, (error) => ctx.log(`host method ${method} failed`, error));
  if (method === 'readFont') sendFontResult(res, result, false);
  else sendJson(res, statusForResult(result), result);
}

/**
 * /edition/assets/<assetId>: an asset's bytes, exactly what EditionSession.readAsset allows (it
 * resolves the id through the edition and refuses paths out of the folder). Nothing else of the
 * edition folder is served: every other /edition/ URL is 404.
 */
async function handleEditionFile(req: IncomingMessage, res: ServerResponse, path: string, ctx: ProtectedContext): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const match = /^\/edition\/assets\/([^/]+)$/u.exec(path);
  let assetId: string | null = null;
  try {
    if (match?.[1] !== undefined) assetId = decodeURIComponent(match[1]);
  } catch {
    assetId = null;
  }
  if (assetId === null || assetId.length > 200) {
    sendText(res, 404, 'not found');
    return;
  }
  try {
    const asset = await ctx.readAsset(assetId);
    res.writeHead(200, { 'Content-Type': asset.mime, 'Content-Length': asset.bytes.byteLength, 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : asset.bytes);
  } catch (error) {
    if (error instanceof ServiceError && (error.code === 'not-found' || error.code === 'invalid-request')) {
      sendText(res, 404, 'not found');
      return;
    }
    ctx.log(`reading asset "${assetId}" failed`, error);
    sendText(res, 500, 'internal error');
  }
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}
