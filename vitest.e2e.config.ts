import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium on the stand-in pages.
// One browser at a time on a 2-core machine. Tests wait for conditions; the
// limits below only stop a hang, with room for a machine busy with other work
// (under `npm run test:stress`, a poll took over vitest's default 1 s and a
// test over 60 s).
export default defineConfig({
  // The same `@/` as the extension's code (the coach CLI and the settings read it).
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
