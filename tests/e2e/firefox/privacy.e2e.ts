/**
 * Zero network in Firefox: the profile's proxy points at a local recorder, so
 * any connection any part of Firefox opens to anywhere but the local test page
 * (background page, content scripts, sidebar, popup, options, the pages
 * themselves) reaches the recorder, which notes it and refuses it. Firefox
 * never proxies localhost, so the stand-in pages load directly.
 */
import { createServer, type Server } from 'node:net';
import { expect, it } from 'vitest';
import { launchFirefox } from '../../../tools/firefox';
import { COMPOSERS } from '../composers';
import { count } from '../driver';
import { firefoxDriver } from './driver';

/** A "proxy" that records the first line of every request (`CONNECT host:443 …`, `GET http://…`). */
async function startRecorder(): Promise<{ port: number; seen: string[]; server: Server }> {
  const seen: string[] = [];
  const server = createServer((socket) => {
    socket.once('data', (chunk) => {
      seen.push(chunk.toString('latin1').split('\r\n')[0] ?? '?');
      socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, seen, server };
}

it('sends nothing anywhere while coaching on every site and using every page', async () => {
  const recorder = await startRecorder();
  const proxy = (kind: string) => ({
    [`network.proxy.${kind}`]: '127.0.0.1',
    [`network.proxy.${kind}_port`]: recorder.port,
  });
  const driver = await firefoxDriver(
    await launchFirefox({
      prefs: {
        'network.proxy.type': 1, // manual
        ...proxy('http'),
        ...proxy('ssl'),
        'network.proxy.no_proxies_on': '',
      },
    }),
  );
  try {
    // The recorder does see what Firefox sends away (the check below is not blind).
    const probe = await driver.newTab();
    await probe.goto(`${driver.origin}/`);
    await probe.evaluate(() => fetch('http://example.com/probe', { mode: 'no-cors' }).catch(() => {}));
    await expect.poll(() => recorder.seen.length).toBeGreaterThan(0);
    expect(recorder.seen).toEqual(['GET http://example.com/probe HTTP/1.1']);
    recorder.seen.length = 0;
    await probe.close();

    for (const composer of COMPOSERS) {
      const tab = await driver.newTab();
      await tab.goto(`${driver.origin}${composer.path}`);
      await tab.click(await composer.open(tab));
      await tab.type('Proud to announce our offer! Like and share, buy now 👉 https://example.com');
      await expect.poll(() => tab.badge()).not.toBeNull();
      await composer.post(tab);
      await tab.close();
    }
    for (const path of ['sidepanel.html', 'popup.html', 'options.html']) {
      const page = await driver.extensionTab(path);
      // Open every folded section, type in the paste-in checker, flip a setting.
      for (let i = 0; i < 10 && (await count(page, 'details:not([open]) > summary')) > 0; i++) {
        await page.click('details:not([open]) > summary');
      }
      if (await count(page, 'textarea')) {
        await page.click('textarea');
        await page.type('Follow us on Instagram! https://example.com');
      }
      const learning = 'input[name="panel-mode"][value="learning"]';
      if (await count(page, learning)) await page.click(learning);
      await page.close();
    }
    // Anything sent late (a timer, a beacon on close) still reaches the recorder.
    await new Promise((r) => setTimeout(r, 1000));
  } finally {
    await driver.close();
    recorder.server.close();
  }
  expect(recorder.seen).toEqual([]);
});
