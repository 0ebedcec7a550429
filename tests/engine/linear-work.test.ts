/**
 * The engine's work grows linearly with the draft on adversarial inputs: the
 * work is counted (tests/work.ts), not timed, so the result does not depend on
 * how busy the machine is. Each case compares the work for a draft of size n
 * with the work for 8·n: linear is ×8 (a little less, as fixed costs are shared),
 * quadratic ×64. `npm run bench` prints the timings of the same drafts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startCountingWork, workAt } from '../work';
import { ADVERSARIAL_DRAFTS, NEAR_MATCH_PACK, nearMatchDraft } from './adversarial-drafts';

const counter = await startCountingWork();
// Imported after the counter started: only code compiled afterwards is counted exactly.
const { analyze } = await import('../../analyzers');
const { xWeightedLength } = await import('../../analyzers/site-rules/x-length');
const fixtures = await startCountingWork('/tests/engine/fixtures/');
const { linearScan, quadraticScan } = await import('./fixtures/growth');
afterAll(async () => {
  await fixtures.stop();
  await counter.stop();
});

const K = 8;
/** Linear work, with room for small fixed costs; quadratic would be 64. */
const LINEAR_BOUND = 9;

describe('counting work', () => {
  it('tells a linear scan from a quadratic one', async () => {
    const make = (n: number) => 'ab'.repeat(n);
    expect((await workAt(fixtures, linearScan, make, 200, K)).ratio).toBeLessThan(LINEAR_BOUND);
    expect((await workAt(fixtures, quadraticScan, make, 200, K)).ratio).toBeGreaterThan(50);
  });

  it('is the same for the same input', async () => {
    const run = () => void analyze('like and share and follow us '.repeat(50), { platform: 'linkedin' });
    run();
    const first = await counter.count(run);
    expect(first).toBeGreaterThan(1000);
    for (let i = 0; i < 20; i++) run(); // long enough for V8 to optimise and inline the engine
    expect(await counter.count(run)).toBe(first);
  });
});

describe('analysis work grows linearly on adversarial drafts', () => {
  const analyzeLinkedIn = (text: string) => void analyze(text, { platform: 'linkedin' });
  it.each(ADVERSARIAL_DRAFTS)('%s', async (_name, make) => {
    const { ratio } = await workAt(counter, analyzeLinkedIn, make, 1_000, K);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });
});

describe('X weighted length work grows linearly on adversarial text', () => {
  it.each([
    ['dots between letters', (n: number) => 'a.'.repeat(n)],
    ['accented letters glued', (n: number) => 'aé'.repeat(n)],
    ['one endless link', (n: number) => `https://example.com/${'a'.repeat(n)}`],
    ['punctuation runs', (n: number) => 'a'.repeat(3) + '!'.repeat(n) + 'b'],
  ])('%s', async (_name, make) => {
    const { ratio } = await workAt(counter, xWeightedLength, make, 10_000, K);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });
});

describe('house rules', () => {
  it('work grows linearly on long drafts full of near-matches', async () => {
    const packs = [NEAR_MATCH_PACK];
    const run = (text: string) => void analyze(text, { platform: 'linkedin', houseRules: packs });
    const { ratio } = await workAt(counter, run, nearMatchDraft, 1_000, K);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });
});
