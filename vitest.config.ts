import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { nodeVersionProblem } from './tools/node-version';

// vitest 5 on Node 20 crashes in its reporter on the first failure: say why instead.
const nodeProblem = nodeVersionProblem();
if (nodeProblem) throw new Error(nodeProblem);

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'analyzers/**/*.test.ts',
      'tests/**/*.test.{ts,tsx}',
      'utils/**/*.test.ts',
      'tools/**/*.test.ts',
      'components/**/*.test.tsx',
    ],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Limits that only stop a hang, with room for a busy machine (see vitest.e2e.config.ts).
    testTimeout: 60_000,
    expect: { poll: { timeout: 15_000 } },
  },
});
