import { defineConfig } from 'vitest/config';

// Four projects: shared code runs with no DOM shim at all, which proves at run time that it is
// pure; main-process code runs in Node. Renderer specs cover the modules that do not touch the
// DOM (state, host transports, i18n, geometry); they too run without a shim, and the few
// browser globals a module reads (window, fetch) are faked per test with vi.stubGlobal. The
// e-paper reader's specs likewise cover its DOM-free modules; Playwright covers the rest.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', environment: 'node', include: ['tests/unit/shared/**/*.test.ts'] } },
      { test: { name: 'main', environment: 'node', include: ['tests/unit/main/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'renderer', environment: 'node', include: ['tests/unit/renderer/**/*.test.ts'] } },
      // The e-paper reader's pure modules (routes, zoom geometry, text size, match ranges).
      { test: { name: 'epaper-reader', environment: 'node', include: ['tests/unit/epaper-reader/**/*.test.ts'] } },
    ],
  },
});
