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
    expect(RENDERER_CSP).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval/u);
    expect(RENDERER_CSP).toContain("script-src 'self'");
    expect(RENDERER_CSP).toContain("object-src 'none'");
    expect(RENDERER_CSP).toContain("frame-ancestors 'none'");
  });
});
