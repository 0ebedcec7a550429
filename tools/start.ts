/**
 * `npm start`: builds the extension (test flavour, which also runs on the local
 * stand-ins) and the stand-in pages, serves them, and opens Chromium with the
 * extension loaded on the demo page, so the coach can be tried without logging
 * in anywhere. `npm start -- --firefox` does the same in Firefox. Close the
 * browser to stop.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumSandbox, EXTENSION_DIR, extensionArgs, findChromium } from './chromium';
import { FIREFOX_EXTENSION_DIR, findFirefox, launchFirefox } from './firefox';
import { startFixtureServer } from './fixture-server';

const firefox = process.argv.includes('--firefox');

function step(title: string, args: string[]) {
  process.stdout.write(`▶ ${title}\n`);
  const run = spawnSync('npm', ['run', '-s', ...args], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

step('building the extension (with the local stand-ins enabled)', [firefox ? 'build:e2e:firefox' : 'build:e2e']);
step('building the stand-in pages', ['build:fixtures']);

const { server, origin } = await startFixtureServer(Number(process.env.PORT ?? 0));
const demo = `${origin}/`;
const executablePath = firefox ? findFirefox() : findChromium();
const manual = firefox
  ? `To try it in your own Firefox instead: open about:debugging#/runtime/this-firefox,
"Load Temporary Add-on…" ${join(FIREFOX_EXTENSION_DIR, 'manifest.json')}, then visit ${demo}`
  : `To try it in your own browser instead: open chrome://extensions, switch on Developer mode,
"Load unpacked" ${EXTENSION_DIR}, then visit ${demo}`;
const name = firefox ? 'Firefox' : 'Chromium';

if (!executablePath) {
  const hint = firefox
    ? 'set FIREFOX_PATH, or apt-get install firefox-esr'
    : 'set CHROMIUM_PATH, or apt-get install chromium';
  console.log(`\nNo ${name} found (${hint}).\n${manual}\nServing the demo at ${demo}; Ctrl+C to stop.`);
} else if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(
    `\nNo display to open a browser on (try: xvfb-run npm start).\n${manual}\nServing the demo at ${demo}; Ctrl+C to stop.`,
  );
} else if (firefox) {
  const browser = await launchFirefox({ headless: false });
  const page = await browser.newPage();
  await page.goto(demo);
  console.log(
    `\nPost Coach is loaded in Firefox on ${demo}. Write in any box; the sidebar (View › Sidebar) shows the report.\nClose the browser window to stop.`,
  );
  browser.on('disconnected', () => {
    server.close();
    process.exit(0);
  });
} else {
  const profile = mkdtempSync(join(tmpdir(), 'post-coach-demo-'));
  const launch = (sandbox: boolean) =>
    chromium.launchPersistentContext(profile, {
      executablePath,
      headless: false,
      viewport: null,
      chromiumSandbox: sandbox,
      args: extensionArgs(),
    });
  const context = await launch(chromiumSandbox()).catch((error: unknown) => {
    if (!chromiumSandbox()) throw error;
    // Some systems forbid the user namespaces the sandbox needs: say so, then run without it.
    console.warn(`Chromium would not start with its sandbox (${String(error).split('\n')[0]}); starting it without.`);
    return launch(false);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demo);
  console.log(
    `\nPost Coach is loaded in ${name} on ${demo}. Write in any box; click the badge for the side panel.\nClose the browser window to stop.`,
  );
  context.on('close', () => {
    server.close();
    rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  });
}
