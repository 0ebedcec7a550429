/**
 * The shared composer scenarios (scenarios.ts) in real Chromium, and what only
 * Chromium has: the badge opens Chrome's side panel.
 */
import { describe, expect, it } from 'vitest';
import { harnessOf, launchChromium } from './chromium-driver';
import { composerScenarios } from './scenarios';

const { driver } = composerScenarios(launchChromium);

describe('the badge', () => {
  it('opens the side panel when clicked, and keeps the focus in the editor', async () => {
    const harness = harnessOf(driver());
    const tab = await driver().newTab();
    await tab.goto(`${driver().origin}/facebook/`);
    await tab.click('[aria-label="Comment as Alex Doe"]');
    await tab.type('Like if you agree!');
    await expect.poll(() => tab.badge()).not.toBeNull();
    // The badge is a closed shadow root: a click lands on the host, as a person's does.
    await tab.click('post-coach-badge');
    const panels = () =>
      harness.worker.evaluate(async () => {
        const runtime = (
          globalThis as unknown as {
            chrome: { runtime: { getContexts(f: object): Promise<{ documentUrl?: string }[]> } };
          }
        ).chrome.runtime;
        const contexts = await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
        return contexts.map((c) => new URL(c.documentUrl ?? 'x:/').pathname);
      });
    await expect.poll(panels).toEqual(['/sidepanel.html']);
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Comment as Alex Doe');
    await tab.close();
  });
});
