/**
 * Refreshes the DOM snapshots the adapter unit tests read
 * (tests/fixtures/dom/*.json): types one draft into each stand-in editor in
 * plain Chromium, then saves the page's DOM (LinkedIn's shadow root alongside)
 * and what the editor's own model holds.
 *   npm run build:fixtures && npx tsx tests/e2e/capture-dom.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startFixtureServer } from '../../tools/fixture-server';
import { COMPOSERS } from './composers';
import { playwrightTab } from './chromium-driver';
import { chromiumPath } from './harness';

/** Mentions, emoji, an empty line and a hashtag: the hard parts of reading a draft. */
const PARTS = ['Hi @marta 👋 café', 'NEWLINE', 'NEWLINE', 'Like and share #likeforlike'];

async function typeInto(page: Page, newline: string) {
  for (const part of PARTS) {
    if (part === 'NEWLINE') await page.keyboard.press(newline);
    else await page.keyboard.type(part, { delay: 5 });
  }
}

const { server, origin } = await startFixtureServer();
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
try {
  for (const composer of COMPOSERS) {
    const page = await browser.newPage();
    await page.goto(`${origin}${composer.path}`);
    const selector = await composer.open(playwrightTab(page));
    await page.click(selector);
    await typeInto(page, composer.newline);
    const text = await page.evaluate((m) => window.__fixture.texts[m]!(), composer.model);
    const snapshot = await page.evaluate(() => {
      const host = document.getElementById('interop-outlet');
      return {
        html: document.body.outerHTML,
        shadow: host?.shadowRoot ? { host: '#interop-outlet', html: host.shadowRoot.innerHTML } : null,
      };
    });
    const entry = {
      composer: composer.name,
      platform: composer.platform,
      kind: composer.kind,
      path: composer.path,
      selector,
      text,
      ...snapshot,
    };
    writeFileSync(
      join('tests/fixtures/dom', `${composer.platform}-${composer.model}.json`),
      `${JSON.stringify(entry, null, 1)}\n`,
    );
    console.log(`${composer.name}: ${JSON.stringify(text)}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
