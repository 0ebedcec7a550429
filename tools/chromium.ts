/**
 * Chromium with the e2e build of the extension loaded, as `npm start` and the
 * end-to-end tests both launch it. Chrome's branded builds ignore
 * --load-extension since version 137: Chromium it is.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The e2e build: the store build plus the local stand-in pages in its matches. */
export const EXTENSION_DIR = join(process.cwd(), '.output/chrome-mv3-e2e');

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The first Chromium found ($CHROMIUM_PATH first), or undefined. */
export const findChromium = (): string | undefined => CANDIDATES.find((p) => p && existsSync(p));

/** Load only this extension, in a profile that stays quiet on the network. */
export const extensionArgs = (dir = EXTENSION_DIR): string[] => [
  `--disable-extensions-except=${dir}`,
  `--load-extension=${dir}`,
  '--no-first-run',
  '--disable-background-networking',
  '--disable-sync',
];

/**
 * Chromium's sandbox stays on, except as root where Chromium refuses to start
 * with it. Playwright passes --no-sandbox unless told otherwise, and a non-root
 * user would see Chromium's "unsupported command-line flag" bar.
 */
export const chromiumSandbox = (uid: number | null = process.getuid?.() ?? null): boolean => uid !== 0;
