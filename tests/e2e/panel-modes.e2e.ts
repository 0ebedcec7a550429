/**
 * The first-run question and the two panel modes in the built extension, in
 * real Chromium: asked once, answered by keyboard, remembered; live mode fits
 * a busy draft's hints in one 900 px panel, each opened by keyboard; the
 * options page switches the open panel at once; axe finds nothing to fix.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPOSERS } from './composers';
import { typeDraft } from './chromium-driver';
import { launchBrowser, tabIdOf, type Browser } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LINKEDIN = COMPOSERS.find((c) => c.name === 'LinkedIn new share dialog (TipTap)')!;
/** Six hints over four categories. */
const BUSY =
  'Like and share! Tag a friend who needs this. Follow us for more. We just hit 10,000 followers!!! Check the link in bio.';
/** A side panel's size. */
const PANEL = { width: 400, height: 900 };

let browser: Browser;
let tabId: number;

const openPanel = async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize(PANEL);
  await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  await page.locator('[data-testid="live-findings"] li[data-rule]').first().waitFor();
  return page;
};

const mode = (panel: Page) => panel.locator('[data-mode]').getAttribute('data-mode');

/** What has the focus: its tag, its text, and whether it is inside the first-run question. */
const focused = (panel: Page) =>
  panel.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      text: el?.textContent ?? '',
      inQuestion: !!el?.closest('[data-testid="first-run"]'),
    };
  });

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
    ).axe;
    const { violations } = await axe.run();
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  tabId = await tabIdOf(browser, await typeDraft(browser, LINKEDIN, BUSY));
});

afterAll(async () => {
  await browser?.close();
});

describe('panel modes in the built extension', () => {
  it('asks at first run, is answered by keyboard, and remembers the answer', async () => {
    const panel = await openPanel();
    const question = panel.getByRole('region', { name: 'How will you use the coach?' });
    await question.waitFor();
    expect(await axeViolations(panel)).toEqual([]);
    // Reached by Tab right after the bar's controls, before anything in the report.
    let steps = 0;
    while (!(await focused(panel)).inQuestion && steps < 8) {
      await panel.keyboard.press('Tab');
      steps++;
    }
    expect((await focused(panel)).text).toMatch(/^Writing every day/);
    expect(steps).toBeLessThanOrEqual(5);
    await panel.keyboard.press('Enter');
    await expect.poll(() => question.count()).toBe(0);
    expect(await mode(panel)).toBe('live');
    // The focus is not lost with the question: it is on the switch, on the mode chosen.
    await expect
      .poll(() => panel.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
      .toBe('live');
    await panel.reload();
    await panel.locator('[data-testid="live-findings"]').waitFor();
    expect(await panel.locator('[data-testid="first-run"]').count()).toBe(0);
    expect(await mode(panel)).toBe('live');
    await panel.close();
  });

  it('live mode fits a busy draft’s hints in one 900 px panel, each one line, opened by keyboard', async () => {
    const panel = await openPanel();
    const hints = panel.locator('[data-testid="live-findings"] li[data-rule]');
    expect(await hints.count()).toBeGreaterThanOrEqual(5);
    const { bottom, lines } = await hints.evaluateAll((items) => ({
      bottom: Math.max(...items.map((li) => li.getBoundingClientRect().bottom)),
      lines: items.map((li) => {
        const summary = li.querySelector('summary')!;
        const line = parseFloat(getComputedStyle(summary).lineHeight) || 20;
        return summary.getBoundingClientRect().height / line;
      }),
    }));
    console.log(`live mode: ${await hints.count()} hints end at ${Math.round(bottom)} px of ${PANEL.height}`);
    expect(bottom).toBeLessThanOrEqual(PANEL.height);
    for (const n of lines) expect(n).toBeLessThan(2.5); // one line of text, with its padding

    const first = hints.first();
    await first.locator('summary').focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => first.locator('details').getAttribute('open')).toBe('');
    expect(await first.locator('.better').isVisible()).toBe(true);
    await panel.keyboard.press('Space');
    await expect.poll(() => first.locator('details').getAttribute('open')).toBeNull();
    expect(await axeViolations(panel)).toEqual([]);
    await panel.close();
  });

  it('the options page switches the open panel to learning mode at once, and back', async () => {
    const panel = await openPanel();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('radio', { name: /Learning the norms/ }).check();
    await expect.poll(() => mode(panel)).toBe('learning');
    expect(await panel.locator('details.why[open]').count()).toBeGreaterThan(0);
    expect(await axeViolations(panel)).toEqual([]);
    await panel.getByRole('radio', { name: 'Live' }).check();
    await expect.poll(() => mode(panel)).toBe('live');
    await expect.poll(() => options.getByRole('radio', { name: /Writing every day/ }).isChecked()).toBe(true);
    await Promise.all([panel.close(), options.close()]);
  });
});
