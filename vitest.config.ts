import { defineConfig } from 'vitest/config';

// Two projects: shared code runs with no DOM shim at all, which proves at run time that it is
// pure; main-process code runs in Node.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', environment: 'node', include: ['tests/unit/shared/**/*.test.ts'] } },
      { test: { name: 'main', environment: 'node', include: ['tests/unit/main/**/*.test.ts'], testTimeout: 30_000 } },
    ],
  },
});
