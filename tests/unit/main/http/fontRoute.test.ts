// GET /api/readFont/<id>: font files as bytes, behind the token, cacheable by their hash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpHost } from '../../../../src/main/http';
import { FONT_CACHE_CONTROL } from '../../../../src/main/http/fontRoute';
import { FONT_FILES, fontBytes, sha256 } from '../../../fixtures/fonts/fontFiles';
import { bearer, call, hostWithOneFont } from './support';

let host: HttpHost;
let close: () => Promise<void>;
const latin = (): Buffer => Buffer.from(fontBytes(FONT_FILES.latinRegular));
const id = (): string => `sha256:${sha256(fontBytes(FONT_FILES.latinRegular))}#0`;
const path = (fontId: string): string => `/api/readFont/${encodeURIComponent(fontId)}`;


beforeAll(async () => {
  ({ host, close } = await hostWithOneFont('galley-font-route-'));
});

afterAll(() => close());

describe('GET /api/readFont/<id>', () => {
  it('answers the listed file as bytes, with an ETag of the id and an immutable cache lifetime', async () => {
    const res = await call(host.port, { path: path(id()), headers: bearer(host.token) });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['cache-control']).toBe(FONT_CACHE_CONTROL);
    expect(res.headers['etag']).toBe(`"${id()}"`);
    expect(Number(res.headers['content-length'])).toBe(latin().byteLength);
    expect(res.body.equals(latin())).toBe(true);
    // The renderer's CSP and hardening headers stay on.
    expect(res.headers['content-security-policy']).toContain("connect-src 'self'");
  });

  it('answers 304 without a body when the caller already holds those bytes', async () => {
    const res = await call(host.port, { path: path(id()), headers: { ...bearer(host.token), 'if-none-match': `"${id()}"` } });
    expect(res.status).toBe(304);
    expect(res.body.byteLength).toBe(0);
  });

  it('needs the token like every /api route, before anything else', async () => {
    const res = await call(host.port, { path: path(id()) });
    expect(res.status).toBe(401);
    expect(res.body.equals(latin())).toBe(false);
    const cross = await call(host.port, { path: path(id()), headers: { ...bearer(host.token), origin: 'http://evil.example' } });
    expect(cross.status).toBe(403);
  });

  it('refuses what is not a font id with 400, and an unlisted id with 404, as HostResult JSON', async () => {
    for (const bad of ['fonts/Latin.otf', '../../etc/passwd', `${id()}/..`, '%E0%A4%A']) {
      const res = await call(host.port, { path: `/api/readFont/${bad.startsWith('%') ? bad : encodeURIComponent(bad)}`, headers: bearer(host.token) });
      expect(res.status, bad).toBe(400);
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    const unknown = await call(host.port, { path: path(`sha256:${'0'.repeat(64)}#0`), headers: bearer(host.token) });
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/json');
    expect(unknown.json()).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('allows only GET and HEAD; HEAD sends the headers only', async () => {
    expect((await call(host.port, { method: 'PUT', path: path(id()), headers: bearer(host.token) })).status).toBe(405);
    const head = await call(host.port, { method: 'HEAD', path: path(id()), headers: bearer(host.token) });
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBe(latin().byteLength);
    expect(head.body.byteLength).toBe(0);
  });

  it('answers POST /api/readFont with the bytes too, never as a JSON array of numbers', async () => {
    const res = await call(host.port, { method: 'POST', path: '/api/readFont', headers: { ...bearer(host.token), 'content-type': 'application/json' }, body: JSON.stringify({ id: id() }) });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.body.equals(latin())).toBe(true);
  });
});
