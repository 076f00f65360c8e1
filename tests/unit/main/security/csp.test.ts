import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP, RENDERER_CSP_META } from '../../../../src/shared/csp';

const html = readFileSync(resolve(import.meta.dirname, '../../../../src/renderer/index.html'), 'utf8');

describe('the renderer CSP', () => {
  it('index.html declares exactly the shared policy in its meta tag', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/u.exec(html);
    expect(meta?.[1]).toBe(RENDERER_CSP_META);
  });

  it('allows no remote origin, no inline or eval script and no plugins', () => {
    expect(RENDERER_CSP).not.toMatch(/https?:|\*|unsafe-inline/u);
    // 'unsafe-eval' (JavaScript eval) stays forbidden; only its wasm-only relative is allowed.
    expect(RENDERER_CSP.replaceAll("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');
    const scriptSrc = RENDERER_CSP.split('; ').find((d) => d.startsWith('script-src '));
    expect(scriptSrc?.split(' ').slice(1).sort()).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(RENDERER_CSP).toContain("object-src 'none'");
    expect(RENDERER_CSP).toContain("frame-ancestors 'none'");
  });

  it("lets HarfBuzz compile its WebAssembly ('wasm-unsafe-eval') without allowing eval", () => {
    expect(RENDERER_CSP).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(RENDERER_CSP).not.toMatch(/(^|[\s;])'unsafe-eval'/u);
  });
});
