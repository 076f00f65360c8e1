// preload: the sandboxed bridge. It exposes exactly the host API as `window.galley`, one
// function per method and a menu-command subscription; there is no generic invoke, so the
// renderer cannot reach any IPC channel the contract does not name.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { GalleyBridge, HostCommand, HostMethod } from '../shared/host-api';
import { COMMAND_CHANNEL, HOST_METHOD_NAMES, methodChannel } from '../shared/ipc-channels';

function call(method: HostMethod) {
  return (req: unknown) => ipcRenderer.invoke(methodChannel(method), req);
}

const bridge = Object.fromEntries(Object.keys(HOST_METHOD_NAMES).map((m) => [m, call(m as HostMethod)])) as Omit<GalleyBridge, 'onCommand'>;

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
