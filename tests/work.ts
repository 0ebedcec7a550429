/**
 * Work done by the engine, counted instead of timed, for the tests that check
 * growth (linear, not quadratic): a clock on this shared, busy machine fails by
 * chance, a count does not. V8's precise block coverage counts every block
 * (each loop iteration, each branch taken) executed in analyzers/, so a loop
 * that goes quadratic anywhere in the engine shows; nothing is added to the
 * shipped code. Function entries are left out: V8 does not count calls it has
 * inlined into optimised code, so they vary from run to run; blocks do not.
 * Work inside built-ins (a regular expression's own steps, a branch-free
 * callback of `map`) is not counted: tests/engine/redos.test.ts proves each
 * expression linear.
 */
import { Session } from 'node:inspector/promises';

export interface WorkCounter {
  /** Blocks executed (in files whose address holds `where`) while `run` runs. */
  count(run: () => void): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts counting. Only code compiled afterwards is counted exactly, so import
 * the engine after this call (`await import(...)`), not with a static import.
 */
export async function startCountingWork(where = '/analyzers/'): Promise<WorkCounter> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  const take = async () => {
    // Each take resets the counters.
    const { result } = await session.post('Profiler.takePreciseCoverage');
    let blocks = 0;
    for (const script of result) {
      if (!script.url.includes(where)) continue;
      // ranges[0] is the whole function, counted by calls; the others are its blocks.
      for (const fn of script.functions) for (const range of fn.ranges.slice(1)) blocks += range.count;
    }
    return blocks;
  };
  return {
    async count(run) {
      await take();
      run();
      return take();
    },
    async stop() {
      await session.post('Profiler.stopPreciseCoverage');
      await session.post('Profiler.disable');
      session.disconnect();
    },
  };
}

/**
 * Work for an input of size n and one of size k·n, after a first run at n that
 * fills the engine's lazy caches (phrase index, folded characters), which
 * would otherwise count against the small input.
 */
export async function workAt<T>(
  counter: WorkCounter,
  run: (input: T) => void,
  make: (n: number) => T,
  n: number,
  k: number,
): Promise<{ small: number; large: number; ratio: number }> {
  run(make(n));
  const small = await counter.count(() => run(make(n)));
  const large = await counter.count(() => run(make(k * n)));
  return { small, large, ratio: large / small };
}
