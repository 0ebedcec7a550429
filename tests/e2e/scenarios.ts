/**
 * The composer scenarios both browsers run (composers.e2e.ts for Chromium,
 * firefox/composers.e2e.ts for Firefox): every composer kind on every
 * stand-in site, typed key by key with the e2e build loaded. The side panel
 * shows what the analyzers say about the final text, the badge counts it, the
 * underlines are there, the editor holds exactly what was typed and its DOM is
 * the same as in the same browser without the extension, the site's button
 * posts the exact text, decoys are ignored and navigation leaves nothing behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzers';
import { COMPOSERS, IGNORED, type Composer } from './composers';
import { count, dataOf, textOf, type Driver, type Launch, type Tab } from './driver';

/** A draft typed as a person would: a typo fixed with Backspace, a line break, a hashtag. */
const KEYS = ['Likee', 'Backspace', ' and share if you agree!!', 'NEWLINE', 'Follow us for more #likeforlike'] as const;
export const TYPED = 'Like and share if you agree!!\nFollow us for more #likeforlike';

/** Draft.js numbers its blocks and leaves with random keys per editor instance. */
function withoutInstanceKeys(html: string): string {
  return html.replace(/ (data-offset-key|data-editor|aria-describedby|aria-owns|id)="[^"]*"/g, ' $1=""');
}

async function typeDraft(tab: Tab, composer: Composer): Promise<void> {
  for (const part of KEYS) {
    if (part === 'Backspace') await tab.press('Backspace');
    else if (part === 'NEWLINE') await tab.press(composer.newline);
    else await tab.type(part);
  }
}

async function openComposer(tab: Tab, origin: string, composer: Composer): Promise<string> {
  await tab.goto(`${origin}${composer.path}`);
  const selector = await composer.open(tab);
  await tab.click(selector);
  return selector;
}

/** How many ranges the coach's underlines hold (the Custom Highlight API, both browsers). */
export const highlightCount = (tab: Tab) =>
  tab.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights;
    return [...registry.entries()]
      .filter(([name]) => name.startsWith('post-coach'))
      .reduce((n, [, h]) => n + h.size, 0);
  });

/** The editor's markup, found through open shadow roots (LinkedIn's share box lives in one). */
function innerHtmlDeep(selector: string): string | null {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    const hit = roots[i]!.querySelector(selector);
    if (hit) return hit.innerHTML;
    for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return null;
}

export function composerScenarios(launch: Launch): { driver(): Driver } {
  let driver: Driver;
  let control: Driver;

  beforeAll(async () => {
    driver = await launch();
    control = await launch({ extension: false });
  });

  afterAll(async () => {
    await driver?.close();
    await control?.close();
  });

  const panelFor = async (tab: Tab) => {
    const tabId = await driver.tabIdOf(tab);
    const panel = await driver.extensionTab(`sidepanel.html?tabId=${tabId}`);
    await tab.front();
    return panel;
  };

  describe.each(COMPOSERS)('$name', (composer) => {
    it('coaches the draft as typed without touching the editor, and posts it unchanged', async () => {
      const tab = await driver.newTab();
      const selector = await openComposer(tab, driver.origin, composer);
      await typeDraft(tab, composer);

      // (c) The editor holds exactly what was typed.
      await expect.poll(() => tab.evaluate((m) => window.__fixture.texts[m]!(), composer.model)).toBe(TYPED);

      // (a) The side panel shows the analyzers' findings for the final text, and the text as read.
      const expected = analyze(TYPED, { platform: composer.platform, kind: composer.kind });
      expect(expected.findings.length).toBeGreaterThan(0);
      const panel = await panelFor(tab);
      await expect.poll(() => textOf(panel, '[data-testid="live-draft"]')).toBe(TYPED);
      // After the pause in typing (1.5 s) the draft is judged as finished, whole-post hints included.
      const shown = async () => {
        const [rules, categories] = [
          await dataOf(panel, '[data-rule]', 'rule'),
          await dataOf(panel, '[data-rule]', 'category'),
        ];
        return rules.map((r, i) => `${r}|${categories[i]}`);
      };
      await expect.poll(shown).toEqual(expected.findings.map((f) => `${f.rule}|${f.category}`));
      expect(await dataOf(panel, '[data-testid="live-report"]', 'kind')).toEqual([composer.kind]);

      // (b) The badge shows the score and the number of hints; the findings are underlined.
      expect(await tab.badge()).toEqual({
        score: expected.score,
        hints: expected.findings.length,
        kind: composer.kind,
        platform: composer.platform,
      });
      expect(await highlightCount(tab)).toBeGreaterThan(0);

      // (c) Nothing of ours inside the editor, and the same DOM as in the same browser
      // without the extension (less the random keys editors draw for each instance).
      const domOf = (t: Tab) => t.evaluate(innerHtmlDeep, selector).then((html) => withoutInstanceKeys(html ?? ''));
      const html = await domOf(tab);
      expect(html).not.toMatch(/post-coach/i);
      const plain = await control.newTab();
      await openComposer(plain, driver.origin, composer);
      await typeDraft(plain, composer);
      await expect.poll(() => domOf(plain)).toBe(html);
      await plain.close();

      // (d) The site's own control posts the exact text; the report goes away with the draft.
      await composer.post(tab);
      await expect
        .poll(() =>
          tab.evaluate(
            (where) => [...document.querySelectorAll(`#posted li[data-where="${where}"]`)].at(-1)?.textContent,
            composer.postedAs,
          ),
        )
        .toBe(TYPED);
      await expect.poll(() => tab.badge()).toBeNull();
      await expect.poll(() => highlightCount(tab)).toBe(0);
      await expect.poll(() => count(panel, '[data-testid="live-empty"]')).toBe(1);

      expect(tab.errors).toEqual([]);
      await panel.close();
      await tab.close();
    });
  });

  describe('editors the coach leaves alone', () => {
    it.each(IGNORED)('$name', async ({ path, focus }) => {
      const tab = await driver.newTab();
      await tab.goto(`${driver.origin}${path}`);
      await focus(tab);
      await tab.type('Like and share if you agree!!!');
      await new Promise((r) => setTimeout(r, 300));
      expect(await tab.badge()).toBeNull();
      const panel = await panelFor(tab);
      await expect.poll(() => count(panel, '[data-testid="live-empty"]')).toBe(1);
      await panel.close();
      await tab.close();
    });
  });

  describe('navigation', () => {
    it('leaves nothing behind when a single-page site moves on', async () => {
      const tab = await driver.newTab();
      await tab.goto(`${driver.origin}/x/`);
      await tab.click('[data-testid="tweetTextarea_0"]');
      await tab.type('Like and share if you agree!!!');
      await expect.poll(() => tab.badge()).not.toBeNull();
      const panel = await panelFor(tab);
      await expect.poll(() => count(panel, '[data-rule]')).toBeGreaterThan(0);
      await tab.click('[data-testid="status-link"]');
      await expect.poll(() => tab.badge()).toBeNull();
      await expect.poll(() => count(panel, '[data-testid="live-empty"]')).toBe(1);
      expect(await highlightCount(tab)).toBe(0);
      await panel.close();
      await tab.close();
    });
  });

  return { driver: () => driver };
}
