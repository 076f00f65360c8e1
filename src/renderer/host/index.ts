// host/: the one module that knows how the renderer reaches the main process. Everything else
// calls createHost() and uses the typed Host.
import { createBridgeHost, electronBridge } from './bridge';
import { createHttpHost } from './http';
import type { Host } from './types';

export { type Host, HostError, type HostErrorKind, type HostMethods } from './types';

/** Electron when the preload put window.galley there, otherwise the HTTP host of `galley serve`. */
export function createHost(): Host {
  const bridge = electronBridge();
  return bridge ? createBridgeHost(bridge) : createHttpHost();
}
