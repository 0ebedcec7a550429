/**
 * Real Chromium (Debian's package, driven by playwright-core) with the e2e
 * build of the extension loaded, on the local stand-in pages.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { EXTENSION_DIR, extensionArgs, findChromium } from '../../tools/chromium';
import { startFixtureServer } from '../../tools/fixture-server';

/** Chrome's API as seen inside the extension's service worker (`worker.evaluate`). */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  return found;
}

export interface Browser {
  context: BrowserContext;
  /** Replaced when the worker restarts (tests that stop or reload it update it). */
  worker: Worker;
  extensionId: string;
  origin: string;
  /** Every request any page or worker made, for the zero-network checks. */
  requests: string[];
  close(): Promise<void>;
}

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('No e2e build: run `npm run build:e2e` first.');
  const { server, origin } = await startFixtureServer();
  const profile = mkdtempSync(join(tmpdir(), 'post-coach-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [...extensionArgs(), '--disable-component-update', '--disable-gpu', ...extraArgs],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 120_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    origin,
    requests,
    async close() {
      await context.close();
      await new Promise<void>((resolve) => (server as Server).close(() => resolve()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Evaluates an expression in the content script's isolated world, in every
 * frame of the page (over the DevTools protocol): the e2e build's test hook
 * lives there, where the page's own scripts cannot reach it.
 */
const contentWorlds = new WeakMap<Page, Promise<{ session: CDPSession; contexts: Map<number, string> }>>();

async function contentWorld(page: Page) {
  let world = contentWorlds.get(page);
  if (!world) {
    world = (async () => {
      const session = await page.context().newCDPSession(page);
      const contexts = new Map<number, string>();
      session.on('Runtime.executionContextCreated', ({ context }) => {
        const aux = context.auxData as { type?: string } | undefined;
        if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) {
          contexts.set(context.id, context.origin);
        }
      });
      session.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
      session.on('Runtime.executionContextsCleared', () => contexts.clear());
      await session.send('Runtime.enable');
      return { session, contexts };
    })();
    contentWorlds.set(page, world);
  }
  return world;
}

/** What the test hook answers in the first frame where it answers anything. */
export async function inContentScript<T>(page: Page, expression: string): Promise<T | null> {
  const { session, contexts } = await contentWorld(page);
  for (const contextId of [...contexts.keys()]) {
    const answer = await session
      .send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true })
      .catch(() => null); // the frame went away meanwhile
    const value = answer?.result.value as T | null | undefined;
    if (value !== undefined && value !== null) return value;
  }
  return null;
}

/** The badge's state, from the content script's test hook (the page itself cannot read it). */
export async function badgeState(page: Page) {
  return inContentScript<{ score: number; hints: number; kind: string; platform: string }>(
    page,
    'globalThis.__postCoachE2E?.badge() ?? null',
  );
}

/**
 * Resolves once the page has drawn two more frames. The content script analyses
 * a box at the next frame after its input (its first analysis always does), so
 * whatever it would do about the keys typed so far is done by then: a condition
 * to wait for, where a fixed sleep would be too short on a busy machine.
 */
export async function afterNextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** The tab id Chromium gave a page (the extension sees no URLs: it has no "tabs" permission). */
export async function tabIdOf(browser: Browser, page: Page): Promise<number> {
  await page.bringToFront();
  return browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}
