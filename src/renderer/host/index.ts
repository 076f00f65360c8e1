// host/: the one module that knows how the renderer reaches the main process. Everything else
// calls createHost() and uses the typed Host.
import { createBridgeHost, electronBridge } from './bridge';
import { createHttpHost } from './http';
import type { EarlyCalls } from './early';
import type { Host } from './types';

export { type EarlyCalls, startEarlyCalls } from './early';
export { type Host, HostError, type HostErrorKind, type HostMethods } from './types';

/**
 * Electron when the preload put window.galley there, otherwise the HTTP host of `galley serve`;
 * `early` hands over the requests main.tsx sent first (host/early.ts).
 */
export function createHost(early?: EarlyCalls): Host {
  const bridge = electronBridge();
  return bridge ? createBridgeHost(bridge, early) : createHttpHost(early);
}
