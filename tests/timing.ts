/**
 * For the tests that check growth (linear, not quadratic): the best of a few runs
 * of each size, taken in turns. This machine has busy phases of seconds; taking
 * the sizes in turns slows both alike instead of faking a slowdown of the larger.
 */
export function bestTimes<T>(run: (input: T) => void, small: T, large: T, rounds = 5): [number, number] {
  const timeOf = (input: T) => {
    const start = performance.now();
    run(input);
    return performance.now() - start;
  };
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < rounds; i++) {
    bestSmall = Math.min(bestSmall, timeOf(small));
    bestLarge = Math.min(bestLarge, timeOf(large));
  }
  return [bestSmall, bestLarge];
}
