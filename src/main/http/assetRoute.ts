// assetRoute.ts: a picture for the page view, as bytes. readAsset answers base64 inside JSON
// (the contract both transports share), which cost the page a ~3 MB JSON parse and an atob on
// the main thread for the sample photo. `GET /api/readAsset/<assetId>[?rendition=screen]` answers
// the image itself, behind the same token and origin checks as every /api route
// (protectedRoutes.ts runs them first), through the same dispatch (the request is validated
// against the contract, the asset id resolved by the session).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HostResponse } from '../../shared/host-api';
import { dispatchHostCall, type HostHandlers } from '../services/hostDispatch';
import { binaryRouteId, routeQuery } from './binaryRoute';
import { sendJson, statusForResult } from './respond';

export const ASSET_ROUTE_PREFIX = '/api/readAsset/';

export function isAssetRoute(path: string): boolean {
  return path.startsWith(ASSET_ROUTE_PREFIX);
}

export interface AssetRouteContext {
  readonly handlers: HostHandlers;
  readonly log: (message: string, error?: unknown) => void;
}

/** GET/HEAD /api/readAsset/<encodeURIComponent(assetId)>; the caller has checked token, Host and Origin. */
export async function handleAssetRoute(req: IncomingMessage, res: ServerResponse, path: string, ctx: AssetRouteContext): Promise<void> {
  const assetId = binaryRouteId(req, res, path, { prefix: ASSET_ROUTE_PREFIX, method: 'readAsset', noun: 'a picture', idName: 'asset id' });
  if (assetId === null) return;
  const rendition = routeQuery(req).get('rendition');
  // Validated by dispatch against the contract (a bad id or rendition is invalid-request there).
  const payload = rendition === null ? { assetId } : { assetId, rendition };
  const result = await dispatchHostCall(ctx.handlers, 'readAsset', payload, (error) => ctx.log('host method readAsset failed', error));
  if (!result.ok) {
    sendJson(res, statusForResult(result), result);
    return;
  }
  const { mime, base64 } = result.value as HostResponse<'readAsset'>;
  // Decoding base64 in Node costs ~1 ms for a screen rendition; the contract stays one shape.
  const bytes = Buffer.from(base64, 'base64');
  res.writeHead(200, { 'Content-Type': mime, 'Content-Length': bytes.byteLength, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}
