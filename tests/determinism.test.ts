/**
 * The suite fails only when something is broken: no test reads a clock, sleeps
 * for a fixed time or draws unseeded random numbers (the machines running it are
 * shared and busy). Speed is printed by `npm run bench`, never asserted here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_SEED } from './setup';

const root = process.cwd();
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'fixtures']);

function testSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testSources(path);
    const isTest =
      /\.(test|e2e)\.tsx?$/.test(name) || (relative(root, path).startsWith('tests/') && /\.tsx?$/.test(name));
    return isTest ? [path] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/performance\.now\(/, 'a clock'],
  [/process\.hrtime/, 'a clock'],
  [/Math\.random\(/, 'an unseeded random draw'],
  [/getRandomValues\(/, 'an unseeded random draw'],
  [/waitForTimeout\(/, 'a fixed sleep (wait for a condition instead)'],
];

describe('tests that fail only when something is broken', () => {
  const files = ['analyzers', 'components', 'entrypoints', 'tests', 'utils'].flatMap((d) => testSources(join(root, d)));

  it('are found', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('read no clock, draw no unseeded random number and never sleep for a fixed time', () => {
    const self = join(root, 'tests/determinism.test.ts');
    const offences = files
      .filter((f) => f !== self)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            FORBIDDEN.filter(([re]) => re.test(line)).map(
              ([, what]) => `${relative(root, file)}:${i + 1} uses ${what}`,
            ),
          ),
      );
    expect(offences).toEqual([]);
  });

  it('draw property-test cases from a fixed seed', () => {
    expect(fc.readConfigureGlobal().seed).toBe(PROPERTY_SEED);
    const draw = () => fc.sample(fc.string(), 20);
    expect(draw()).toEqual(draw());
  });
});
