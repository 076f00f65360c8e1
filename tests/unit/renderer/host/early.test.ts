// The opening's first requests leave from the renderer's first script (host/early.ts), before the
// host exists; the host made later takes their answers and checks them like its own.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostError } from '../../../../src/renderer/host';
import { createBridgeHost } from '../../../../src/renderer/host/bridge';
import { startEarlyCalls } from '../../../../src/renderer/host/early';
import { createHttpHost } from '../../../../src/renderer/host/http';
import type { GalleyBridge } from '../../../../src/shared/host-api';
import { fakeWindow } from '../support/browser';

afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('startEarlyCalls over HTTP', () => {
  it('sends getDocument and listFonts at once, and the host answers its first calls from them', async () => {
    vi.stubGlobal('window', fakeWindow({ search: '?token=t0k3n' }));
    const fetchMock = vi.fn<typeof fetch>(async (url) => json({ ok: true, value: { asked: String(url) } }));
    vi.stubGlobal('fetch', fetchMock);
    const early = startEarlyCalls();
    // Sent in the same task, before any host exists.
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/getDocument', '/api/listFonts']);
    expect(fetchMock.mock.calls[0]?.[1]?.headers).toMatchObject({ Authorization: 'Bearer t0k3n' });
    const host = createHttpHost(early);
    await expect(host.listFonts({})).resolves.toEqual({ asked: '/api/listFonts' });
    await expect(host.getDocument({})).resolves.toEqual({ asked: '/api/getDocument' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    // Taken once: a later call asks the server again.
    await host.getDocument({});
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('hands over refusals and network failures as the host reports them', async () => {
    vi.stubGlobal('window', fakeWindow({ search: '?token=t' }));
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(async (url) => {
        if (String(url).endsWith('listFonts')) throw new TypeError('Failed to fetch');
        return json({ ok: false, error: { code: 'internal', message: 'the edition could not be read' } }, 500);
      }),
    );
    const host = createHttpHost(startEarlyCalls());
    await expect(host.getDocument({})).rejects.toMatchObject({ code: 'internal', message: 'getDocument: the edition could not be read' });
    const error: unknown = await host.listFonts({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'transport', message: 'listFonts: Failed to fetch' });
  });

  it('sends nothing without a token (the host then reports it)', () => {
    vi.stubGlobal('window', fakeWindow({ search: '' }));
    const fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    expect(startEarlyCalls().take('getDocument')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('startEarlyCalls in Electron', () => {
  it('calls the preload bridge at once and the bridge host checks the answer like its own', async () => {
    const calls: string[] = [];
    const bridge = {
      getDocument: async () => (calls.push('getDocument'), { ok: true, value: { name: 'x' } }),
      listFonts: async () => (calls.push('listFonts'), { ok: false, error: { code: 'not-found', message: 'no fonts' } }),
      onCommand: () => () => {},
    } as unknown as GalleyBridge;
    vi.stubGlobal('window', { ...fakeWindow({ search: '' }), galley: bridge });
    const early = startEarlyCalls();
    expect(calls).toEqual(['getDocument', 'listFonts']);
    const host = createBridgeHost(bridge, early);
    await expect(host.getDocument({})).resolves.toEqual({ name: 'x' });
    await expect(host.listFonts({})).rejects.toMatchObject({ code: 'not-found', message: 'listFonts: no fonts' });
    expect(calls).toEqual(['getDocument', 'listFonts']);
  });
});
