/**
 * Rewrites in the side panel, in real Chromium: under an English UI, a French
 * draft typed in a stand-in composer gets its own sentence reworked in French,
 * with a Copy button that writes to the clipboard and never into the editor.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPOSERS } from './composers';
import { typeDraft } from './chromium-driver';
import { launchBrowser, tabIdOf, type Browser } from './harness';

const FACEBOOK = COMPOSERS.find((c) => c.name === 'Facebook post composer (Lexical rich text)')!;
const DRAFT = 'Notre galette des rois est de retour en boutique. Likez si vous aimez la galette !';
const REWRITE = 'Quelle est votre galette préférée\u202F?';

let browser: Browser;
let site: Page;

beforeAll(async () => {
  browser = await launchBrowser(['--lang=en-US']);
  site = await typeDraft(browser, FACEBOOK, DRAFT);
});

afterAll(async () => {
  await browser?.close();
});

describe('rewrites in the side panel', () => {
  it('a French draft under an English UI gets a French rewrite, copied to the clipboard, the editor untouched', async () => {
    const tabId = await tabIdOf(browser, site);
    const editorText = () => site.evaluate((m) => window.__fixture.texts[m]!(), FACEBOOK.model);
    await expect.poll(editorText).toBe(DRAFT);

    const origin = `chrome-extension://${browser.extensionId}`;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const panel = await browser.context.newPage();
    await panel.goto(`${origin}/sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => panel.locator('[data-testid="live-draft"]').textContent()).toBe(DRAFT);
    // The UI is English: its score line and the hint's message are.
    await expect.poll(() => panel.getByText(/^Community score \d+\/100/).count()).toBe(1);
    const like = panel.locator('[data-testid="live-findings"] li[data-rule="begging/like"]');
    await expect.poll(() => like.locator('strong').first().textContent()).toBe('Asking for likes or reactions');
    // Live mode (the default): the better way is one click away.
    await like.locator('summary').click();

    // The rewrite is in the draft's language, marked as such.
    const rewrite = like.locator('[data-rewrite]');
    expect(await rewrite.locator('.better-title').textContent()).toBe('Your sentence, reworked');
    expect(await rewrite.locator('q').textContent()).toBe(REWRITE);
    expect(await rewrite.locator('q').getAttribute('lang')).toBe('fr');

    await rewrite.getByRole('button', { name: /^Copy: / }).click();
    await expect.poll(() => rewrite.getByRole('status').textContent()).toBe('Copied');
    expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(REWRITE);
    // Copy is the only way the rewrite leaves the panel: the draft in the editor is as typed.
    expect(await editorText()).toBe(DRAFT);
    await panel.close();
  });
});
