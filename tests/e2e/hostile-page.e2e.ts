/**
 * A hostile page: the site's own scripts (here `page.evaluate`, which runs in
 * the page's main world like any script of x.com or linkedin.com) try every
 * way to read or drive the coach, and each one fails. The user's own input
 * (Playwright's keyboard and mouse, trusted events) still gets coached.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { playwrightTab } from './chromium-driver';
import { COMPOSERS } from './composers';
import { afterNextFrames, badgeState, inContentScript, launchBrowser, tabIdOf, type Browser } from './harness';

type Area = { get(key: string): Promise<Record<string, unknown>> };
declare const chrome: { storage: { session: Area; local: Area } };

const X = COMPOSERS.find((c) => c.name === 'X timeline post')!;
const LINKEDIN = COMPOSERS.find((c) => c.name === 'LinkedIn new share dialog (TipTap)')!;
const COMMENT = COMPOSERS.find((c) => c.name === 'LinkedIn comment (TipTap)')!;
/** A draft the user wrote and posted on X: what the page tries to guess. */
const SECRET =
  'Our spring workshop dates are out: three evenings on bookkeeping for freelancers, with templates to keep.';

let browser: Browser;

/** Everything a page's script can see of the coach, from the page's own world. */
function whatThePageSees(page: Page) {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll('post-coach-badge')] as HTMLElement[];
    const highlights = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights;
    return {
      hosts: hosts.map((host) => ({
        shadowRoot: host.shadowRoot !== null,
        dataset: { ...host.dataset },
        children: host.childNodes.length,
        attributes: host.getAttributeNames().filter((name) => name !== 'hidden' && name !== 'style'),
        size: host.hidden ? null : `${host.getBoundingClientRect().width}x${host.getBoundingClientRect().height}`,
        shown: !host.hidden,
      })),
      highlights: [...highlights.keys()].filter((name) => name.startsWith('post-coach')),
      highlighted: [...highlights.entries()].reduce((n, [, h]) => n + h.size, 0),
      messages: (window as unknown as { __heard: string[] }).__heard,
    };
  });
}

/** The page's script builds an editor where the adapter looks, fills it and focuses it: no key, no click. */
async function plantEditor(page: Page, text: string, style: string) {
  await page.evaluate(
    ({ text, style }) => {
      const editor = document.createElement('div');
      editor.contentEditable = 'true';
      editor.dataset.testid = 'tweetTextarea_9';
      editor.setAttribute('style', style);
      editor.textContent = text;
      document.body.prepend(editor);
      editor.focus();
      // execCommand's input events are trusted, but they are not the user's.
      document.execCommand('insertText', false, ' And one more line for the guess.');
    },
    { text, style },
  );
}

/** How many fingerprints are stored, as the background sees them. */
async function historyCount(): Promise<number> {
  return browser.worker.evaluate(async () => {
    const { draftHistory } = await chrome.storage.local.get('draftHistory');
    return Array.isArray(draftHistory) ? draftHistory.length : 0;
  });
}

async function panelFindings(page: Page) {
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${await tabIdOf(browser, page)}`);
  return panel;
}

beforeAll(async () => {
  browser = await launchBrowser();
  // Every message posted in any page is recorded from the page's own world, from the first script on.
  await browser.context.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    addEventListener('message', (event) => heard.push(JSON.stringify(event.data)), true);
  });
  // The user writes SECRET on X and posts it: its fingerprint is remembered.
  const page = await browser.context.newPage();
  await page.goto(`${browser.origin}${X.path}`);
  await page.click(await X.open(playwrightTab(page)));
  await page.keyboard.type(SECRET, { delay: 1 });
  await vi.waitFor(async () => expect(await badgeState(page)).not.toBeNull(), { timeout: 10_000 });
  await X.post(playwrightTab(page));
  await vi.waitFor(async () => expect(await historyCount()).toBe(1), { timeout: 10_000 });
  await page.close();
});

afterAll(async () => {
  await browser?.close();
});

describe('a hostile page', () => {
  it('cannot test guesses against a deleted draft: a scripted editor gets nothing, seen or reported', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}${LINKEDIN.path}`);
    const panel = await panelFindings(page);
    await page.goto(`${browser.origin}${X.path}`);
    for (const style of [
      'width: 6px; height: 6px; opacity: 0.06; position: fixed; top: 0; left: 0',
      'width: 400px; height: 80px; position: fixed; top: 10px; left: 10px; background: #fff',
    ]) {
      await plantEditor(page, SECRET, style);
      await afterNextFrames(page); // the coach would have analysed by now
      const seen = await whatThePageSees(page);
      expect(seen.hosts.filter((h) => h.shown)).toEqual([]);
      expect(seen.highlights).toEqual([]);
      expect(await badgeState(page)).toBeNull();
    }
    // Nothing was reported for the tab either.
    await panel.reload();
    await expect.poll(() => panel.locator('[data-testid="live-empty"]').count()).toBe(1);
    await panel.close();
    await page.close();
  });

  it('reads nothing from the badge or the underlines once the user writes, and never the repetition', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}${LINKEDIN.path}`);
    await page.click(await LINKEDIN.open(playwrightTab(page)));
    await page.keyboard.type(SECRET, { delay: 1 });
    await expect.poll(() => badgeState(page)).not.toBeNull();
    const panel = await panelFindings(page);
    // The side panel (an extension page) shows the cross-post…
    const repetition = panel.locator('li[data-category="repetition"]');
    await expect.poll(() => repetition.getAttribute('data-rule')).toBe('repetition/cross-post');
    // …the badge, in the page, counts without it (the side panel has one more hint).
    const badge = (await badgeState(page))!;
    const shownInPanel = await panel.locator('[data-testid="live-findings"] li[data-rule]').count();
    expect(badge.hints).toBe(shownInPanel - 1);

    const seen = await whatThePageSees(page);
    expect(seen.hosts).toHaveLength(1);
    expect(seen.hosts[0]).toEqual({
      shadowRoot: false,
      dataset: {},
      children: 0,
      attributes: [],
      size: '160x22',
      shown: true,
    });
    // Underlines only mark spans: a repetition has none, so they are the same with or without the history.
    await page.keyboard.type(' Like and share!', { delay: 1 });
    await expect.poll(() => whatThePageSees(page).then((s) => s.highlighted)).toBeGreaterThan(0);
    expect((await whatThePageSees(page)).hosts[0]!.size).toBe('160x22');
    await panel.close();
    await page.close();
  });

  it('cannot plant or flush the draft history without the user typing', async () => {
    const before = await historyCount();
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}${X.path}`);
    await page.evaluate(async () => {
      for (let i = 0; i < 20; i++) {
        const editor = document.createElement('div');
        editor.contentEditable = 'true';
        editor.dataset.testid = 'tweetTextarea_8';
        editor.setAttribute('style', 'width: 400px; height: 80px; position: fixed; top: 10px; left: 10px');
        document.body.prepend(editor);
        editor.focus();
        document.execCommand(
          'insertText',
          false,
          `Planted draft number ${i} with enough words in it to be fingerprinted by the coach, surely.`,
        );
        await new Promise((r) => setTimeout(r, 50));
        editor.textContent = '';
        await new Promise((r) => setTimeout(r, 50));
        editor.remove();
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    // Then the user posts a draft of their own: once it is remembered, a planted one would have been too.
    await page.click(await X.open(playwrightTab(page)));
    await page.keyboard.type('A draft of my own about the autumn bookkeeping evenings, typed and posted by me.', {
      delay: 1,
    });
    await expect.poll(() => badgeState(page)).not.toBeNull();
    await X.post(playwrightTab(page));
    await vi.waitFor(async () => expect(await historyCount()).toBe(before + 1), { timeout: 10_000 });
    await page.close();
  });

  it('cannot stop the coach by replaying the content script’s start message, and never hears the extension id', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}${X.path}`);
    const id = browser.extensionId; // public for any store extension: the page may well know it
    await page.evaluate((id) => {
      const type = `${id}:content:wxt:content-script-started`;
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }, id);
    await page.click(await X.open(playwrightTab(page)));
    await page.keyboard.type('Like and share if you agree!!!', { delay: 2 });
    await expect.poll(() => badgeState(page)).not.toBeNull();
    const seen = await whatThePageSees(page);
    // The page's own messages (its editors post some) are all it hears: nothing of the extension.
    expect(seen.messages.filter((m) => !m.includes('forged') && (m.includes(id) || /wxt/i.test(m)))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(id);
    await page.close();
  });

  it('keeps the reports of two frames of one tab apart, and coaches no frame on a site without them', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}${LINKEDIN.path}`);
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = '/linkedin/';
      frame.title = 'second linkedin';
      frame.setAttribute('style', 'position: fixed; bottom: 0; right: 0; width: 700px; height: 500px; z-index: 9');
      document.body.append(frame);
    });
    const frame = page.frameLocator('iframe[title="second linkedin"]');
    const comment = await COMMENT.open(playwrightTab(page)); // a selector, nothing to open
    await page.click(comment);
    await page.keyboard.type('Follow us for more tips!', { delay: 2 });
    await frame.locator(comment).click();
    await page.keyboard.type('Like and share this post!', { delay: 2 });
    const tabId = await tabIdOf(browser, page);
    const composers = () =>
      browser.worker.evaluate(async (tabId) => {
        const saved = (await chrome.storage.session.get('coach:reports'))['coach:reports'] as Record<
          string,
          { composers: Record<string, { text: string }> }
        >;
        return Object.values(saved?.[tabId]?.composers ?? {})
          .map((c) => c.text)
          .sort();
      }, tabId);
    await expect.poll(composers).toEqual(['Follow us for more tips!', 'Like and share this post!']);
    await page.close();

    // X has no composer in frames: an X page framed inside X is not coached.
    const x = await browser.context.newPage();
    await x.goto(`${browser.origin}${X.path}`);
    await x.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = '/x/';
      frame.title = 'framed x';
      frame.setAttribute('style', 'position: fixed; bottom: 0; right: 0; width: 700px; height: 500px; z-index: 9');
      document.body.append(frame);
    });
    const framed = x.frameLocator('iframe[title="framed x"]');
    await framed.locator(await X.open(playwrightTab(x))).click();
    await x.keyboard.type('Like and share if you agree!!!', { delay: 2 });
    await afterNextFrames(x);
    const coachedFrame = 'globalThis.__postCoachE2E && window !== window.top ? "coached in a frame" : null';
    expect(await inContentScript(x, coachedFrame)).toBeNull();
    expect(await badgeState(x)).toBeNull();
    await x.close();
  });
});
