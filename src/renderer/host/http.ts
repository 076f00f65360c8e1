// http.ts: the browser transport for `galley serve`. POST /api/<method> with the per-run token
// the server printed in the page URL; this file and httpFont.ts (readFont, binary) fetch /api.
import type { HostMethod, HostRequest, HostResponse } from '../../shared/host-api';
import type { EarlyCalls, EarlyMethod } from './early';
import { fetchAssetBytes } from './httpAsset';
import { fetchFontFile } from './httpFont';
import { readToken } from './token';
import { type Host, HostError, hostErrorOf, hostMethods, isHostResult } from './types';

export { readToken } from './token';

/**
 * @param early requests main.tsx sent before this host existed (host/early.ts): the first
 *   getDocument and listFonts take their answer from there, read exactly like any other.
 */
export function createHttpHost(early?: EarlyCalls): Host {
  const call = async <M extends HostMethod>(method: M, req: HostRequest<M>): Promise<HostResponse<M>> => {
    const token = readToken();
    if (!token) throw new HostError('unauthorized', `${method}: no access token in the page address (?token=…)`);
    const sent = isEmpty(req) ? early?.take(method as EarlyMethod) : null;
    let response: Response;
    try {
      const answer = sent ? await sent : null;
      response =
        answer?.transport === 'http'
          ? answer.response
          : await fetch(`/api/${method}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
              body: JSON.stringify(req),
            });
    } catch (error) {
      throw new HostError('transport', `${method}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (response.status === 401) throw new HostError('unauthorized', `${method}: the server refused the access token (HTTP 401)`);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new HostError('transport', `${method}: HTTP ${response.status} without a JSON answer`);
    }
    if (!isHostResult(body)) throw new HostError('transport', `${method}: HTTP ${response.status} with an unexpected answer`);
    if (!body.ok) throw hostErrorOf(method, body.error);
    // The host answers with the contract types (the renderer trusts its own host, not the reverse).
    return body.value as HostResponse<M>;
  };
  const readFont: Host['readFont'] = (req) => {
    const token = readToken();
    if (!token) return Promise.reject(new HostError('unauthorized', 'readFont: no access token in the page address (?token=…)'));
    const sent = req.subset === true ? early?.takeSubset(req.id) : null;
    return fetchFontFile(req, token, sent?.then((answer) => (answer.transport === 'http' ? answer.response : null)));
  };
  const readAssetBytes: Host['readAssetBytes'] = (req) => {
    const token = readToken();
    if (!token) return Promise.reject(new HostError('unauthorized', 'readAsset: no access token in the page address (?token=…)'));
    return fetchAssetBytes(req, token);
  };
  return { ...hostMethods(call), readFont, readAssetBytes, transport: 'http', onCommand: () => () => {} };
}

function isEmpty(req: unknown): boolean {
  return typeof req === 'object' && req !== null && Object.keys(req).length === 0;
}
