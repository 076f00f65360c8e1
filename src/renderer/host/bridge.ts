// bridge.ts: the Electron transport. The preload exposes window.galley; this is the only file
// that reads it.
import type { GalleyBridge, HostMethod, HostRequest, HostResponse } from '../../shared/host-api';
import type { EarlyCalls, EarlyMethod } from './early';
import { decodeBase64 } from './httpAsset';
import { type Host, HostError, hostErrorOf, hostMethods, isHostResult } from './types';

declare global {
  interface Window {
    /** Present only inside the Electron window (set by the preload). */
    galley?: GalleyBridge;
  }
}

export function electronBridge(): GalleyBridge | undefined {
  return typeof window === 'undefined' ? undefined : window.galley;
}

/**
 * @param early requests main.tsx sent before this host existed (host/early.ts): the first
 *   getDocument and listFonts take their answer from there, checked exactly like any other.
 */
export function createBridgeHost(bridge: GalleyBridge, early?: EarlyCalls): Host {
  const call = async <M extends HostMethod>(method: M, req: HostRequest<M>): Promise<HostResponse<M>> => {
    // Each bridge function is typed for its own method; indexing by a generic M loses that
    // correlation, so the call goes through a widened signature.
    const fn = bridge[method] as (req: HostRequest<M>) => Promise<unknown>;
    const sent =
      method === 'readFont'
        ? (req as HostRequest<'readFont'>).subset === true
          ? early?.takeSubset((req as HostRequest<'readFont'>).id)
          : null
        : typeof req === 'object' && req !== null && Object.keys(req).length === 0
          ? early?.take(method as EarlyMethod)
          : null;
    let result: unknown;
    try {
      const answer = sent ? await sent : null;
      result = answer?.transport === 'electron' ? answer.result : await fn(req);
    } catch (error) {
      // ipcRenderer.invoke rejects when no handler answers or the request cannot be cloned;
      // callers are promised a HostError whatever went wrong.
      throw new HostError('transport', `${method}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!isHostResult(result)) throw new HostError('transport', `${method}: the main process gave an unexpected answer`);
    if (!result.ok) throw hostErrorOf(method, result.error);
    // The main process answers with the contract types (the renderer trusts its own host).
    return result.value as HostResponse<M>;
  };
  const methods = hostMethods(call);
  const readAssetBytes: Host['readAssetBytes'] = (req) => methods.readAsset(req).then(({ mime, base64 }) => ({ mime, bytes: decodeBase64(base64) }));
  return { ...methods, readAssetBytes, transport: 'electron', onCommand: (listener) => bridge.onCommand(listener) };
}
