/**
 * `npm run screenshots`: the side panel and the popup on a draft typed in the
 * LinkedIn stand-in, in English and French, light and dark, written to
 * docs/screenshots for the README. Needs `npm run build:e2e` and
 * `npm run build:fixtures` (run first here) and Debian's chromium. Also the
 * calendar report of the example calendar.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, tabIdOf } from '../tests/e2e/harness';
import { screenshotReport } from './screenshot-report';

const OUT = join(process.cwd(), 'docs/screenshots');
const DRAFT =
  'We just hit 10k followers, so proud of our team! Like and share this post and follow us for more 🙏 What is the hardest part of pricing your work?';

for (const script of ['build:e2e', 'build:fixtures']) {
  const run = spawnSync('npm', ['run', '-s', script], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
mkdirSync(OUT, { recursive: true });
console.log(`wrote ${await screenshotReport(OUT)}`);

const browser = await launchBrowser();
try {
  const site = await browser.context.newPage();
  await site.goto(`${browser.origin}/linkedin/`);
  await site.click('#start-post-new');
  await site.click('[componentkey="ShareBox_textEditor"]');
  await site.keyboard.type(DRAFT, { delay: 1 });
  await site.waitForFunction(() => document.querySelector('post-coach-badge:not([hidden])') !== null);
  const tabId = await tabIdOf(browser, site);
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);

  for (const lang of ['en', 'fr'] as const) {
    await options.locator('#ui-language').selectOption(lang);
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [name, path, width] of [
        ['sidepanel', `sidepanel.html?tabId=${tabId}`, 400],
        ['popup', `popup.html?tabId=${tabId}`, 420],
      ] as const) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
        await page.locator(name === 'popup' ? '[data-testid="checklist"]' : '[data-testid="live-findings"]').waitFor();
        const file = join(OUT, `${name}-${lang}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: name === 'popup' });
        console.log(`wrote ${file}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
