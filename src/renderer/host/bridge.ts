// bridge.ts: the Electron transport. The preload exposes window.galley; this is the only file
// that reads it.
import type { GalleyBridge, HostMethod, HostRequest, HostResponse } from '../../shared/host-api';
import { type Host, HostError, hostMethods, isHostResult } from './types';

declare global {
  interface Window {
    /** Present only inside the Electron window (set by the preload). */
    galley?: GalleyBridge;
  }
}

export function electronBridge(): GalleyBridge | undefined {
  return typeof window === 'undefined' ? undefined : window.galley;
}

export function createBridgeHost(bridge: GalleyBridge): Host {
  const call = async <M extends HostMethod>(method: M, req: HostRequest<M>): Promise<HostResponse<M>> => {
    // Each bridge function is typed for its own method; indexing by a generic M loses that
    // correlation, so the call goes through a widened signature.
    const fn = bridge[method] as (req: HostRequest<M>) => Promise<unknown>;
    let result: unknown;
    try {
      result = await fn(req);
    } catch (error) {
      // ipcRenderer.invoke rejects when no handler answers or the request cannot be cloned;
      // callers are promised a HostError whatever went wrong.
      throw new HostError('transport', `${method}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!isHostResult(result)) throw new HostError('transport', `${method}: the main process gave an unexpected answer`);
    if (!result.ok) throw new HostError(result.error.code, `${method}: ${result.error.message}`);
    // The main process answers with the contract types (the renderer trusts its own host).
    return result.value as HostResponse<M>;
  };
  return { ...hostMethods(call), transport: 'electron', onCommand: (listener) => bridge.onCommand(listener) };
}
