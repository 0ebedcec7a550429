import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests in real Firefox (puppeteer-core over WebDriver BiDi), on the
// same stand-in pages and shared scenarios as the Chromium suite. The same
// limits as the Chromium suite: they only stop a hang, with room for a machine
// busy with other work (a poll took over vitest's default 1 s under load).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
