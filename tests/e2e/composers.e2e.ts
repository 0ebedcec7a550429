/**
 * Every composer kind on every stand-in site, typed key by key in real
 * Chromium with the e2e build loaded: the side panel shows what the analyzers
 * say about the final text, the badge counts it, the editor holds exactly what
 * was typed and its DOM is the same as in a browser without the extension, the
 * site's button posts the exact text, decoys are ignored and navigation leaves
 * nothing behind.
 */
import { chromium, type Browser as PlainBrowser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzers';
import { COMPOSERS, IGNORED, type Composer } from './composers';
import { badgeState, chromiumPath, launchBrowser, tabIdOf, type Browser } from './harness';

let browser: Browser;
let control: PlainBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
  control = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--disable-gpu', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await control?.close();
});

/** A draft typed as a person would: a typo fixed with Backspace, a line break, a hashtag. */
const KEYS = ['Likee', 'Backspace', ' and share if you agree!!', 'NEWLINE', 'Follow us for more #likeforlike'] as const;
const TYPED = 'Like and share if you agree!!\nFollow us for more #likeforlike';

/** Draft.js numbers its blocks and leaves with random keys per editor instance. */
function withoutInstanceKeys(html: string): string {
  return html.replace(/ (data-offset-key|data-editor|aria-describedby|aria-owns|id)="[^"]*"/g, ' $1=""');
}

async function typeDraft(page: Page, composer: Composer): Promise<void> {
  for (const part of KEYS) {
    if (part === 'Backspace') await page.keyboard.press('Backspace');
    else if (part === 'NEWLINE') await page.keyboard.press(composer.newline);
    else await page.keyboard.type(part, { delay: 5 });
  }
}

async function openComposer(page: Page, origin: string, composer: Composer): Promise<string> {
  await page.goto(`${origin}${composer.path}`);
  const selector = await composer.open(page);
  await page.click(selector);
  return selector;
}

async function panelFor(page: Page) {
  const tabId = await tabIdOf(browser, page);
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  await page.bringToFront();
  return panel;
}

describe.each(COMPOSERS)('$name', (composer) => {
  it('coaches the draft as typed without touching the editor, and posts it unchanged', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const selector = await openComposer(page, browser.origin, composer);
    await typeDraft(page, composer);

    // (c) The editor holds exactly what was typed.
    await expect.poll(() => page.evaluate((m) => window.__fixture.texts[m]!(), composer.model)).toBe(TYPED);

    // (a) The side panel shows the analyzers' findings for the final text, and the text as read.
    const expected = analyze(TYPED, { platform: composer.platform, kind: composer.kind });
    expect(expected.findings.length).toBeGreaterThan(0);
    const panel = await panelFor(page);
    await expect.poll(() => panel.locator('[data-testid="live-draft"]').textContent()).toBe(TYPED);
    const shown = await panel
      .locator('[data-rule]')
      .evaluateAll((els) =>
        els.map((e) => `${(e as HTMLElement).dataset.rule}|${(e as HTMLElement).dataset.category}`),
      );
    expect(shown).toEqual(expected.findings.map((f) => `${f.rule}|${f.category}`));
    expect(await panel.locator('[data-testid="live-report"]').getAttribute('data-kind')).toBe(composer.kind);

    // (b) The badge shows the score and the number of hints.
    expect(await badgeState(page)).toEqual({
      score: expected.score,
      hints: expected.findings.length,
      kind: composer.kind,
      platform: composer.platform,
    });

    // (c) Nothing of ours inside the editor, and the same DOM as without the extension
    // (less the random keys editors draw for each instance).
    const domOf = (p: Page) =>
      p
        .locator(selector)
        .evaluate((el) => el.innerHTML)
        .then(withoutInstanceKeys);
    const html = await domOf(page);
    expect(html).not.toMatch(/post-coach/i);
    const plain = await control.newPage();
    await openComposer(plain, browser.origin, composer);
    await typeDraft(plain, composer);
    await expect.poll(() => domOf(plain)).toBe(html);
    await plain.close();

    // (d) The site's own control posts the exact text; the report goes away with the draft.
    await composer.post(page);
    await expect
      .poll(() => page.locator(`#posted li[data-where="${composer.postedAs}"]`).last().textContent())
      .toBe(TYPED);
    await expect.poll(() => badgeState(page)).toBeNull();
    await expect.poll(() => panel.locator('[data-testid="live-empty"]').count()).toBe(1);

    expect(errors).toEqual([]);
    await panel.close();
    await page.close();
  });
});

describe('editors the coach leaves alone', () => {
  it.each(IGNORED)('$name', async ({ path, focus }) => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}${path}`);
    await focus(page);
    await page.keyboard.type('Like and share if you agree!!!', { delay: 5 });
    await page.waitForTimeout(300);
    expect(await badgeState(page)).toBeNull();
    const panel = await panelFor(page);
    await expect.poll(() => panel.locator('[data-testid="live-empty"]').count()).toBe(1);
    await panel.close();
    await page.close();
  });
});

describe('the badge', () => {
  it('opens the side panel when clicked, and keeps the focus in the editor', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}/facebook/`);
    await page.click('[aria-label="Comment as Alex Doe"]');
    await page.keyboard.type('Like if you agree!', { delay: 5 });
    await expect.poll(() => badgeState(page)).not.toBeNull();
    await page.click('post-coach-badge');
    const panels = () =>
      browser.worker.evaluate(async () => {
        const runtime = (
          globalThis as unknown as {
            chrome: { runtime: { getContexts(f: object): Promise<{ documentUrl?: string }[]> } };
          }
        ).chrome.runtime;
        const contexts = await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
        return contexts.map((c) => new URL(c.documentUrl ?? 'x:/').pathname);
      });
    await expect.poll(panels).toEqual(['/sidepanel.html']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Comment as Alex Doe');
    await page.close();
  });
});

describe('navigation', () => {
  it('leaves nothing behind when a single-page site moves on', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.origin}/x/`);
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type('Like and share if you agree!!!', { delay: 5 });
    await expect.poll(() => badgeState(page)).not.toBeNull();
    const panel = await panelFor(page);
    await expect.poll(() => panel.locator('[data-rule]').count()).toBeGreaterThan(0);
    await page.click('[data-testid="status-link"]');
    await expect.poll(() => badgeState(page)).toBeNull();
    await expect.poll(() => panel.locator('[data-testid="live-empty"]').count()).toBe(1);
    const highlights = await page.evaluate(
      () =>
        (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('post-coach-warning')?.size ??
        0,
    );
    expect(highlights).toBe(0);
    await panel.close();
    await page.close();
  });
});
