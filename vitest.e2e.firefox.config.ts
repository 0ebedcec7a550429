import { defineConfig } from 'vitest/config';

// End-to-end tests in real Firefox (puppeteer-core over WebDriver BiDi), on the
// same stand-in pages and shared scenarios as the Chromium suite.
export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
