/**
 * Firefox's own surfaces on a draft typed in a stand-in composer: the real
 * sidebar (`sidebar_action`, opened from the popup or the badge) follows the
 * active tab live, the popup checklist reads the same draft, and the options
 * page's settings and house-rule import apply to open pages without a reload.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPOSERS } from '../composers';
import { count, dataOf, fill, textOf, until, type Driver, type Tab } from '../driver';
import { launchFirefoxDriver } from './driver';

const LINKEDIN = COMPOSERS.find((c) => c.name === 'LinkedIn new share dialog (TipTap)')!;
const X = COMPOSERS.find((c) => c.name === 'X timeline post')!;
const BEGGING = 'Like and share this post! Follow us for more tips.';
const QUESTION = ' What is the hardest part of pricing your work?';
const MONDAY = 'Happy Monday!!!';

/** Firefox's `browser` namespace, as seen in an extension page. */
declare const browser: {
  sidebarAction: { isOpen(details: object): Promise<boolean>; close(): Promise<void> };
  extension: { getViews(filter?: { type?: string }): Window[] };
};

let driver: Driver;
let linkedin: Tab;
let x: Tab;
/** An extension page to ask Firefox about its sidebar from. */
let probe: Tab;

async function write(composer: typeof X, text: string): Promise<Tab> {
  const tab = await driver.newTab();
  await tab.goto(`${driver.origin}${composer.path}`);
  await tab.click(await composer.open(tab));
  await tab.type(text);
  await until(async () => (await tab.badge()) !== null, 'the badge');
  return tab;
}

/** What the real sidebar shows: its document, read from another extension page. */
const sidebar = () =>
  probe.evaluate(async () => {
    const [view] = browser.extension.getViews({ type: 'sidebar' });
    return {
      open: await browser.sidebarAction.isOpen({}),
      draft: view?.document.querySelector('[data-testid="live-draft"]')?.textContent ?? null,
      empty: view?.document.querySelector('[data-testid="live-empty"]') !== null,
    };
  });

/** Closes the sidebar from a real click, as Firefox asks (a button added to the probe page for it). */
async function closeSidebar(): Promise<void> {
  await probe.evaluate(() => {
    if (document.getElementById('close-sidebar')) return;
    const button = document.createElement('button');
    button.id = 'close-sidebar';
    button.textContent = 'close';
    button.style.cssText = 'position:fixed;top:0;left:0;z-index:9999';
    button.addEventListener('click', () => void browser.sidebarAction.close());
    document.body.append(button);
  });
  await probe.front();
  await probe.click('#close-sidebar');
  await expect.poll(() => sidebar().then((s) => s.open)).toBe(false);
}

/** Report windows open (the pop-out, `sidepanel.html?tabId=N`), with what they show. */
const reportWindows = () =>
  probe.evaluate(() =>
    browser.extension
      .getViews({})
      .filter((view) => view.location.pathname === '/sidepanel.html' && view.location.search.includes('tabId='))
      .map((view) => ({
        tabId: Number(new URLSearchParams(view.location.search).get('tabId')),
        draft: view.document.querySelector('[data-testid="live-draft"]')?.textContent ?? null,
      })),
  );

const rulesShown = (panel: Tab) => dataOf(panel, '[data-testid="live-findings"] li[data-rule]', 'rule');
const checks = (popup: Tab) =>
  popup.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-check]')].map((e) => [e.dataset.check, e.dataset.state]),
    ),
  );

beforeAll(async () => {
  driver = await launchFirefoxDriver();
  probe = await driver.extensionTab('options.html');
  linkedin = await write(LINKEDIN, BEGGING);
  x = await write(X, MONDAY);
});

afterAll(async () => {
  await driver?.close();
});

describe('Firefox sidebar, popup and options on a live draft', () => {
  it('opens its sidebar once at install (Firefox’s default), and the popup opens it again', async () => {
    expect((await sidebar()).open).toBe(true);
    await closeSidebar();
    const popup = await driver.extensionTab(`popup.html?tabId=${await driver.tabIdOf(linkedin)}`);
    await popup.click('[data-action="open-panel"]'); // a real click: Firefox needs the user's gesture
    await expect.poll(() => sidebar().then((s) => s.open)).toBe(true);

    // The sidebar is not pinned to a tab: it shows whichever tab is in front.
    await linkedin.front();
    await expect.poll(() => sidebar().then((s) => s.draft)).toBe(BEGGING);
    await x.front();
    await expect.poll(() => sidebar().then((s) => s.draft)).toBe(MONDAY);
    await linkedin.front();
    await expect.poll(() => sidebar().then((s) => s.draft)).toBe(BEGGING);
    await linkedin.type(QUESTION);
    await expect.poll(() => sidebar().then((s) => s.draft)).toBe(BEGGING + QUESTION);
    await closeSidebar();
  });

  it('the badge opens the report in a window of its own, or leaves it to an open sidebar', async () => {
    // Firefox opens a sidebar only from a click in an extension page; the badge's click is a message.
    const tabId = await driver.tabIdOf(x);
    await x.click('post-coach-badge');
    await expect.poll(() => reportWindows()).toEqual([{ tabId, draft: MONDAY }]);
    expect(await x.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Post text');
    await probe.evaluate(() => {
      for (const view of browser.extension.getViews({})) if (view.location.search) view.close();
    });
    await expect.poll(() => reportWindows()).toEqual([]);

    // With the sidebar open, the badge adds no window: the sidebar already shows this tab.
    const popup = await driver.extensionTab(`popup.html?tabId=${tabId}`);
    await popup.click('[data-action="open-panel"]');
    await expect.poll(() => sidebar().then((s) => s.open)).toBe(true);
    await x.front();
    await expect.poll(() => sidebar().then((s) => s.draft)).toBe(MONDAY);
    await x.click('post-coach-badge');
    await new Promise((r) => setTimeout(r, 500));
    expect(await reportWindows()).toEqual([]);
    await closeSidebar();
  });

  it('the popup checklist reads the draft, and remembers a question ticked for it', async () => {
    const popup = await driver.extensionTab(`popup.html?tabId=${await driver.tabIdOf(linkedin)}`);
    await expect.poll(() => checks(popup)).toMatchObject({ 'no-begging': 'fail', 'who-for': 'todo' });
    expect(await dataOf(popup, '[data-testid="ready"]', 'state')).toEqual(['fail']);
    await popup.click('#question-who-for');
    await popup.reload();
    await expect.poll(() => checks(popup).then((c) => c['who-for'])).toBe('pass');
    await popup.close();
  });

  it('options changed in the options page apply to an open side panel and popup without a reload', async () => {
    const tabId = await driver.tabIdOf(linkedin);
    const panel = await driver.extensionTab(`sidepanel.html?tabId=${tabId}`);
    const popup = await driver.extensionTab(`popup.html?tabId=${tabId}`);
    await expect.poll(() => rulesShown(panel)).toContain('begging/like');
    const options = await driver.extensionTab('options.html');
    await options.click('input[name="category-begging"]');
    await expect.poll(() => rulesShown(panel).then((r) => r.filter((id) => id.startsWith('begging/')))).toEqual([]);
    await expect.poll(() => checks(popup).then((c) => 'no-begging' in c)).toBe(false);
    await fill(options, '#ui-language', 'fr');
    await expect.poll(() => textOf(popup, 'h1')).toBe('Avant de publier');
    await expect
      .poll(() =>
        panel.evaluate(() =>
          /^Score communauté /.test(document.querySelector('[data-testid="live-score"]')?.textContent ?? ''),
        ),
      )
      .toBe(true);
    await options.click('button[data-action="reset"]');
    await options.click('button[data-action="reset-confirm"]');
    await expect.poll(() => textOf(popup, 'h1')).toBe('Before you post');
    await expect.poll(() => rulesShown(panel)).toContain('begging/like');
    await Promise.all([panel.close(), popup.close(), options.close()]);
  });

  it('an imported house rule fires in a composer; a broken import changes nothing', async () => {
    const options = await driver.extensionTab('options.html');
    await fill(options, '#pack-text', readFileSync('docs/house-rules.example.json', 'utf8'));
    await options.click('[data-action="import-pasted"]');
    await expect.poll(() => count(options, '[data-pack="atelier-community"]')).toBe(1);

    const page = await write(LINKEDIN, 'Hey guys, our new workshop is in partnership with Lune.');
    const panel = await driver.extensionTab(`sidepanel.html?tabId=${await driver.tabIdOf(page)}`);
    const houseRules = () => dataOf(panel, 'li[data-category="house-rules"]', 'rule').then((r) => r.sort());
    await expect
      .poll(houseRules)
      .toEqual(['house-rules/atelier-community.say-everyone', 'house-rules/atelier-community.sponsored-tag']);

    await fill(options, '#pack-text', '{ "format": "post-coach-house-rules", "rules": [ }');
    await options.click('[data-action="import-pasted"]');
    await expect.poll(() => textOf(options, '[data-testid="pack-error"]')).toMatch(/line 1/);
    await options.reload();
    // The page reads the packs from storage after it loads: wait for them, not for a time.
    await expect.poll(() => count(options, '[data-pack]')).toBe(1);

    await options.click('[data-pack="atelier-community"] button[aria-label^="Remove"]');
    await expect.poll(houseRules).toEqual([]);
    await Promise.all([options.close(), panel.close(), page.close()]);
  });

  it('the sidebar stops showing a draft as soon as its tab moves to another site', async () => {
    const page = await write(X, 'Like and share if you agree!');
    const popup = await driver.extensionTab(`popup.html?tabId=${await driver.tabIdOf(page)}`);
    await popup.click('[data-action="open-panel"]');
    await page.front();
    await expect.poll(() => sidebar().then((s) => s.draft)).toBe('Like and share if you agree!');
    await page.goto(`${driver.origin}${LINKEDIN.path}`);
    await expect.poll(() => sidebar()).toMatchObject({ draft: null, empty: true });
    await closeSidebar();
    await Promise.all([popup.close(), page.close()]);
  });
});
