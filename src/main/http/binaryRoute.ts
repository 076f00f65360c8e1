// binaryRoute.ts: what the byte routes (`GET /api/readAsset/<id>`, `GET /api/readFont/<id>`)
// check before they dispatch: the method, and the id in the path. Refusals go out here, in the
// HostResult envelope, as from every other /api route.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendRefusal } from './respond';

export interface BinaryRoute {
  readonly prefix: string;
  readonly method: 'readAsset' | 'readFont';
  /** What the route answers, and what its path names: "a picture", "asset id". */
  readonly noun: string;
  readonly idName: string;
}

/** The percent-decoded id of a GET or HEAD request, or null once a refusal has been sent. */
export function binaryRouteId(req: IncomingMessage, res: ServerResponse, path: string, route: BinaryRoute): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendRefusal(res, 405, 'invalid-request', `${req.method ?? '?'} is not allowed on ${route.noun}; use GET`, { Allow: 'GET, HEAD' });
    return null;
  }
  try {
    return decodeURIComponent(path.slice(route.prefix.length));
  } catch {
    sendRefusal(res, 400, 'invalid-request', `${route.method}: the ${route.idName} in the path is not valid percent-encoding`);
    return null;
  }
}

/** The request's query parameters. */
export function routeQuery(req: IncomingMessage): URLSearchParams {
  return new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
}
