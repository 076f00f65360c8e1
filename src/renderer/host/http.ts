// http.ts: the browser transport for `galley serve`. POST /api/<method> with the per-run token
// the server printed in the page URL; this file and httpFont.ts (readFont, binary) fetch /api.
import type { HostMethod, HostRequest, HostResponse } from '../../shared/host-api';
import { fetchFontFile } from './httpFont';
import { type Host, HostError, hostMethods, isHostResult } from './types';

const TOKEN_KEY = 'galley.token';

/**
 * The token from ?token=… in the address, remembered for the tab so a reload or a page that
 * dropped the query still works. The address wins when both exist (a new server run).
 */
export function readToken(): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    try {
      window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the address still carries the token.
    }
    return fromUrl;
  }
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function createHttpHost(): Host {
  const call = async <M extends HostMethod>(method: M, req: HostRequest<M>): Promise<HostResponse<M>> => {
    const token = readToken();
    if (!token) throw new HostError('unauthorized', `${method}: no access token in the page address (?token=…)`);
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
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
    if (!body.ok) throw new HostError(body.error.code, `${method}: ${body.error.message}`);
    // The host answers with the contract types (the renderer trusts its own host, not the reverse).
    return body.value as HostResponse<M>;
  };
  const readFont: Host['readFont'] = (req) => {
    const token = readToken();
    if (!token) return Promise.reject(new HostError('unauthorized', 'readFont: no access token in the page address (?token=…)'));
    return fetchFontFile(req, token);
  };
  return { ...hostMethods(call), readFont, transport: 'http', onCommand: () => () => {} };
}
