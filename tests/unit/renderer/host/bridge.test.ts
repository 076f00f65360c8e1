import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHost, HostError } from '../../../../src/renderer/host';
import { createBridgeHost, electronBridge } from '../../../../src/renderer/host/bridge';
import type { GalleyBridge, HostCommand } from '../../../../src/shared/host-api';
import { fakeWindow } from '../support/browser';

afterEach(() => vi.unstubAllGlobals());

/** A preload bridge whose every method answers with `result`, recording requests. */
function fakeBridge(result: (method: string) => unknown): { bridge: GalleyBridge; calls: Array<[string, unknown]>; emit: (c: HostCommand) => void; listeners: Set<unknown> } {
  const calls: Array<[string, unknown]> = [];
  const listeners = new Set<(command: HostCommand) => void>();
  const method = (name: string) => async (req: unknown) => {
    calls.push([name, req]);
    return result(name);
  };
  // The fake answers whatever a spec asks for, including malformed results the real preload
  // could never type; the bridge type is asserted once here for that reason.
  const bridge = {
    getDocument: method('getDocument'),
    applyOps: method('applyOps'),
    save: method('save'),
    readAsset: method('readAsset'),
    listFonts: method('listFonts'),
    readFont: method('readFont'),
    getAppInfo: method('getAppInfo'),
    onCommand: (listener: (command: HostCommand) => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  } as unknown as GalleyBridge;
  return { bridge, calls, listeners, emit: (c) => listeners.forEach((l) => l(c)) };
}

async function hostError(promise: Promise<unknown>): Promise<HostError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof HostError)) throw new Error(`expected a HostError, got ${String(error)}`);
  return error;
}

describe('createBridgeHost', () => {
  it('passes each request to the bridge method of the same name and unwraps the value', async () => {
    const fake = fakeBridge((name) => ({ ok: true, value: { answeredBy: name } }));
    const host = createBridgeHost(fake.bridge);
    expect(host.transport).toBe('electron');
    await expect(host.readAsset({ assetId: 'asset-1' })).resolves.toEqual({ answeredBy: 'readAsset' });
    await host.save({});
    expect(fake.calls).toEqual([
      ['readAsset', { assetId: 'asset-1' }],
      ['save', {}],
    ]);
  });

  it('throws the host error code and message from an ok:false result', async () => {
    const fake = fakeBridge(() => ({ ok: false, error: { code: 'read-only', message: 'edition is open read-only' } }));
    const error = await hostError(createBridgeHost(fake.bridge).applyOps({ baseRevision: 0, ops: [{ type: 'removePage', pageId: 'p' }] }));
    expect(error).toMatchObject({ code: 'read-only', message: 'applyOps: edition is open read-only' });
  });

  it('turns a failed IPC call into a transport error naming the method', async () => {
    const fake = fakeBridge(() => {
      throw new Error("No handler registered for 'galley:getDocument'");
    });
    const error = await hostError(createBridgeHost(fake.bridge).getDocument({}));
    expect(error).toMatchObject({ code: 'transport', message: "getDocument: No handler registered for 'galley:getDocument'" });
  });

  it('turns a result that is not the envelope into a transport error', async () => {
    const fake = fakeBridge(() => ({ revision: 3 }));
    const error = await hostError(createBridgeHost(fake.bridge).save({}));
    expect(error.code).toBe('transport');
    expect(error.message).toMatch(/^save: /u);
  });

  it('hands menu commands to listeners until they unsubscribe', () => {
    const fake = fakeBridge(() => null);
    const host = createBridgeHost(fake.bridge);
    const seen: HostCommand[] = [];
    const unsubscribe = host.onCommand((c) => seen.push(c));
    fake.emit('undo');
    fake.emit('zoomFit');
    unsubscribe();
    fake.emit('redo');
    expect(seen).toEqual(['undo', 'zoomFit']);
    expect(fake.listeners.size).toBe(0);
  });
});

describe('createHost', () => {
  it('uses the Electron bridge when the preload put window.galley there', async () => {
    const fake = fakeBridge(() => ({ ok: true, value: { version: '1', transport: 'electron' } }));
    const fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('window', fakeWindow({ search: '?token=t', galley: fake.bridge }));
    expect(electronBridge()).toBe(fake.bridge);
    const host = createHost();
    expect(host.transport).toBe('electron');
    await host.getAppInfo({});
    expect(fake.calls).toEqual([['getAppInfo', {}]]);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('uses HTTP without window.galley', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => new Response(JSON.stringify({ ok: true, value: { version: '1', transport: 'http' } })));
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('window', fakeWindow({ search: '?token=t' }));
    expect(electronBridge()).toBeUndefined();
    const host = createHost();
    expect(host.transport).toBe('http');
    await host.getAppInfo({});
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('finds no bridge where there is no window at all', () => {
    expect(typeof window).toBe('undefined');
    expect(electronBridge()).toBeUndefined();
  });
});

describe('createBridgeHost readFont', () => {
  it('hands over the font file as the Uint8Array IPC structured-cloned, without base64', async () => {
    const id = `sha256:${'cd'.repeat(32)}#0`;
    // What ipcRenderer.invoke delivers: a structured clone of main's HostResult.
    const fake = fakeBridge(() => structuredClone({ ok: true, value: { id, bytes: new Uint8Array([7, 8, 9]) } }));
    const font = await createBridgeHost(fake.bridge).readFont({ id });
    expect(font.bytes).toBeInstanceOf(Uint8Array);
    expect([...font.bytes]).toEqual([7, 8, 9]);
    expect(fake.calls).toEqual([['readFont', { id }]]);
  });
});
