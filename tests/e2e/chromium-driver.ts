/** The shared scenarios' driver for Chromium: playwright-core, the harness's browser. */
import { chromium, type Page } from 'playwright-core';
import type { Composer } from './composers';
import { chord, type Driver, type Launch, type Tab } from './driver';
import { badgeState, chromiumPath, launchBrowser, tabIdOf, type Browser } from './harness';

/** A Playwright page as a scenario tab (Playwright's CSS already pierces open shadow roots). */
export function playwrightTab(page: Page): Tab {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const css = (selector: string) => selector.replaceAll('>>>', ' ');
  return {
    page,
    errors,
    goto: async (url) => void (await page.goto(url)),
    click: (selector) => page.click(css(selector)),
    focus: (selector, frameTitle) =>
      frameTitle
        ? page.frameLocator(`iframe[title="${frameTitle}"]`).locator(css(selector)).focus()
        : page.locator(css(selector)).focus(),
    type: (text) => page.keyboard.type(text, { delay: 5 }),
    press: (key) => page.keyboard.press(chord(key).join('+')),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    front: () => page.bringToFront(),
    reload: async () => void (await page.reload()),
    close: () => page.close(),
    // Over the DevTools protocol, in the content script's isolated world.
    badge: () => badgeState(page),
  } as Tab & { page: Page };
}

/** The Playwright page behind a scenario tab (Chromium-only checks). */
export const pageOf = (tab: Tab): Page => (tab as Tab & { page: Page }).page;

export const launchChromium: Launch = async ({ extension = true } = {}) => {
  if (!extension) {
    const plain = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: ['--disable-gpu', '--no-first-run'],
    });
    return {
      browser: 'chromium',
      origin: '',
      newTab: async () => playwrightTab(await plain.newPage()),
      extensionTab: () => Promise.reject(new Error('no extension in the control browser')),
      tabIdOf: () => Promise.reject(new Error('no extension in the control browser')),
      close: () => plain.close(),
    };
  }
  const browser: Browser = await launchBrowser();
  return chromiumDriver(browser);
};

/** The harness browser behind a driver (Chromium-only checks through the service worker). */
export function harnessOf(driver: Driver): Browser {
  const { harness } = driver as Driver & { harness?: Browser };
  if (!harness) throw new Error('not a Chromium driver with the extension');
  return harness;
}

/** A driver over a harness browser that a test already launched. */
export function chromiumDriver(browser: Browser): Driver & { harness: Browser } {
  return {
    browser: 'chromium',
    harness: browser,
    origin: browser.origin,
    newTab: async () => playwrightTab(await browser.context.newPage()),
    extensionTab: async (path) => {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      return playwrightTab(page);
    },
    tabIdOf: (tab) => tabIdOf(browser, pageOf(tab)),
    close: () => browser.close(),
  };
}

/** Opens a stand-in composer in a new page and types a draft in it; the page, once the coach shows its badge. */
export async function typeDraft(browser: Browser, composer: Composer, text: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${browser.origin}${composer.path}`);
  await page.click(await composer.open(playwrightTab(page)));
  await page.keyboard.type(text, { delay: 2 });
  await page.waitForFunction(() => document.querySelector('post-coach-badge:not([hidden])') !== null);
  return page;
}
