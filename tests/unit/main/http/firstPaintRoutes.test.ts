// The opening's binary routes: GET /api/readFont/<id>?subset=edition (a subset of the face
// holding the edition's characters) and GET /api/readAsset/<assetId> (a picture as bytes), behind
// the token like every /api route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpHost } from '../../../../src/main/http';
import { FONT_CACHE_CONTROL } from '../../../../src/main/http/fontRoute';
import { FONT_FILES, fontBytes, sha256 } from '../../../fixtures/fonts/fontFiles';
import { ASSET_BYTES, bearer, call, hostWithOneFont } from './support';

let host: HttpHost;
let close: () => Promise<void>;
const whole = (): Buffer => Buffer.from(fontBytes(FONT_FILES.latinRegular));
const id = (): string => `sha256:${sha256(fontBytes(FONT_FILES.latinRegular))}#0`;
const subsetPath = (fontId: string, subset = 'edition'): string => `/api/readFont/${encodeURIComponent(fontId)}?subset=${subset}`;


beforeAll(async () => {
  ({ host, close } = await hostWithOneFont('galley-first-paint-routes-', { cacheDir: null }));
});

afterAll(() => close());

describe('GET /api/readFont/<id>?subset=edition', () => {
  it('answers a subset smaller than the file, marked as one, and never cached by the browser', async () => {
    const res = await call(host.port, { path: subsetPath(id()), headers: bearer(host.token) });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['x-galley-font']).toBe('subset');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['etag']).toBeUndefined();
    expect(res.body.byteLength).toBeGreaterThan(0);
    expect(res.body.byteLength).toBeLessThan(whole().byteLength);
    // An sfnt (OpenType with CFF outlines or TrueType), not an error body.
    expect(['OTTO', '\u0000\u0001\u0000\u0000']).toContain(res.body.subarray(0, 4).toString('latin1'));
  });

  it('still answers the whole file, cacheable, without the query', async () => {
    const res = await call(host.port, { path: `/api/readFont/${encodeURIComponent(id())}`, headers: bearer(host.token) });
    expect(res.headers['x-galley-font']).toBe('whole');
    expect(res.headers['cache-control']).toBe(FONT_CACHE_CONTROL);
    expect(res.body.equals(whole())).toBe(true);
  });

  it('refuses an unknown subset, a bad id and a missing token', async () => {
    const bogus = await call(host.port, { path: subsetPath(id(), 'everything'), headers: bearer(host.token) });
    expect(bogus.status).toBe(400);
    expect(bogus.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const bad = await call(host.port, { path: subsetPath('sha256:nope#0'), headers: bearer(host.token) });
    expect(bad.status).toBe(400);
    const unknown = await call(host.port, { path: subsetPath(`sha256:${'0'.repeat(64)}#0`), headers: bearer(host.token) });
    expect(unknown.status).toBe(404);
    const anonymous = await call(host.port, { path: subsetPath(id()) });
    expect(anonymous.status).toBe(401);
  });
});

describe('GET /api/readAsset/<assetId>', () => {
  it('answers the picture as bytes with its type', async () => {
    const res = await call(host.port, { path: '/api/readAsset/asset-1?rendition=screen', headers: bearer(host.token) });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.body.equals(Buffer.from(ASSET_BYTES))).toBe(true);
  });

  it('refuses an unknown asset, a bad rendition, a POST and a missing token', async () => {
    expect((await call(host.port, { path: '/api/readAsset/nope', headers: bearer(host.token) })).status).toBe(404);
    expect((await call(host.port, { path: '/api/readAsset/asset-1?rendition=huge', headers: bearer(host.token) })).status).toBe(400);
    expect((await call(host.port, { method: 'POST', path: '/api/readAsset/asset-1', headers: bearer(host.token) })).status).toBe(405);
    expect((await call(host.port, { path: '/api/readAsset/asset-1' })).status).toBe(401);
  });
});

describe('the byte routes', () => {
  it('refuses a method other than GET or HEAD, and an id that is not percent-encoding, each naming its route', async () => {
    for (const [prefix, name, method, noun, idName] of [
      ['/api/readFont/', encodeURIComponent(id()), 'readFont', 'a font file', 'font id'],
      ['/api/readAsset/', 'asset-1', 'readAsset', 'a picture', 'asset id'],
    ] as const) {
      const put = await call(host.port, { method: 'PUT', path: prefix + name, headers: bearer(host.token) });
      expect(put.status).toBe(405);
      expect(put.headers['allow']).toBe('GET, HEAD');
      expect(put.json()).toMatchObject({ ok: false, error: { code: 'invalid-request', message: `PUT is not allowed on ${noun}; use GET` } });
      const broken = await call(host.port, { path: `${prefix}%E0%A4%A`, headers: bearer(host.token) });
      expect(broken.status).toBe(400);
      expect(broken.json()).toMatchObject({ ok: false, error: { code: 'invalid-request', message: `${method}: the ${idName} in the path is not valid percent-encoding` } });
    }
  });
});
