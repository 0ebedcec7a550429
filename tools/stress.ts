/**
 * `npm run test:stress`: the whole suite (`npm test`) three times in a row while
 * two busy loops keep the machine's cores spinning, as on a shared CI machine
 * with other work running. A suite that fails only when something is broken
 * passes every run. Prints each run's "N passed, N failed" line and exits
 * non-zero if any run failed. `--runs N` and `--loops N` change the counts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, loops: { type: 'string', default: '2' } },
});
const runs = Number(values.runs);
const loopCount = Number(values.loops);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(loopCount) || loopCount < 0) {
  process.stderr.write('--runs must be a whole number of at least 1 and --loops a whole number\n');
  process.exit(2);
}

const loops: ChildProcess[] = Array.from({ length: loopCount }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopLoops = () => {
  for (const loop of loops) loop.kill('SIGKILL');
};
/** The suite running now, in its own process group so that stopping the stress run stops all of it. */
let running: ChildProcess | undefined;
process.on('exit', stopLoops);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopLoops();
    if (running?.pid) process.kill(-running.pid, 'SIGTERM');
    process.exit(130);
  });
}

/** Runs `npm test`, passing its output through, and returns its exit code and closing totals line. */
function suite(): Promise<{ code: number; totals: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['test', '--silent'], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    running = child;
    let tail = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString('utf8')).slice(-2000);
    });
    child.on('close', (code) => {
      running = undefined;
      const totals = [...tail.matchAll(/^\d+ passed, \d+ failed$/gm)].at(-1)?.[0] ?? 'no totals line';
      resolve({ code: code ?? 1, totals });
    });
  });
}

const results: { code: number; totals: string; seconds: number }[] = [];
for (let i = 1; i <= runs; i++) {
  process.stdout.write(`\n━━ stress run ${i} of ${runs}, ${loopCount} busy loops running ━━\n`);
  const start = Date.now();
  const result = await suite();
  results.push({ ...result, seconds: Math.round((Date.now() - start) / 1000) });
}
stopLoops();

process.stdout.write(`\n━━ stress summary (${loopCount} busy loops) ━━\n`);
results.forEach((r, i) =>
  process.stdout.write(`run ${i + 1}: ${r.code === 0 ? 'passed' : 'FAILED'}: ${r.totals} (${r.seconds} s)\n`),
);
const failedRuns = results.filter((r) => r.code !== 0).length;
process.stdout.write(`stress: ${runs - failedRuns} of ${runs} runs passed\n`);
process.exitCode = failedRuns > 0 ? 1 : 0;
