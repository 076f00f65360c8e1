import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostError } from '../../../../src/renderer/host';
import { createHttpHost, readToken } from '../../../../src/renderer/host/http';
import { FakeStorage, fakeWindow } from '../support/browser';

afterEach(() => vi.unstubAllGlobals());

/** Stubs fetch with one answer and returns the recorder. */
function answer(respond: () => Response | Promise<Response>): ReturnType<typeof vi.fn<typeof fetch>> {
  const fetchMock = vi.fn<typeof fetch>(async () => respond());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

async function hostError(promise: Promise<unknown>): Promise<HostError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof HostError)) throw new Error(`expected a HostError, got ${String(error)}`);
  return error;
}

describe('readToken', () => {
  it('takes the token from the page address and remembers it for the tab, after the opening', () => {
    vi.useFakeTimers();
    try {
      const storage = new FakeStorage();
      vi.stubGlobal('window', fakeWindow({ search: '?token=abc123', sessionStorage: storage }));
      expect(readToken()).toBe('abc123');
      // The storage write waits (a page's first sessionStorage access is slow)…
      expect(storage.getItem('galley.token')).toBeNull();
      vi.runAllTimers();
      expect(storage.getItem('galley.token')).toBe('abc123');
      // …and a page whose address has lost the token finds it there.
      vi.stubGlobal('window', fakeWindow({ search: '', sessionStorage: storage }));
      expect(readToken()).toBe('abc123');
    } finally {
      vi.useRealTimers();
    }
  });

  it('prefers the address over a remembered token from an earlier server run', () => {
    const storage = new FakeStorage();
    storage.setItem('galley.token', 'old');
    vi.stubGlobal('window', fakeWindow({ search: '?token=new', sessionStorage: storage }));
    expect(readToken()).toBe('new');
  });

  it('works from the address alone when storage is disabled, and is null with neither', () => {
    vi.stubGlobal('window', fakeWindow({ search: '?token=abc', sessionStorage: new FakeStorage(true) }));
    expect(readToken()).toBe('abc');
    vi.stubGlobal('window', fakeWindow({ search: '', sessionStorage: new FakeStorage(true) }));
    expect(readToken()).toBeNull();
  });
});

describe('createHttpHost', () => {
  it('POSTs the request as JSON to /api/<method> with the bearer token and unwraps the value', async () => {
    vi.stubGlobal('window', fakeWindow({ search: '?token=t0k3n' }));
    const fetchMock = answer(() => json({ ok: true, value: { revision: 8 } }));
    const host = createHttpHost();
    const ops = [{ type: 'moveFrame' as const, pageId: 'page-1', frameId: 'frame-3', x: 1, y: 2 }];
    await expect(host.applyOps({ baseRevision: 7, ops })).resolves.toEqual({ revision: 8 });
    expect(host.transport).toBe('http');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/applyOps');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ Authorization: 'Bearer t0k3n', 'Content-Type': 'application/json' });
    expect(JSON.parse(String(init?.body))).toEqual({ baseRevision: 7, ops });
  });

  it.each(['getDocument', 'save', 'getAppInfo'] as const)('sends %s to its own path', async (method) => {
    vi.stubGlobal('window', fakeWindow({ search: '?token=t' }));
    const fetchMock = answer(() => json({ ok: true, value: {} }));
    await createHttpHost()[method]({});
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`/api/${method}`);
  });

  it('throws the host error code and message from an ok:false answer', async () => {
    vi.stubGlobal('window', fakeWindow({ search: '?token=t' }));
    answer(() => json({ ok: false, error: { code: 'conflict', message: 'the edit was made on revision 3, but x is at revision 4' } }, 409));
    const error = await hostError(createHttpHost().applyOps({ baseRevision: 3, ops: [{ type: 'removePage', pageId: 'p' }] }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('applyOps: the edit was made on revision 3, but x is at revision 4');
  });

  it('reports a network failure as a transport error naming the method', async () => {
    vi.stubGlobal('window', fakeWindow({ search: '?token=t' }));
    answer(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await hostError(createHttpHost().getDocument({}));
    expect(error).toMatchObject({ code: 'transport', message: 'getDocument: Failed to fetch' });
  });

  it('reports an answer that is not JSON as a transport error with the HTTP status', async () => {
    vi.stubGlobal('window', fakeWindow({ search: '?token=t' }));
    answer(() => new Response('<html>Bad Gateway</html>', { status: 502 }));
    const error = await hostError(createHttpHost().save({}));
    expect(error).toMatchObject({ code: 'transport', message: 'save: HTTP 502 without a JSON answer' });
  });

  it.each([
    ['a body without ok', { value: 1 }],
    ['ok without a value', { ok: true }],
    ['an error without a code', { ok: false, error: { message: 'x' } }],
    ['an error that is not an object', { ok: false, error: null }],
    ['an unknown error code', { ok: false, error: { code: 'teapot', message: 'x' } }],
  ])('reports %s as a transport error', async (_label, body) => {
    vi.stubGlobal('window', fakeWindow({ search: '?token=t' }));
    answer(() => json(body, 500));
    const error = await hostError(createHttpHost().getAppInfo({}));
    expect(error).toMatchObject({ code: 'transport', message: 'getAppInfo: HTTP 500 with an unexpected answer' });
  });

  it('reports a refused token as unauthorized', async () => {
    vi.stubGlobal('window', fakeWindow({ search: '?token=stale' }));
    answer(() => new Response('unauthorized', { status: 401 }));
    const error = await hostError(createHttpHost().getDocument({}));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toContain('401');
  });

  it('does not call the server at all without a token', async () => {
    vi.stubGlobal('window', fakeWindow({ search: '' }));
    const fetchMock = answer(() => json({ ok: true, value: {} }));
    const error = await hostError(createHttpHost().getDocument({}));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toContain('?token=');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('has no menu: a command listener is never called and unsubscribes cleanly', () => {
    vi.stubGlobal('window', fakeWindow({ search: '?token=t' }));
    const listener = vi.fn();
    const unsubscribe = createHttpHost().onCommand(listener);
    expect(() => unsubscribe()).not.toThrow();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('createHttpHost readFont', () => {
  const id = `sha256:${'ab'.repeat(32)}#1`;

  it('GETs the file itself from /api/readFont/<id> with the bearer token and answers its bytes', async () => {
    vi.stubGlobal('window', fakeWindow({ search: '?token=t0k3n' }));
    const fetchMock = answer(() => new Response(new Uint8Array([0, 1, 2, 255]), { headers: { 'Content-Type': 'application/octet-stream' } }));
    const font = await createHttpHost().readFont({ id });
    expect(font.id).toBe(id);
    expect(font.bytes).toBeInstanceOf(Uint8Array);
    expect([...font.bytes]).toEqual([0, 1, 2, 255]);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`/api/readFont/${encodeURIComponent(id)}`);
    expect(init?.method ?? 'GET').toBe('GET');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer t0k3n');
  });

  it('turns a HostResult refusal into a HostError with its code', async () => {
    vi.stubGlobal('window', fakeWindow({ search: '?token=t0k3n' }));
    answer(() => json({ ok: false, error: { code: 'not-found', message: 'the font file changed since it was listed' } }, 404));
    const error = await hostError(createHttpHost().readFont({ id }));
    expect(error.code).toBe('not-found');
    expect(error.message).toContain('the font file changed since it was listed');
  });

  it('refuses an id that is not a font id before it reaches a URL, and reports 401 and odd answers', async () => {
    vi.stubGlobal('window', fakeWindow({ search: '?token=t0k3n' }));
    const fetchMock = answer(() => new Response('nope', { status: 401 }));
    expect((await hostError(createHttpHost().readFont({ id: '../../etc/passwd' }))).code).toBe('invalid-request');
    expect(fetchMock).not.toHaveBeenCalled();
    expect((await hostError(createHttpHost().readFont({ id }))).code).toBe('unauthorized');
    answer(() => new Response('<html>proxy</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    expect((await hostError(createHttpHost().readFont({ id }))).code).toBe('transport');
  });
});
