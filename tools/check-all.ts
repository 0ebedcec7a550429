/**
 * `npm test`: every quality gate in one go (types, lint, formatting, unit and
 * component tests), each run even when an earlier one fails so a single run
 * shows everything that is wrong, then the end-to-end tests in Chromium and in
 * Firefox. Ends
 * with a plain "N passed, N failed" line
 * counting each test and each gate, and exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeVersionProblem } from './node-version';

const nodeProblem = nodeVersionProblem();
if (nodeProblem) {
  process.stderr.write(`${nodeProblem}\n`);
  process.exit(1);
}

const bin = (name: string) => join(process.cwd(), 'node_modules', '.bin', name);
const gates: { name: string; command: string; args: string[] }[] = [
  { name: 'typecheck', command: bin('tsc'), args: ['--noEmit'] },
  { name: 'lint', command: bin('eslint'), args: ['.', '--max-warnings=0'] },
  { name: 'format', command: bin('prettier'), args: ['--check', '.', '--log-level=warn'] },
];

let passed = 0;
let failed = 0;
for (const gate of gates) {
  process.stdout.write(`\n▶ ${gate.name}\n`);
  const { status } = spawnSync(gate.command, gate.args, { stdio: 'inherit' });
  if (status === 0) passed++;
  else {
    failed++;
    process.stdout.write(`✖ ${gate.name} failed\n`);
  }
}

/** Runs a vitest suite, counting its tests into the totals. */
function vitest(title: string, config: string[]): void {
  process.stdout.write(`\n▶ ${title}\n`);
  const dir = mkdtempSync(join(tmpdir(), 'post-coach-'));
  const report = join(dir, 'vitest.json');
  const run = spawnSync(
    bin('vitest'),
    ['run', ...config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      stdio: 'inherit',
    },
  );
  try {
    const results = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += results.numPassedTests;
    failed += results.numFailedTests;
    // A suite that failed to load has no tests to count: count the run itself.
    if (run.status !== 0 && results.numFailedTests === 0) failed++;
  } catch {
    failed++;
    process.stdout.write(`✖ ${title} produced no results\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

vitest('unit, component and corpus tests', []);

/** Builds (counted as one gate), then runs the suite on success. */
function e2e(browser: string, builds: string[], config: string): void {
  process.stdout.write(`\n▶ build for end-to-end tests in ${browser}\n`);
  if (builds.every((script) => spawnSync('npm', ['run', '-s', script], { stdio: 'inherit' }).status === 0)) {
    passed++;
    vitest(`end-to-end tests in ${browser}`, ['-c', config]);
  } else {
    failed++;
    process.stdout.write(`✖ build for end-to-end tests in ${browser} failed\n`);
  }
}

// End-to-end: the built extension in real Chromium, then real Firefox, on the stand-in pages.
e2e('Chromium', ['build:e2e', 'build:fixtures'], 'vitest.e2e.config.ts');
e2e('Firefox', ['build:e2e:firefox', 'build:fixtures'], 'vitest.e2e.firefox.config.ts');

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
