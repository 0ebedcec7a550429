/**
 * The side panel, the popup and the options page in real Chromium, on a draft
 * typed in a stand-in composer: the panel follows the typing, the popup's
 * checklist reads the same draft, options apply to open pages without a
 * reload, and axe finds no accessibility violation on any page, light or dark.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPOSERS } from './composers';
import { playwrightTab, typeDraft } from './chromium-driver';
import { badgeState, launchBrowser, tabIdOf, type Browser } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LINKEDIN = COMPOSERS.find((c) => c.name === 'LinkedIn new share dialog (TipTap)')!;
const BEGGING = 'Like and share this post! Follow us for more tips.';
const QUESTION = ' What is the hardest part of pricing your work?';
const LONG_X = 'Our spring workshops are open for booking this week. '.repeat(14).trim();
const LONG_LINKEDIN =
  'Our galette is back this weekend.\nAlmond cream made here, a porcelain charm inside.\nOrder yours in the shop.\nOrders close on Thursday night, and the first batches leave at 7 am.';

let browser: Browser;
let site: Page;
let tabId: number;

const extensionPage = async (path: string) => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
};

const rulesShown = (panel: Page) =>
  panel
    .locator('[data-testid="live-findings"] li[data-rule]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.rule));

const checks = (popup: Page) =>
  popup
    .locator('[data-check]')
    .evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.check, (e as HTMLElement).dataset.state])),
    );

/**
 * axe-core run inside the page (DevTools evaluation, so the page's CSP does not apply to it).
 * Frames are left out: on the demo page they are the stand-ins for the sites, not ours.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: { iframes: boolean },
          ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document, { iframes: false });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  site = await typeDraft(browser, LINKEDIN, BEGGING);
  tabId = await tabIdOf(browser, site);
});

afterAll(async () => {
  await browser?.close();
});

describe('extension pages on a live draft', () => {
  it('the side panel follows the typing and the popup checklist reads the same draft', async () => {
    const panel = await extensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => panel.locator('[data-testid="live-draft"]').textContent()).toBe(BEGGING);
    expect(await rulesShown(panel)).toEqual(expect.arrayContaining(['begging/like', 'begging/follow']));
    expect(await panel.locator('[data-testid="live-score"]').getAttribute('role')).toBe('status');

    const popup = await extensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => checks(popup)).toMatchObject({ 'no-begging': 'fail', 'who-for': 'todo' });
    expect(await popup.locator('[data-testid="ready"]').getAttribute('data-state')).toBe('fail');

    // More typing: the panel updates live, with what works now.
    await site.bringToFront();
    await site.keyboard.type(QUESTION, { delay: 2 });
    await expect.poll(() => panel.locator('[data-testid="live-draft"]').textContent()).toBe(BEGGING + QUESTION);
    await expect.poll(() => panel.locator('[data-strength="question"]').count()).toBe(1);

    // A question ticked in the popup is remembered for this draft.
    await popup.reload();
    await popup.locator('#question-who-for').check();
    await popup.reload();
    await expect.poll(() => checks(popup).then((c) => c['who-for'])).toBe('pass');
    await popup.close();
    await panel.close();
  });

  it('muting a hint in the panel reaches the composer badge, and the mute can be undone', async () => {
    const panel = await extensionPage(`sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => rulesShown(panel)).toContain('begging/like');
    const before = (await badgeState(site))!.hints;
    // Live mode (the first run's): the actions are one click away, behind the hint's line.
    await panel.locator('li[data-rule="begging/like"] summary').click();
    await panel.locator('li[data-rule="begging/like"] [data-action="mute"]').click();
    await expect.poll(() => rulesShown(panel)).not.toContain('begging/like');
    await expect.poll(() => badgeState(site).then((b) => b?.hints)).toBe(before - 1);
    await panel.locator('[data-action="undo-mute"]').click();
    await expect.poll(() => rulesShown(panel)).toContain('begging/like');
    await expect.poll(() => badgeState(site).then((b) => b?.hints)).toBe(before);
    await panel.close();
  });

  it('options changed in the options page apply to an open side panel and popup without a reload', async () => {
    const panel = await extensionPage(`sidepanel.html?tabId=${tabId}`);
    const popup = await extensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => rulesShown(panel)).toContain('begging/like');
    const options = await extensionPage('options.html');
    await options.locator('input[name="category-begging"]').uncheck();
    await expect.poll(() => rulesShown(panel).then((r) => r.filter((id) => id?.startsWith('begging/')))).toEqual([]);
    await expect.poll(() => checks(popup).then((c) => 'no-begging' in c)).toBe(false);
    await options.locator('#ui-language').selectOption('fr');
    await expect.poll(() => panel.locator('[data-testid="live-score"]').textContent()).toMatch(/^Score communauté /);
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Avant de publier');
    // The tips themselves follow: the content script analyses again in French.
    await options.locator('input[name="category-begging"]').check();
    await expect.poll(() => panel.locator('li[data-rule="begging/like"] strong').textContent()).toMatch(/like/i);
    await expect
      .poll(() => panel.locator('li[data-rule="begging/like"] .severity').textContent())
      .toMatch(/Attention|Conseil/);
    await options.locator('button[data-action="reset"]').click();
    await options.locator('button[data-action="reset-confirm"]').click();
    await expect.poll(() => panel.locator('[data-testid="live-score"]').textContent()).toMatch(/^Community score /);
    await Promise.all([panel.close(), popup.close(), options.close()]);
  });

  it('an imported house rule fires in a composer; a broken import changes nothing', async () => {
    const options = await extensionPage('options.html');
    // The team's norms show in learning mode.
    await options.locator('input[name="panel-mode"][value="learning"]').check();
    await options.locator('#pack-text').fill(readFileSync('docs/house-rules.example.json', 'utf8'));
    await options.locator('[data-action="import-pasted"]').click();
    await options.locator('[data-pack="atelier-community"]').waitFor();

    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}${LINKEDIN.path}`);
    await page.click(await LINKEDIN.open(playwrightTab(page)));
    await page.keyboard.type('Hey guys, our new workshop is in partnership with Lune.', { delay: 2 });
    const panel = await extensionPage(`sidepanel.html?tabId=${await tabIdOf(browser, page)}`);
    const houseRules = () =>
      panel
        .locator('li[data-category="house-rules"]')
        .evaluateAll((els) =>
          els.map((e) => `${(e as HTMLElement).dataset.rule} ${e.querySelector('[data-source]')?.textContent}`),
        )
        .then((rules) => rules.sort());
    const expected = [
      'house-rules/atelier-community.say-everyone From the house rules: Atelier community team',
      'house-rules/atelier-community.sponsored-tag From the house rules: Atelier community team',
    ];
    await expect.poll(houseRules).toEqual(expected);
    await expect.poll(() => panel.locator('[data-testid="norms"]').count()).toBe(1);

    await options.locator('#pack-text').fill('{ "format": "post-coach-house-rules", "rules": [ }');
    await options.locator('[data-action="import-pasted"]').click();
    await expect.poll(() => options.locator('[data-testid="pack-error"]').textContent()).toMatch(/line 1/);
    await options.reload();
    // The page reads the packs from storage after it loads: wait for them, not for a time.
    await expect.poll(() => options.locator('[data-pack]').count()).toBe(1);
    await page.bringToFront();
    await page.keyboard.type(' Hey guys!', { delay: 2 });
    await expect.poll(() => panel.locator('[data-testid="live-draft"]').textContent()).toMatch(/Hey guys!$/);
    expect((await houseRules()).filter((r) => r.includes('say-everyone'))).toHaveLength(2);

    await options.locator('[data-pack="atelier-community"] button', { hasText: 'Remove' }).click();
    await expect.poll(houseRules).toEqual([]);
    await Promise.all([options.close(), panel.close(), page.close()]);
  });

  it('the same text posted on X then written on LinkedIn is a cross-post; clearing the history forgets it', async () => {
    const x = COMPOSERS.find((c) => c.name === 'X timeline post')!;
    const text =
      'Our spring workshop dates are out: three evenings on bookkeeping for freelancers, with templates to keep.';
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}${x.path}`);
    await page.click(await x.open(playwrightTab(page)));
    await page.keyboard.type(text, { delay: 1 });
    await expect.poll(() => badgeState(page)).not.toBeNull();
    await x.post(playwrightTab(page)); // the site clears the box: the draft is gone, its fingerprint kept
    const options = await extensionPage('options.html');
    await expect.poll(() => options.locator('[data-testid="history-count"]').textContent()).toMatch(/^1 /);

    await page.goto(`${browser.origin}${LINKEDIN.path}`);
    await page.click(await LINKEDIN.open(playwrightTab(page)));
    await page.keyboard.type(text, { delay: 1 });
    const panel = await extensionPage(`sidepanel.html?tabId=${await tabIdOf(browser, page)}`);
    const repetition = panel.locator('li[data-category="repetition"]');
    await expect.poll(() => repetition.getAttribute('data-rule')).toBe('repetition/cross-post');
    expect(await repetition.locator('strong').textContent()).toMatch(/your X draft/);

    await options.locator('[data-action="clear-history"]').click();
    await expect.poll(() => repetition.count()).toBe(0);
    await Promise.all([options.close(), panel.close(), page.close()]);
  });

  it.each(['light', 'dark'] as const)('has no accessibility violations on any page (%s)', async (colorScheme) => {
    // A long X draft too, so the thread preview is checked, and the options in French.
    const x = COMPOSERS.find((c) => c.name === 'X timeline post')!;
    const xPage = await browser.context.newPage();
    await xPage.goto(`${browser.origin}${x.path}`);
    await xPage.click(await x.open(playwrightTab(xPage)));
    await xPage.keyboard.insertText(LONG_X);
    await expect.poll(() => badgeState(xPage)).not.toBeNull();
    const xTab = await tabIdOf(browser, xPage);
    for (const path of [
      `sidepanel.html?tabId=${tabId}`,
      `sidepanel.html?tabId=${xTab}`,
      `popup.html?tabId=${tabId}`,
      'options.html',
      'options.html#section-data',
      'sidepanel.html',
      'popup.html',
    ]) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      await page.locator('.page').waitFor();
      if (path.startsWith('sidepanel.html?')) await page.locator('[data-testid="post-preview"]').waitFor();
      expect(await axeViolations(page), path).toEqual([]);
      await page.close();
    }
    await xPage.close();
    const demo = await browser.context.newPage();
    await demo.emulateMedia({ colorScheme });
    await demo.goto(`${browser.origin}/`);
    await demo.locator('iframe[data-demo="facebook"]').waitFor();
    expect(await axeViolations(demo), 'demo landing page').toEqual([]);
    await demo.close();
  });

  it('the demo landing page shows the three sites’ compose boxes on its first screen, each coached', async () => {
    const demo = await browser.context.newPage();
    await demo.setViewportSize({ width: 1280, height: 800 });
    await demo.goto(`${browser.origin}/`);
    const boxes = [
      ['x', '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]'],
      ['linkedin', '#comment-editor [contenteditable]'],
      ['facebook', '[contenteditable]'],
    ] as const;
    for (const [site, box] of boxes) {
      const frame = demo.frameLocator(`iframe[data-demo="${site}"]`);
      const editor = frame.locator(box).first();
      const rect = await editor.boundingBox();
      expect(rect, site).not.toBeNull();
      expect(rect!.y + rect!.height, `${site} box on the first screen`).toBeLessThanOrEqual(800);
      await editor.click();
      await demo.keyboard.type('Like and share if you agree!!!', { delay: 2 });
      await frame.locator('post-coach-badge:not([hidden])').waitFor();
    }
    await demo.close();
  });

  it('the popup puts each check’s label above and larger than its grey reason, in one aligned column (en, fr)', async () => {
    const options = await extensionPage('options.html');
    for (const lang of ['en', 'fr'] as const) {
      await options.locator('#ui-language').selectOption(lang);
      const popup = await extensionPage(`popup.html?tabId=${tabId}`);
      await popup.locator('[data-testid="checklist"] [data-check]').first().waitFor();
      const rows = await popup.locator('.checks li').evaluateAll((lis) =>
        lis.map((li) => {
          const label = li.querySelector('strong')!;
          const reason = li.querySelector('.reason')!;
          const mark = li.querySelector('.mark, input')!;
          return {
            label: parseFloat(getComputedStyle(label).fontSize),
            reason: parseFloat(getComputedStyle(reason).fontSize),
            markLeft: Math.round(mark.getBoundingClientRect().left + mark.getBoundingClientRect().width / 2),
            textLeft: Math.round(label.getBoundingClientRect().left),
          };
        }),
      );
      expect(rows.length).toBeGreaterThan(6);
      for (const row of rows) expect(row.label, lang).toBeGreaterThan(row.reason);
      expect(new Set(rows.map((r) => r.markLeft)).size, `${lang} ✓/✗ column`).toBe(1);
      expect(new Set(rows.map((r) => r.textLeft)).size, `${lang} label column`).toBe(1);
      await popup.close();
    }
    await options.locator('#ui-language').selectOption('browser');
    await options.close();
  });

  it('the side panel shows where LinkedIn folds a long post', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}${LINKEDIN.path}`);
    await page.click(await LINKEDIN.open(playwrightTab(page)));
    await page.keyboard.type(LONG_LINKEDIN, { delay: 1 });
    const panel = await extensionPage(`sidepanel.html?tabId=${await tabIdOf(browser, page)}`);
    await expect
      .poll(() => panel.locator('[data-testid="above-fold"]').textContent())
      .toBe(
        'Our galette is back this weekend.\nAlmond cream made here, a porcelain charm inside.\nOrder yours in the shop. …see more',
      );
    expect(await panel.locator('[data-testid="below-fold"]').textContent()).toMatch(/^Orders close on Thursday/);
    await Promise.all([panel.close(), page.close()]);
  });
});
