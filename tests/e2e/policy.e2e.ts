/**
 * Team rollout by policy, for real: a Chromium policy file in
 * /etc/chromium/policies/managed/ gives the extension (by its id) a house-rule
 * pack and a locked setting. Nothing is imported: the pack fires in a composer,
 * the locked setting applies, and the options page shows both as set by the
 * organisation. Writing there needs root, as CI runs; anywhere else the test
 * fails with a message saying so (see README, "Tests and CI").
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../tools/chromium';
import { COMPOSERS } from './composers';
import { launchBrowser, tabIdOf, type Browser } from './harness';
import { playwrightTab } from './chromium-driver';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'post-coach-e2e.json');
const LINKEDIN = COMPOSERS.find((c) => c.name === 'LinkedIn new share dialog (TipTap)')!;

/** Chromium's id for an unpacked extension: the SHA-256 of its path, in the letters a to p. */
function unpackedId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)]
    .map((c) => String.fromCharCode(97 + parseInt(c, 16)))
    .join('');
}

const pack = readFileSync('docs/house-rules.example.json', 'utf8');
let browser: Browser;

beforeAll(async () => {
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The policy test writes ${POLICY_FILE}, which needs root (CI runs as root). Run it as root, e.g. sudo npm run e2e.`,
    );
  }
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({
      '3rdparty': {
        extensions: {
          [unpackedId(EXTENSION_DIR)]: { houseRules: [pack], settings: { sensitivity: 'strict', learningMode: false } },
        },
      },
    }),
  );
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(POLICY_FILE, { force: true });
});

const extensionPage = async (path: string): Promise<Page> => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
};

describe('team rollout by policy', () => {
  it('the policy reaches the extension by its id', () => {
    expect(browser.extensionId).toBe(unpackedId(EXTENSION_DIR));
  });

  it('a pack and a locked setting arrive without any import, and the options page shows them as managed', async () => {
    const options = await extensionPage('options.html');
    await options.locator('[data-testid="managed-notice"]').waitFor();
    const managedPack = options.locator('[data-pack="atelier-community"][data-managed="pack"]');
    await managedPack.waitFor();
    expect(await managedPack.textContent()).toContain('Set by your organisation');
    expect(await managedPack.locator('button', { hasText: 'Remove' }).count()).toBe(0);
    expect(await managedPack.locator('input[type="checkbox"]').isDisabled()).toBe(true);
    expect(await options.locator('[data-managed="sensitivity"]').textContent()).toBe('Set by your organisation');
    expect(await options.locator('input[name="sensitivity"][value="strict"]').isChecked()).toBe(true);
    expect(await options.locator('input[name="sensitivity"][value="gentle"]').isDisabled()).toBe(true);
    expect(await options.locator('input[name="panel-mode"][value="learning"]').isDisabled()).toBe(true);
    // What the user may still change is not locked.
    expect(await options.locator('input[name="site-x"]').isDisabled()).toBe(false);

    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}${LINKEDIN.path}`);
    await page.click(await LINKEDIN.open(playwrightTab(page)));
    await page.keyboard.type('Hey guys, our new workshop is in partnership with Lune.', { delay: 2 });
    const panel = await extensionPage(`sidepanel.html?tabId=${await tabIdOf(browser, page)}`);
    const houseRules = () =>
      panel
        .locator('li[data-category="house-rules"]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.rule).sort());
    await expect
      .poll(houseRules)
      .toEqual(['house-rules/atelier-community.say-everyone', 'house-rules/atelier-community.sponsored-tag']);
    await Promise.all([options.close(), panel.close(), page.close()]);
  });
});
