import { defineConfig } from '@playwright/test';

// End-to-end tests drive the real renderer build through `galley serve` in Debian's Chromium.
// Playwright must never download a browser here (docs/stack-notes.md §7). Run `npm run build`
// first: `galley serve` serves out/renderer and refuses to start without it.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Each spec file starts its own `galley serve`; two cores do not gain from more workers.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    viewport: { width: 1400, height: 1000 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { browserName: 'chromium' },
      // The Electron window has its own project; it cannot run in a browser.
      testIgnore: ['electron/**'],
    },
    // Runs only where the Electron binary exists; elsewhere its spec skips and prints why.
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
