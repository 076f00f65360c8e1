// preload: the sandboxed bridge. It exposes exactly the host API as `window.galley`, one
// function per method and a menu-command subscription; there is no generic invoke, so the
// renderer cannot reach any IPC channel the contract does not name.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { GalleyBridge, HostCommand, HostMethod } from '../shared/host-api';
import { COMMAND_CHANNEL, methodChannel } from '../shared/ipc-channels';

// Typed as a record over HostMethod so adding a method to the contract without listing it here
// fails to compile. Values are not imported from host-api to keep zod out of the preload.
const METHODS: Record<HostMethod, true> = {
  getDocument: true,
  applyOps: true,
  save: true,
  readAsset: true,
  listFonts: true,
  readFont: true,
  getAppInfo: true,
};

function call(method: HostMethod) {
  return (req: unknown) => ipcRenderer.invoke(methodChannel(method), req);
}

const bridge = Object.fromEntries(Object.keys(METHODS).map((m) => [m, call(m as HostMethod)])) as Omit<GalleyBridge, 'onCommand'>;

const api: GalleyBridge = {
  ...bridge,
  onCommand(listener: (command: HostCommand) => void) {
    const handler = (_event: IpcRendererEvent, command: HostCommand) => listener(command);
    ipcRenderer.on(COMMAND_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('galley', api);
