import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium on the stand-in pages.
// One browser at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
