/**
 * The card on a flagged word, in real Chromium on the stand-in pages: opened
 * by the pointer (hover, click) and by the keyboard (Ctrl+Shift+Space at the
 * caret), on X (Draft.js), Facebook (Lexical) and LinkedIn (TipTap in a modal
 * <dialog>). The editor's DOM and caret stay exactly as they were, the focus
 * never leaves the editor unless the keyboard asks for the card, Escape gives
 * it back, Dismiss and Mute work as the side panel's do, and axe finds
 * nothing wrong with the card, light or dark.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzers';
import { COMPOSERS, type Composer } from './composers';
import { playwrightTab } from './chromium-driver';
import { badgeState, inContentScript, launchBrowser, tabIdOf, type Browser } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DRAFT = 'Like this post if you agree. Follow us for more news from the bakery. From Monday we open at 7 am.';
const SITES = [
  COMPOSERS.find((c) => c.name === 'X timeline post')!,
  COMPOSERS.find((c) => c.name === 'Facebook post composer (Lexical rich text)')!,
  COMPOSERS.find((c) => c.name === 'LinkedIn new share dialog (TipTap)')!,
];

interface CardState {
  open: boolean;
  by: 'hover' | 'click' | 'keyboard';
  rule: string;
  heading: string;
  message: string;
  betterLabel: string;
  better: string;
  status: string;
  focused: string | null;
  rect: { left: number; top: number; width: number; height: number };
  buttons: Record<string, { left: number; top: number; width: number; height: number }>;
}

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
  runtime: { getContexts(f: object): Promise<{ documentUrl?: string }[]> };
};

let browser: Browser;

const cardState = (page: Page) => inContentScript<CardState>(page, 'globalThis.__postCoachE2E?.card() ?? null');

/** The editor's markup and its caret (as child-index paths), found through open shadow roots. */
function editorState(selector: string) {
  const roots: (Document | ShadowRoot)[] = [document];
  let editor: Element | null = null;
  for (let i = 0; i < roots.length && !editor; i++) {
    editor = roots[i]!.querySelector(selector);
    for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  if (!editor) throw new Error(`no editor ${selector}`);
  const path = (node: Node | null): number[] | null => {
    const steps: number[] = [];
    for (let n = node; n && n !== editor; n = n.parentNode) {
      if (!n.parentNode) return null;
      steps.unshift([...n.parentNode.childNodes].indexOf(n as ChildNode));
    }
    return steps;
  };
  const scope = editor.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  const selection = (scope instanceof ShadowRoot && scope.getSelection?.()) || document.getSelection();
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return {
    html: editor.innerHTML,
    caret: selection && [
      path(selection.anchorNode),
      selection.anchorOffset,
      path(selection.focusNode),
      selection.focusOffset,
    ],
    focused: active === editor || editor.contains(active),
  };
}

/** The middle of the first occurrence of `words` in the editor, in the window's coordinates. */
function pointOn([selector, words]: readonly [string, string]) {
  const editor = document.querySelector(selector)!;
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    const r = range.getClientRects()[0]!;
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  throw new Error(`no "${words}" in ${selector}`);
}

const highlighted = (page: Page) =>
  page.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.entries()]
      .filter(([name]) => name.startsWith('post-coach'))
      .reduce((n, [, h]) => n + h.size, 0),
  );

/** How many Ctrl+Shift+Space presses the page's own scripts heard. */
const shortcutsHeard = (page: Page) => page.evaluate(() => (window as unknown as { __heard: number }).__heard);

async function clickCardButton(page: Page, action: string) {
  const state = await cardState(page);
  const box = state?.buttons[action];
  if (!box) throw new Error(`no ${action} button on the card`);
  await page.mouse.click(box.left + box.width / 2, box.top + box.height / 2);
}

async function openDraft(composer: Composer): Promise<{ page: Page; selector: string }> {
  const page = await browser.context.newPage();
  await page.goto(`${browser.origin}${composer.path}`);
  const selector = await composer.open(playwrightTab(page));
  await page.click(selector);
  await page.keyboard.type(DRAFT, { delay: 2 });
  const expected = analyze(DRAFT, { platform: composer.platform, kind: composer.kind }).findings.length;
  await expect.poll(() => badgeState(page).then((b) => b?.hints)).toBe(expected);
  await expect.poll(() => highlighted(page)).toBe(expected);
  return { page, selector };
}

/**
 * Text in the card under 4.5:1 against what is behind it. axe leaves colour
 * contrast undetermined in a closed root (it cannot hit-test into it), so the
 * test works it out from the computed colours.
 */
function lowContrast(root: ShadowRoot): string[] {
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r, g, b]: number[]) => {
    const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
  };
  const behind = (el: Element | null): number[] => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3]! > 0.9)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const low: string[] = [];
  for (const el of root.querySelectorAll('p, span, button')) {
    if (!el.textContent?.trim() || (el as HTMLElement).hidden) continue;
    const [a, b] = [lum(rgb(getComputedStyle(el).color).slice(0, 3)), lum(behind(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) low.push(`contrast ${ratio.toFixed(2)}: ${el.className || el.tagName}`);
  }
  return low;
}

/** axe-core in the content script's world, where the card's closed root can be handed to it. */
async function axeOnCard(page: Page): Promise<string[]> {
  await inContentScript(page, `(() => { ${AXE}; return true; })()`);
  const result = await inContentScript<string[]>(
    page,
    `(async () => {
      ${lowContrast.toString()}
      const root = globalThis.__postCoachE2E.cardRoot();
      const host = root.host;
      // axe walks open roots only: show it this one, from this world alone (the page never sees it).
      const own = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
      Object.defineProperty(Element.prototype, 'shadowRoot', {
        configurable: true,
        get() { return this === host ? root : own.get.call(this); },
      });
      try {
        const { violations } = await axe.run({ include: [host] });
        return [...violations.map((v) => v.id + ': ' + v.nodes.map((n) => JSON.stringify(n.target)).join(', ')), ...lowContrast(root)];
      } finally {
        Object.defineProperty(Element.prototype, 'shadowRoot', own);
      }
    })()`,
  );
  if (!result) throw new Error('axe did not run in the content script');
  return result;
}

beforeAll(async () => {
  browser = await launchBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.origin });
  // The page's own scripts count the shortcut's key presses where a site's framework listens
  // (React on its root element, editors on theirs): on <body>, in the capture phase.
  await browser.context.addInitScript(() => {
    (window as unknown as { __heard: number }).__heard = 0;
    document.addEventListener('DOMContentLoaded', () =>
      document.body.addEventListener(
        'keydown',
        (e) => {
          if (e.code === 'Space' && e.ctrlKey && e.shiftKey) (window as unknown as { __heard: number }).__heard++;
        },
        true,
      ),
    );
  });
});

afterAll(async () => {
  await browser?.close();
});

describe.each(SITES)('the card on $name', (composer) => {
  it('opens on hover and on click without moving the focus, the caret or the editor; Dismiss hides the hint here and in the panel', async () => {
    const { page, selector } = await openDraft(composer);
    const before = await page.evaluate(editorState, selector);
    expect(before.focused).toBe(true);
    const [like, follow] = analyze(DRAFT, { platform: composer.platform, kind: composer.kind }).findings;

    // Resting on the mark opens its card beside it; the focus stays in the editor.
    const point = await page.evaluate(pointOn, [selector, 'this post'] as const);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => cardState(page).then((c) => c?.by)).toBe('hover');
    const card = (await cardState(page))!;
    // "Like this post if you agree" can be reworked: the card offers the writer's own sentence done better.
    expect(like!.rewrite).toBeDefined();
    expect(card).toMatchObject({ rule: like!.rule, message: like!.message, better: like!.rewrite!.text });
    expect(card.heading).toMatch(/Warning/);
    // Beside the mark, not over its line.
    expect(card.rect.top > point.y + 4 || card.rect.top + card.rect.height < point.y - 4).toBe(true);
    expect(await page.evaluate(editorState, selector)).toEqual(before);

    // Leaving it closes the card.
    await page.mouse.move(5, 5);
    await expect.poll(() => cardState(page)).toBeNull();

    // A click on the other mark pins its card; Copy puts the better way on the clipboard.
    const other = await page.evaluate(pointOn, [selector, 'Follow us'] as const);
    await page.mouse.click(other.x, other.y);
    await expect.poll(() => cardState(page).then((c) => c?.by)).toBe('click');
    expect((await cardState(page))!.rule).toBe(follow!.rule);
    const caretAfterClick = await page.evaluate(editorState, selector);
    expect(caretAfterClick.html).toBe(before.html);
    expect(caretAfterClick.focused).toBe(true);
    await clickCardButton(page, 'copy');
    await expect.poll(() => cardState(page).then((c) => c?.status)).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(follow!.suggestions[0]);
    expect(await page.evaluate(editorState, selector)).toEqual(caretAfterClick);

    // Dismiss: gone from the marks and the badge, and the side panel hides it too.
    await clickCardButton(page, 'dismiss');
    await expect.poll(() => cardState(page)).toBeNull();
    await expect.poll(() => highlighted(page)).toBe(1);
    expect((await badgeState(page))!.hints).toBe(1);
    expect(await page.evaluate(editorState, selector)).toEqual(caretAfterClick);
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${await tabIdOf(browser, page)}`);
    const rulesShown = () =>
      panel
        .locator('[data-testid="live-findings"] li[data-rule]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.rule));
    await expect.poll(rulesShown).toEqual([like!.rule]);
    await Promise.all([panel.close(), page.close()]);
  });

  it('opens from the keyboard at the caret; Tab stays in the card, Escape gives the caret back; Mute mutes the rule', async () => {
    const { page, selector } = await openDraft(composer);
    const [like] = analyze(DRAFT, { platform: composer.platform, kind: composer.kind }).findings;
    // Not on a mark: the shortcut is left to the site.
    const heard = await shortcutsHeard(page);
    await page.keyboard.press('Control+Shift+Space');
    expect(await shortcutsHeard(page)).toBe(heard + 1);
    expect(await cardState(page)).toBeNull();

    // The caret into "Like this post", at the start of the draft.
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    const before = await page.evaluate(editorState, selector);
    await page.keyboard.press('Control+Shift+Space');
    await expect.poll(() => cardState(page).then((c) => c?.by)).toBe('keyboard');
    expect(await shortcutsHeard(page)).toBe(heard + 1); // the coach's: the site never saw it
    expect((await cardState(page))!).toMatchObject({ rule: like!.rule, focused: 'copy' });

    for (const next of ['dismiss', 'mute', 'open-panel', 'close', 'copy']) {
      await page.keyboard.press('Tab');
      expect((await cardState(page))!.focused).toBe(next);
    }
    await page.keyboard.press('Shift+Tab');
    expect((await cardState(page))!.focused).toBe('close');
    expect(await axeOnCard(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeOnCard(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    await page.keyboard.press('Escape');
    await expect.poll(() => cardState(page)).toBeNull();
    expect(await page.evaluate(editorState, selector)).toEqual(before);
    // The caret really is back: typing goes where it was.
    await page.keyboard.type('X');
    await expect
      .poll(() => page.evaluate((m) => window.__fixture.texts[m]!(), composer.model))
      .toBe(`${DRAFT.slice(0, 3)}X${DRAFT.slice(3)}`);
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.evaluate((m) => window.__fixture.texts[m]!(), composer.model)).toBe(DRAFT);
    await expect.poll(() => highlighted(page)).toBe(2);

    // Mute from the keyboard: the rule joins the muted rules, its mark goes, the caret comes back.
    const atMute = await page.evaluate(editorState, selector);
    await page.keyboard.press('Control+Shift+Space');
    await expect.poll(() => cardState(page).then((c) => c?.focused)).toBe('copy');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await cardState(page))!.focused).toBe('mute');
    await page.keyboard.press('Enter');
    await expect.poll(() => cardState(page)).toBeNull();
    expect(await page.evaluate(editorState, selector)).toEqual(atMute);
    const muted = () =>
      browser.worker.evaluate(async () => {
        const { settings } = await chrome.storage.local.get('settings');
        return (settings as { mutedRules?: string[] } | undefined)?.mutedRules ?? [];
      });
    await expect.poll(muted).toEqual([like!.rule]);
    await expect.poll(() => badgeState(page).then((b) => b?.hints)).toBe(1);
    expect(await highlighted(page)).toBe(1);
    // Back as it was for the next site.
    await browser.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), mutedRules: [] } });
    });
    await expect.poll(() => badgeState(page).then((b) => b?.hints)).toBe(2);
    await page.close();
  });
});

describe('the card', () => {
  it('speaks the language chosen in the settings, and opens the side panel', async () => {
    await browser.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), uiLanguage: 'fr' } });
    });
    const composer = SITES[0]!;
    const { page, selector } = await openDraft(composer);
    const like = analyze(DRAFT, { platform: composer.platform, kind: composer.kind, messageLang: 'fr' }).findings[0]!;
    const point = await page.evaluate(pointOn, [selector, 'this post'] as const);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => cardState(page).then((c) => c?.message)).toBe(like.message);
    const card = (await cardState(page))!;
    expect(card.heading).toMatch(/Attention/);
    expect(like.rewrite).toBeDefined();
    expect(card.betterLabel).toBe('Votre phrase, retravaillée');

    await clickCardButton(page, 'open-panel');
    const panels = () =>
      browser.worker.evaluate(async () => {
        const contexts = await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
        return contexts.map((c) => new URL(c.documentUrl ?? 'x:/').pathname);
      });
    await expect.poll(panels).toEqual(['/sidepanel.html']);
    expect((await page.evaluate(editorState, selector)).focused).toBe(true);
    await browser.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), uiLanguage: 'browser' } });
    });
    await page.close();
  });
});
