import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RendererBuildMissingError, startHttpHost, type HttpHost } from '../../../../src/main/http';
import type { FontService } from '../../../../src/main/services/fonts';
import { ASSET_BYTES, bearer, call, type FakeSession, fakeSession } from './support';

const SECRET = 'TOP-SECRET-outside-the-renderer';
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:; font-src 'self' blob: data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const BODY_LIMIT = 64 * 1024;

let root: string;
let rendererDir: string;
let secretFile: string;
let session: FakeSession;
let host: HttpHost;
let port: number;
let token: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-http-'));
  rendererDir = join(root, 'renderer');
  secretFile = join(root, 'secret.txt');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await mkdir(join(root, 'outside'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Galley</title>');
  await writeFile(join(rendererDir, 'assets', 'app-1234.js'), 'console.log("galley")');
  await writeFile(join(rendererDir, 'assets', 'app-1234.css'), 'body{}');
  await writeFile(secretFile, SECRET);
  await writeFile(join(root, 'outside', 'secret.txt'), SECRET);
  await symlink(secretFile, join(rendererDir, 'link.txt'));
  await symlink(join(root, 'outside'), join(rendererDir, 'linkdir'));
  session = fakeSession();
  host = await startHttpHost({ session, rendererDir, port: 0, version: '9.9.9', bodyLimit: BODY_LIMIT });
  port = host.port;
  token = host.token;
});

afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

describe('startHttpHost', () => {
  it('listens on 127.0.0.1 and hands out a URL with a 43-character base64url token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+$/u);
    expect(host.url).toBe(`http://127.0.0.1:${port}/?token=${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/u);
    expect(port).toBeGreaterThan(0);
  });

  it('makes a different token on every start', async () => {
    const other = await startHttpHost({ session, rendererDir, port: 0, version: '9.9.9' });
    try {
      expect(other.token).not.toBe(token);
      expect(other.port).not.toBe(port);
    } finally {
      await other.close();
    }
  });

  it('lists the fonts of the served edition as it starts, before the page asks for them', async () => {
    const listed: Array<string | undefined> = [];
    const fonts: FontService = {
      list: async (options) => {
        listed.push(options?.editionDir);
        return { fonts: [], problems: [] };
      },
      readFont: async () => new Uint8Array(),
      openFaces: async () => [],
    };
    const other = await startHttpHost({ session, rendererDir, port: 0, version: '9.9.9', fonts });
    try {
      expect(listed).toEqual([session.dir]);
    } finally {
      await other.close();
    }
  });

  it('refuses to start without a renderer build and says to run npm run build', async () => {
    const missing = join(root, 'no-build');
    await expect(startHttpHost({ session, rendererDir: missing, version: '1' })).rejects.toBeInstanceOf(RendererBuildMissingError);
    await expect(startHttpHost({ session, rendererDir: missing, version: '1' })).rejects.toThrow(/npm run build/u);
  });
});

describe('the host API without a valid token', () => {
  it.each([
    ['POST /api/getDocument', 'POST', '/api/getDocument'],
    ['POST /api/doesNotExist', 'POST', '/api/doesNotExist'],
    ['GET /api/x', 'GET', '/api/x'],
    ['DELETE /api/getDocument', 'DELETE', '/api/getDocument'],
    ['OPTIONS /api/applyOps (a CORS preflight)', 'OPTIONS', '/api/applyOps'],
    ['POST /api', 'POST', '/api'],
    ['POST /api/../index.html', 'POST', '/api/../index.html'],
  ])('refuses %s with 401', async (_name, method, path) => {
    const res = await call(port, { method, path, body: method === 'POST' ? '{}' : undefined });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="galley"');
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses a wrong token with 401', async () => {
    const wrong = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    const res = await call(port, { method: 'POST', path: '/api/getDocument', headers: bearer(wrong), body: '{}' });
    expect(res.status).toBe(401);
  });

  it('refuses a token of the wrong length, and a token sent without "Bearer"', async () => {
    expect((await call(port, { method: 'POST', path: '/api/getDocument', headers: bearer(`${token}x`), body: '{}' })).status).toBe(401);
    expect((await call(port, { method: 'POST', path: '/api/getDocument', headers: { authorization: token }, body: '{}' })).status).toBe(401);
  });

  it('does not accept the token from the query string', async () => {
    const res = await call(port, { method: 'POST', path: `/api/getDocument?token=${token}`, body: '{}' });
    expect(res.status).toBe(401);
  });

  it('checks the token before the Host header, the method and the body', async () => {
    const res = await call(port, { method: 'PUT', path: '/api/getDocument', host: 'evil.example', body: 'not json' });
    expect(res.status).toBe(401);
    expect(session.applied).toHaveLength(0);
  });

  it('guards /edition/ the same way', async () => {
    expect((await call(port, { path: '/edition/assets/asset-1' })).status).toBe(401);
    expect((await call(port, { path: `/edition/assets/asset-1?token=${token}` })).status).toBe(401);
    expect((await call(port, { path: '/edition/edition.json' })).status).toBe(401);
  });
});

describe('the host API with the token', () => {
  it('answers getDocument with 200 and the HostResult', async () => {
    const res = await call(port, { method: 'POST', path: '/api/getDocument', headers: bearer(token), body: '{}' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json() as { ok: boolean; value: { name: string; revision: number; readOnly: boolean; edition: { meta: { paper: string } } } };
    expect(body.ok).toBe(true);
    expect(body.value.name).toBe('fake.galley');
    expect(body.value.edition.meta.paper).toBe('今日市中');
    expect(body.value.readOnly).toBe(false);
  });

  it('reports the http transport and the version in getAppInfo', async () => {
    const res = await call(port, { method: 'POST', path: '/api/getAppInfo', headers: bearer(token), body: '{}' });
    expect(res.json()).toEqual({ ok: true, value: { version: '9.9.9', transport: 'http', exportDir: '/nowhere/fake-出版' } });
  });

  it('applies ops and returns the new revision; a stale base revision is a 409 conflict', async () => {
    const op = { type: 'moveFrame', pageId: 'page-1', frameId: 'frame-1', x: 60, y: 70 };
    const before = session.revision;
    const ok = await call(port, { method: 'POST', path: '/api/applyOps', headers: bearer(token), body: JSON.stringify({ baseRevision: before, ops: [op] }) });
    expect(ok.status).toBe(200);
    expect(ok.json()).toEqual({ ok: true, value: { revision: before + 1 } });
    expect(session.applied.at(-1)).toEqual([op]);
    const stale = await call(port, { method: 'POST', path: '/api/applyOps', headers: bearer(token), body: JSON.stringify({ baseRevision: before, ops: [op] }) });
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses a payload that does not match the contract with 400 invalid-request', async () => {
    const count = session.applied.length;
    const res = await call(port, { method: 'POST', path: '/api/applyOps', headers: bearer(token), body: JSON.stringify({ baseRevision: 0, ops: [{ type: 'explode' }] }) });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(session.applied).toHaveLength(count);
  });

  it('refuses a body that is not JSON with 400 invalid-request', async () => {
    for (const body of ['{"baseRevision": 0,', '', '\u00ff'.repeat(3)]) {
      const res = await call(port, { method: 'POST', path: '/api/getDocument', headers: bearer(token), body });
      expect(res.status).toBe(400);
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    const latin1 = await call(port, { method: 'POST', path: '/api/getDocument', headers: bearer(token), body: Buffer.from([0x7b, 0xff, 0x7d]) });
    expect(latin1.status).toBe(400);
  });

  it('answers an unknown method with 404 not-found', async () => {
    const res = await call(port, { method: 'POST', path: '/api/doesNotExist', headers: bearer(token), body: '{}' });
    expect(res.status).toBe(404);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('answers other verbs with 405 and Allow: POST', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const res = await call(port, { method, path: '/api/getDocument', headers: bearer(token) });
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('POST');
    }
  });

  it('refuses a Host header that is not this server with 403 (DNS rebinding)', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `0.0.0.0:${port}`]) {
      const res = await call(port, { method: 'POST', path: '/api/getDocument', headers: bearer(token), body: '{}', host: hostHeader });
      expect(res.status).toBe(403);
    }
    const local = await call(port, { method: 'POST', path: '/api/getDocument', headers: bearer(token), body: '{}', host: `localhost:${port}` });
    expect(local.status).toBe(200);
  });

  it('refuses cross-origin requests with 403 and accepts its own origin', async () => {
    const post = (headers: Record<string, string>) =>
      call(port, { method: 'POST', path: '/api/getDocument', headers: { ...bearer(token), ...headers }, body: '{}' });
    expect((await post({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ origin: 'null' })).status).toBe(403);
    expect((await post({ origin: `http://127.0.0.1:${port + 1}` })).status).toBe(403);
    expect((await post({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post({ origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('refuses a declared body over the limit with 413 before reading it', async () => {
    const res = await call(port, {
      method: 'POST',
      path: '/api/applyOps',
      headers: { ...bearer(token), 'content-length': String(BODY_LIMIT + 1) },
    });
    expect(res.status).toBe(413);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses a streamed (chunked) body that grows over the limit with 413', async () => {
    const big = Buffer.alloc(BODY_LIMIT + 10, 0x20);
    const res = await call(port, { method: 'POST', path: '/api/applyOps', headers: { ...bearer(token), 'transfer-encoding': 'chunked' }, body: big });
    expect(res.status).toBe(413);
  });

  it('serves an asset through readAsset under /edition/assets/, and nothing else of the edition', async () => {
    const ok = await call(port, { path: '/edition/assets/asset-1', headers: bearer(token) });
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('image/png');
    expect(new Uint8Array(ok.body)).toEqual(ASSET_BYTES);
    for (const path of ['/edition/assets/nope', '/edition/edition.json', '/edition/assets/../edition.json', '/edition/', '/edition/assets/%2e%2e%2fedition.json']) {
      expect((await call(port, { path, headers: bearer(token) })).status, path).toBe(404);
    }
  });
});

describe('static files of the renderer', () => {
  it('serves index.html at / with the renderer CSP and the hardening headers, without a token', async () => {
    const res = await call(port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>Galley</title>');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CSP);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('sends the token-bearing page URL to index.html too', async () => {
    expect((await call(port, { path: `/?token=${token}` })).status).toBe(200);
  });

  it.each([
    ['/assets/app-1234.js', 'text/javascript; charset=utf-8'],
    ['/assets/app-1234.css', 'text/css; charset=utf-8'],
    ['/index.html', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const res = await call(port, { path });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['content-security-policy']).toBe(CSP);
  });

  it('answers HEAD with the headers only', async () => {
    const res = await call(port, { method: 'HEAD', path: '/assets/app-1234.js' });
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String('console.log("galley")'.length));
    expect(res.body.length).toBe(0);
  });

  it('puts the security headers on errors as well', async () => {
    const res = await call(port, { path: '/nope.js' });
    expect(res.status).toBe(404);
    expect(res.headers['content-security-policy']).toBe(CSP);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses to write: POST to a static path is 405', async () => {
    expect((await call(port, { method: 'POST', path: '/index.html', body: 'x' })).status).toBe(405);
  });

  it('answers a request target that is not a plain path (absolute-form, *) with 400', async () => {
    expect((await call(port, { path: `http://127.0.0.1:${port}/index.html` })).status).toBe(400);
    expect((await call(port, { method: 'OPTIONS', path: '*' })).status).toBe(400);
  });

  it('refuses a foreign Host header for static files too (403)', async () => {
    expect((await call(port, { path: '/', host: 'evil.example' })).status).toBe(403);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/%252e%252e/secret.txt',
    '/..\\secret.txt',
    '/%5c..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/secret.txt%00.html',
    '/%00',
    '/index.html%00',
    '//secret.txt',
    '/./index.html',
    '/assets/./app-1234.js',
    '/link.txt',
    '/linkdir/secret.txt',
    '/%E0%A4%A',
    '/C:/Windows/win.ini',
    '/etc/passwd',
    '/assets',
    '/assets/',
  ])('answers %s with 404 and never a file from outside', async (path) => {
    const res = await call(port, { path });
    expect(res.status).toBe(404);
    expect(res.text).not.toContain(SECRET);
  });

  it('refuses an absolute path to a real file outside', async () => {
    const res = await call(port, { path: `/${secretFile}` });
    expect(res.status).toBe(404);
    expect(res.text).not.toContain(SECRET);
  });
});
