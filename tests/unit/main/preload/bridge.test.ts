import { beforeAll, describe, expect, it, vi } from 'vitest';
import { HOST_METHODS } from '../../../../src/shared/host-api';
import { COMMAND_CHANNEL, methodChannel } from '../../../../src/shared/ipc-channels';

// The preload runs inside Electron; here `electron` is replaced by a recorder so the spec can
// check what the bridge exposes and which channels it uses.
const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }));
const on = vi.fn();
const removeListener = vi.fn();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke, on, removeListener },
}));

beforeAll(async () => {
  await import('../../../../src/preload/index');
});

describe('the preload bridge', () => {
  it('exposes window.galley with exactly the host API methods and onCommand', () => {
    expect(Object.keys(exposed)).toEqual(['galley']);
    expect(Object.keys(exposed['galley'] as object).sort()).toEqual([...HOST_METHODS, 'onCommand'].sort());
  });

  it('has no generic invoke or send', () => {
    const api = exposed['galley'] as Record<string, unknown>;
    for (const name of ['invoke', 'send', 'ipcRenderer', 'on']) expect(api[name]).toBeUndefined();
  });

  it('forwards each method on its own channel', async () => {
    const api = exposed['galley'] as Record<string, (req: unknown) => Promise<unknown>>;
    await api['save']?.({});
    expect(invoke).toHaveBeenLastCalledWith(methodChannel('save'), {});
  });

  it('subscribes and unsubscribes menu commands', () => {
    const api = exposed['galley'] as { onCommand: (l: (c: string) => void) => () => void };
    const stop = api.onCommand(() => {});
    expect(on).toHaveBeenCalledWith(COMMAND_CHANNEL, expect.any(Function));
    stop();
    expect(removeListener).toHaveBeenCalledWith(COMMAND_CHANNEL, on.mock.calls[0]?.[1]);
  });
});
