// registerHostApi.ts: binds every host-api method to ipcMain. Each call is checked twice at
// the boundary: the sender must be our window's own page, and the payload must match the
// contract (dispatchHostCall validates it before any service runs).
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { HOST_METHODS, type HostResult } from '../../shared/host-api';
import { methodChannel } from '../../shared/ipc-channels';
import { dispatchHostCall, type HostHandlers } from '../services/hostDispatch';
import { isTrustedSender } from './trustedSender';

export interface HostApiBinding {
  /** The handlers of the edition open now; null while none is open. */
  readonly handlers: () => HostHandlers | null;
  readonly appWindow: () => WebContents | null;
  readonly rendererFileUrl: string;
  readonly devServerUrl: string | null;
  readonly log: (error: unknown) => void;
}

export function registerHostApi(binding: HostApiBinding): () => void {
  for (const method of HOST_METHODS) {
    ipcMain.handle(methodChannel(method), async (event: IpcMainInvokeEvent, payload: unknown): Promise<HostResult<unknown>> => {
      const frame = event.senderFrame;
      const trusted = isTrustedSender(
        {
          frameUrl: frame?.url ?? null,
          isMainFrame: frame !== null && frame === event.sender.mainFrame,
          isAppWindow: event.sender === binding.appWindow(),
        },
        binding,
      );
      if (!trusted) return { ok: false, error: { code: 'invalid-request', message: 'refused: the call did not come from the Galley window' } };
      const handlers = binding.handlers();
      if (!handlers) return { ok: false, error: { code: 'not-found', message: 'no edition is open' } };
      return dispatchHostCall(handlers, method, payload, binding.log);
    });
  }
  return () => {
    for (const method of HOST_METHODS) ipcMain.removeHandler(methodChannel(method));
  };
}
