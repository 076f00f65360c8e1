// ipc-channels.ts: IPC channel names, shared by the preload and the main process so they can
// never drift apart. Kept free of imports so the sandboxed preload bundle stays tiny.

export const COMMAND_CHANNEL = 'galley:command';

export function methodChannel(method: string): string {
  return `galley:host:${method}`;
}
