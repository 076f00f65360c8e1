// bridge.ts: the Electron transport. The preload exposes window.galley; this is the only file
// that reads it.
import type { GalleyBridge, HostMethod, HostRequest, HostResponse, HostResult } from '../../shared/host-api';
import { type Host, HostError } from './types';

declare global {
  interface Window {
    /** Present only inside the Electron window (set by the preload). */
    galley?: GalleyBridge;
  }
}

export function electronBridge(): GalleyBridge | undefined {
  return typeof window === 'undefined' ? undefined : window.galley;
}

function unwrap<T>(method: string, result: HostResult<T>): T {
  if (result.ok) return result.value;
  throw new HostError(result.error.code, `${method}: ${result.error.message}`);
}

export function createBridgeHost(bridge: GalleyBridge): Host {
  const call = async <M extends HostMethod>(method: M, req: HostRequest<M>): Promise<HostResponse<M>> => {
    // Each bridge function is typed for its own method; indexing by a generic M loses that
    // correlation, so the call goes through a widened signature.
    const fn = bridge[method] as (req: HostRequest<M>) => Promise<HostResult<HostResponse<M>>>;
    return unwrap(method, await fn(req));
  };
  return {
    transport: 'electron',
    getDocument: (req) => call('getDocument', req),
    applyOps: (req) => call('applyOps', req),
    save: (req) => call('save', req),
    readAsset: (req) => call('readAsset', req),
    getAppInfo: (req) => call('getAppInfo', req),
    onCommand: (listener) => bridge.onCommand(listener),
  };
}
