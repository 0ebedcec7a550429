/**
 * The side panel follows the page in front: switching tabs, or moving the same
 * tab to another site, shows that page's draft (or none) at once, without a box
 * being focused again. The panel here is `sidepanel.html` without `?tabId`, in
 * a tab of the same window, so it follows the window's active tab as Chrome's
 * side panel does (Playwright cannot reach the real panel's page).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPOSERS } from './composers';
import { playwrightTab } from './chromium-driver';
import { badgeState, launchBrowser, type Browser } from './harness';

const X = COMPOSERS.find((c) => c.name === 'X timeline post')!;
const LINKEDIN = COMPOSERS.find((c) => c.name === 'LinkedIn new share dialog (TipTap)')!;
const X_DRAFT = 'Like and share if you agree!';
const LINKEDIN_DRAFT = 'Proud to announce we won the award. Follow us for more!';

let browser: Browser;
let panel: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
});
afterAll(async () => browser?.close());

/** A new tab in front, with a draft typed into one of its boxes. */
async function write(composer: (typeof COMPOSERS)[number], text: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${browser.origin}${composer.path}`);
  await page.bringToFront();
  await page.click(await composer.open(playwrightTab(page)));
  await page.keyboard.type(text, { delay: 2 });
  await expect.poll(() => badgeState(page)).not.toBeNull();
  return page;
}

/** What the panel shows: the draft and its site, or null when it shows no draft. */
async function shown(): Promise<{ platform: string | undefined; draft: string | null } | null> {
  if ((await panel.locator('[data-testid="live-empty"]').count()) === 1) return null;
  const report = panel.locator('[data-testid="live-report"]');
  if ((await report.count()) === 0) return { platform: undefined, draft: null };
  return {
    platform: (await report.getAttribute('data-platform')) ?? undefined,
    draft: await panel.locator('[data-testid="live-draft"]').textContent(),
  };
}

describe('the side panel follows the page in front', () => {
  it('shows the draft of the tab switched to, and nothing once its tab moved to another site', async () => {
    const onX = await write(X, X_DRAFT);
    await expect.poll(shown).toEqual({ platform: 'x', draft: X_DRAFT });

    const onLinkedin = await write(LINKEDIN, LINKEDIN_DRAFT);
    await expect.poll(shown).toEqual({ platform: 'linkedin', draft: LINKEDIN_DRAFT });

    // Back to the first tab: its draft, though no box was focused again.
    await onX.bringToFront();
    await expect.poll(shown).toEqual({ platform: 'x', draft: X_DRAFT });
    await onLinkedin.bringToFront();
    await expect.poll(shown).toEqual({ platform: 'linkedin', draft: LINKEDIN_DRAFT });

    // The same tab goes from the X page to the LinkedIn one: the X draft is gone from the panel.
    await onX.bringToFront();
    await expect.poll(shown).toEqual({ platform: 'x', draft: X_DRAFT });
    await onX.goto(`${browser.origin}${LINKEDIN.path}`);
    await expect.poll(shown).toBeNull();
    // And what is written there shows as usual.
    await onX.click(await LINKEDIN.open(playwrightTab(onX)));
    await onX.keyboard.type('Tag a friend who needs this', { delay: 2 });
    await expect.poll(shown).toEqual({ platform: 'linkedin', draft: 'Tag a friend who needs this' });

    // The other tab's draft was never touched.
    await onLinkedin.bringToFront();
    await expect.poll(shown).toEqual({ platform: 'linkedin', draft: LINKEDIN_DRAFT });
    // A page of a site the coach does not run on, in the same tab: nothing shown.
    await onLinkedin.goto(`${browser.origin}/`);
    await expect.poll(shown).toBeNull();
  });
});
