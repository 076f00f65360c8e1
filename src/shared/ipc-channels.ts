// ipc-channels.ts: IPC channel names and the host method names, shared by the preload, the
// main process and the renderer so they can never drift apart. Only a type import, so the
// sandboxed preload bundle stays tiny (no zod).
import type { HostMethod } from './host-api';

/**
 * Every host-api method, as a Record over HostMethod: adding a method to the contract fails to
 * compile until it is listed here, and then every transport forwards it.
 */
export const HOST_METHOD_NAMES: Readonly<Record<HostMethod, true>> = {
  getDocument: true,
  applyOps: true,
  save: true,
  readAsset: true,
  importImage: true,
  listFonts: true,
  readFont: true,
  getAppInfo: true,
  preflight: true,
  exportPdf: true,
  exportEpaper: true,
  exportStatus: true,
  listRecent: true,
  forgetRecent: true,
  newEdition: true,
  openEdition: true,
  saveAs: true,
  importText: true,
  getRecovery: true,
  resolveRecovery: true,
};

export const COMMAND_CHANNEL = 'galley:command';

export function methodChannel(method: string): string {
  return `galley:host:${method}`;
}
