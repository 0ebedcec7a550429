/** The shared scenarios' driver for Firefox: puppeteer-core over WebDriver BiDi. */
import type { Server } from 'node:http';
import type { Browser, Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN, launchFirefox } from '../../../tools/firefox';
import { startFixtureServer } from '../../../tools/fixture-server';
import { chord, type BadgeState, type Driver, type Launch, type Tab } from '../driver';

/** Puppeteer's CSS does not pierce shadow roots by itself: `pierce/` does, `>>>` crosses one. */
const css = (selector: string) => (selector.includes('>>>') ? selector : `pierce/${selector}`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for a document that is loaded and is not the one marked before a navigation. */
async function settled(page: Page, url?: string): Promise<void> {
  const end = Date.now() + 20_000;
  for (;;) {
    const ready = await page
      .evaluate(
        (u) =>
          document.readyState === 'complete' &&
          !(window as { __leaving?: boolean }).__leaving &&
          (u === null || location.href === u),
        url ?? null,
      )
      .catch(() => false); // between documents
    if (ready) return;
    if (Date.now() > end) throw new Error(`Firefox did not load ${url ?? 'the page'}`);
    await sleep(50);
  }
}

export function puppeteerTab(page: Page): Tab & { page: Page } {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    page,
    errors,
    goto: async (url) => {
      if (url.startsWith('moz-extension:')) {
        // BiDi never reports the end of a navigation that changes process: watch the document instead.
        await page.evaluate(() => ((window as { __leaving?: boolean }).__leaving = true)).catch(() => {});
        page.goto(url, { timeout: 0 }).catch(() => {});
        await settled(page, url);
      } else await page.goto(url);
    },
    click: (selector) => page.click(css(selector)),
    focus: async (selector, frameTitle) => {
      if (!frameTitle) return page.focus(css(selector));
      const frame = await (await page.$(`iframe[title="${frameTitle}"]`))?.contentFrame();
      if (!frame) throw new Error(`no frame titled ${frameTitle}`);
      await frame.focus(selector);
    },
    type: (text) => page.keyboard.type(text, { delay: 5 }),
    press: async (key) => {
      const keys = chord(key) as Parameters<Page['keyboard']['press']>[0][];
      for (const k of keys.slice(0, -1)) await page.keyboard.down(k);
      await page.keyboard.press(keys.at(-1)!);
      for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    front: () => page.bringToFront(),
    reload: async () => {
      await page.evaluate(() => {
        (window as { __leaving?: boolean }).__leaving = true;
        location.reload();
      });
      await settled(page);
    },
    close: () => page.close(),
    badge: async () => {
      // No DevTools protocol here: the Firefox e2e build alone exports the hook's readers to the page.
      for (const frame of page.frames()) {
        const state = await frame
          .evaluate(
            () => (window as { __postCoachE2E?: { badge(): BadgeState | null } }).__postCoachE2E?.badge() ?? null,
          )
          .catch(() => null); // the frame went away meanwhile
        if (state) return state;
      }
      return null;
    },
  };
}

/** Firefox's `browser` namespace, as seen in an extension page. */
declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
};

export const launchFirefoxDriver: Launch = async ({ extension = true } = {}) =>
  firefoxDriver(await launchFirefox({ extension }));

/** A driver over a running Firefox (the zero-network test launches its own with proxy prefs). */
export async function firefoxDriver(ff: Browser): Promise<Driver & { firefox: Browser }> {
  const { server, origin } = await startFixtureServer();
  let helper: Tab | undefined;
  const extensionTab = async (path: string) => {
    // A new tab has the window's focus (Firefox's first tab does not in headless mode).
    const tab = puppeteerTab(await ff.newPage());
    await tab.goto(`${EXTENSION_ORIGIN}/${path}`);
    return tab;
  };
  return {
    browser: 'firefox',
    firefox: ff,
    origin,
    newTab: async () => puppeteerTab(await ff.newPage()),
    extensionTab,
    tabIdOf: async (tab) => {
      // An extension page asks which tab is active once this one is brought to the front.
      helper ??= await extensionTab('options.html');
      await tab.front();
      return helper.evaluate(async () => {
        const [active] = await browser.tabs.query({ active: true, currentWindow: true });
        return active?.id ?? -1;
      });
    },
    close: async () => {
      await ff.close();
      await new Promise<void>((resolve) => (server as Server).close(() => resolve()));
    },
  };
}
