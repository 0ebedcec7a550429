/**
 * Firefox with the e2e build of the extension installed, as `npm start -- --firefox`
 * and the Firefox end-to-end tests both launch it: puppeteer-core drives a stock
 * Firefox over WebDriver BiDi (Playwright needs its own patched Firefox).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/** The Firefox e2e build: the store build plus the local stand-in pages in its matches. */
export const FIREFOX_EXTENSION_DIR = join(process.cwd(), '.output/firefox-mv2-e2e');

/** The gecko id (wxt.config.ts) and a fixed uuid for it, so extension pages have a known address. */
export const GECKO_ID = 'post-coach@post-coach.example';
export const EXTENSION_UUID = '5f0c0a3e-6b1d-4e2a-9c3f-7d8e9fa0b1c2';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const CANDIDATES = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** The first Firefox found ($FIREFOX_PATH first), or undefined. */
export const findFirefox = (): string | undefined => CANDIDATES.find((p) => p && existsSync(p));

/**
 * Starts Firefox, with the extension installed unless `extension` is false.
 * `prefs` are added to the profile (the zero-network test points the proxy
 * at its recorder with them).
 */
export async function launchFirefox({
  headless = true,
  extension = true,
  prefs = {},
}: {
  headless?: boolean;
  extension?: boolean;
  prefs?: Record<string, string | number | boolean>;
} = {}): Promise<Browser> {
  const executablePath = findFirefox();
  if (!executablePath)
    throw new Error('Firefox not found: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  if (extension && !existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('No Firefox e2e build: run `npm run build:e2e:firefox` first.');
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    protocol: 'webDriverBiDi',
    // Lets the driver open moz-extension:// pages (WebDriver only navigates to web pages otherwise).
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: headless ? { width: 1200, height: 900 } : null,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // A profile that stays quiet on the network (puppeteer's defaults already stop the rest):
      // Firefox's Remote Settings sync would call Mozilla; pointed at a closed local port instead
      // (release builds honour this only with MOZ_REMOTE_SETTINGS_DEVTOOLS set, below).
      'services.settings.server': 'http://127.0.0.1:9/v1',
      // Firefox ESR 140 checks for a captive portal (detectportal.firefox.com) at start-up.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      ...prefs,
    },
  });
  if (extension) await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}
