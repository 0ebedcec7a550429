/**
 * Zero network: Chromium's own network log records every request of every
 * context (service worker, content scripts, side panel, popup, options, the
 * pages) while the coach is used everywhere; none may leave the extension or
 * the local test page.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { COMPOSERS } from './composers';
import { playwrightTab } from './chromium-driver';
import { badgeState, launchBrowser } from './harness';

const LOCAL = /^(http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|chrome-extension:\/\/|data:|blob:)/;

/**
 * Chromium's own background services, which talk to Google whatever extension
 * is loaded. Each network request carries a traffic annotation, a stable hash
 * of the service's id; web content (pages, extension pages, the service worker,
 * content scripts) uses the navigation and blink loader annotations instead.
 */
const BROWSER_SERVICES: Record<string, string> = {
  '35565745': 'Google account list (sign-in)',
  '54845618': 'component updater',
  '117649486': 'spell-check dictionary download',
};

interface NetEvent {
  source: { id: number; type: number };
  params?: { url?: string; traffic_annotation?: number };
}

it('sends nothing anywhere while coaching on every site and using every page', async () => {
  const log = join(mkdtempSync(join(tmpdir(), 'post-coach-netlog-')), 'netlog.json');
  const browser = await launchBrowser([`--log-net-log=${log}`, '--net-log-capture-mode=Default']);
  try {
    for (const composer of COMPOSERS) {
      const page = await browser.context.newPage();
      await page.goto(`${browser.origin}${composer.path}`);
      await page.click(await composer.open(playwrightTab(page)));
      await page.keyboard.type('Proud to announce our offer! Like and share, buy now 👉 https://example.com', {
        delay: 2,
      });
      await expect.poll(() => badgeState(page)).not.toBeNull();
      await composer.post(playwrightTab(page));
      await page.close();
    }
    const page = await browser.context.newPage();
    for (const path of ['sidepanel.html', 'popup.html', 'options.html']) {
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      // Open every folded section, type in the paste-in checker, flip a setting.
      const folded = page.locator('details:not([open]) > summary');
      for (let i = 0; i < 10 && (await folded.count()) > 0; i++) await folded.first().click();
      const draft = page.locator('textarea');
      if (await draft.count()) await draft.first().fill('Follow us on Instagram! https://example.com');
      const learning = page.locator('input[name="panel-mode"][value="learning"]');
      if (await learning.count()) await learning.click();
    }
    await page.close();
  } finally {
    await browser.close(); // the log is complete once the browser has exited
  }
  // Group the log's events by request: the URL and the annotation come in different events.
  const netlog = JSON.parse(readFileSync(log, 'utf8')) as {
    constants: { logSourceType: Record<string, number> };
    events: NetEvent[];
  };
  // Only URL requests: other sources (stream jobs, sockets) repeat their URLs without the annotation.
  const URL_REQUEST = netlog.constants.logSourceType.URL_REQUEST;
  const requests = new Map<number, { url?: string; annotation?: string }>();
  for (const e of netlog.events) {
    if (e.source.type !== URL_REQUEST) continue;
    const request = requests.get(e.source.id) ?? {};
    if (e.params?.url) request.url ??= e.params.url;
    if (e.params?.traffic_annotation !== undefined) request.annotation ??= String(e.params.traffic_annotation);
    requests.set(e.source.id, request);
  }
  const all = [...requests.values()].filter((r) => r.url);
  expect(all.filter((r) => LOCAL.test(r.url!)).length).toBeGreaterThan(10); // the log did record the local traffic
  const leaving = all.filter((r) => !LOCAL.test(r.url!) && !(r.annotation && r.annotation in BROWSER_SERVICES));
  expect(leaving.map((r) => `${r.url} (annotation ${r.annotation})`)).toEqual([]);
  expect(browser.requests.filter((u) => !LOCAL.test(u))).toEqual([]);
});
