/**
 * `npm run screenshots`: the README's pictures, in English and French, light
 * and dark, written to docs/screenshots: the side panel in live and learning
 * mode, the card on a flagged word, a rewrite, the LinkedIn fold and the X
 * thread preview, the popup checklist, the options page and the demo landing
 * page; also the calendar report. Needs Debian's chromium; builds the e2e
 * extension and the stand-in pages first.
 *
 * A scene whose element is not on the page (a feature another branch brings)
 * is skipped with a printed notice, so the script runs on every branch: see
 * SCENES for the selectors each one waits for.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, tabIdOf, type Browser } from '../tests/e2e/harness';
import { screenshotReport } from './screenshot-report';

const OUT = join(process.cwd(), 'docs/screenshots');
type Lang = 'en' | 'fr';
type Scheme = 'light' | 'dark';

/** Drafts in the language of the UI they are shown with: a French post in a French panel. */
const DRAFTS: Record<Lang, { panel: string; fold: string; thread: string }> = {
  en: {
    panel: 'We are so proud to announce our new bakery in Lyon! Like if you love fresh bread. Follow us for more 🙏',
    fold: 'Our galette is back this weekend.\nAlmond cream made here, a porcelain charm inside.\nOrder yours in the shop.\nOrders close on Thursday night, and the first batches leave the oven at 7 am. Gluten-free ones on request, the day before.',
    thread: 'Our spring workshops are open for booking this week. '.repeat(9) + 'Which evening suits you best?',
  },
  fr: {
    panel:
      'Nous sommes fiers d’annoncer l’ouverture de notre boulangerie à Lyon ! Likez si vous aimez la galette ! Abonnez-vous 🙏',
    fold: 'Notre galette des rois revient ce week-end.\nFrangipane maison, fève en porcelaine.\nRéservez la vôtre en boutique.\nLes commandes ferment jeudi soir, et les premières fournées sortent du four dès 7 h. Sans gluten sur demande, la veille.',
    thread:
      'Les inscriptions aux ateliers de printemps sont ouvertes cette semaine. '.repeat(7) +
      'Quel soir vous convient le mieux ?',
  },
};

interface Tabs {
  /** The LinkedIn page holding the panel draft, and its tab id. */
  site: Page;
  panel: number;
  fold: number;
  thread: number;
}

interface Scene {
  name: string;
  /** What to open: an extension page (with the tabs at hand), or the site page itself. */
  open(browser: Browser, tabs: Tabs): Promise<Page>;
  /** The element that shows the scene is there; absent → skipped with a notice. */
  ready: string;
  /** Which branch brings it, for the notice. */
  from?: string;
  /** What to capture: the whole page, or one element. */
  capture?: 'page' | 'full' | string;
  width?: number;
}

async function extensionPage(browser: Browser, path: string, width: number, scheme: Scheme): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** Live or learning mode, chosen on the options page as a user would (it also answers the first-run question). */
async function setLearning(browser: Browser, on: boolean) {
  const options = await extensionPage(browser, 'options.html', 800, 'light');
  // Checking the mode already shown changes nothing: pass by the other one, so the choice is made.
  await options.locator(`input[name="panel-mode"][value="${on ? 'live' : 'learning'}"]`).check();
  await options.locator(`input[name="panel-mode"][value="${on ? 'learning' : 'live'}"]`).check();
  await options.close();
}

/** Moves the mouse onto the first occurrence of `word` in the site's editor (the card opens on hover). */
async function hoverWord(site: Page, word: string) {
  const at = await site.evaluate((word) => {
    const editor = document.querySelector('[componentkey="ShareBox_textEditor"]');
    const walker = document.createTreeWalker(editor ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent!.indexOf(word);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + word.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, word);
  if (at) await site.mouse.move(at.x, at.y);
}

const scheme = { current: 'light' as Scheme, lang: 'en' as Lang };
const panel = (tab: keyof Omit<Tabs, 'site'>) => (browser: Browser, tabs: Tabs) =>
  extensionPage(browser, `sidepanel.html?tabId=${tabs[tab]}`, 400, scheme.current);

/** The side panel in one mode, the mode set first. */
function panelIn(mode: 'live' | 'learning'): Scene {
  return {
    name: `panel-${mode}`,
    from: 'panel',
    open: async (browser, tabs) => {
      await setLearning(browser, mode === 'learning');
      return panel('panel')(browser, tabs);
    },
    ready: `[data-mode="${mode}"]`,
  };
}

/**
 * Every picture, in each language and colour scheme. A scene whose element does
 * not show is skipped with a notice (a page that changed), never silently.
 */
const SCENES: Scene[] = [
  panelIn('live'),
  panelIn('learning'),
  {
    name: 'card',
    from: 'card',
    open: async (_browser, tabs) => {
      await tabs.site.bringToFront();
      await tabs.site.emulateMedia({ colorScheme: scheme.current });
      await hoverWord(tabs.site, scheme.lang === 'fr' ? 'Likez' : 'Like');
      return tabs.site;
    },
    ready: 'post-coach-card:not([hidden])',
    capture: 'page',
  },
  {
    name: 'rewrite',
    from: 'rewrites',
    open: async (browser, tabs) => {
      await setLearning(browser, false);
      const page = await panel('panel')(browser, tabs);
      // Live mode: the hint opens on a click, as a writer would open it.
      await page.locator('li[data-rule="begging/like"] summary').click();
      return page;
    },
    ready: '[data-testid="rewrite"]',
    capture: 'li[data-rule="begging/like"]',
  },
  {
    name: 'fold',
    open: panel('fold'),
    ready: '[data-testid="linkedin-fold"]',
    capture: '[data-testid="post-preview"]',
  },
  { name: 'thread', open: panel('thread'), ready: '[data-testid="x-thread"]', capture: '[data-testid="post-preview"]' },
  { name: 'sidepanel', open: panel('panel'), ready: '[data-testid="live-report"]' },
  {
    name: 'popup',
    open: (browser, tabs) => extensionPage(browser, `popup.html?tabId=${tabs.panel}`, 420, scheme.current),
    ready: '[data-testid="checklist"]',
    capture: 'full',
  },
  {
    name: 'options',
    open: (browser) => extensionPage(browser, 'options.html', 900, scheme.current),
    ready: '[data-testid="options-nav"]',
  },
];

/** Types a draft in a stand-in composer and returns its page once the coach has read it. */
async function draftIn(browser: Browser, site: 'linkedin' | 'x', text: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 700 });
  await page.goto(`${browser.origin}/${site}/`);
  if (site === 'linkedin') {
    await page.click('#start-post-new');
    await page.click('[componentkey="ShareBox_textEditor"]');
  } else await page.click('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
  await page.keyboard.type(text, { delay: 1 });
  await page.waitForFunction(() => document.querySelector('post-coach-badge:not([hidden])') !== null);
  return page;
}

async function shoot(browser: Browser, scene: Scene, tabs: Tabs, file: string): Promise<string | null> {
  const page = await scene.open(browser, tabs);
  try {
    try {
      await page.locator(scene.ready).first().waitFor({ timeout: 10_000 });
    } catch {
      return `no ${scene.ready} on the page${scene.from ? ` (comes with the ${scene.from} branch)` : ''}`;
    }
    if (scene.capture === 'page' || scene.capture === 'full' || !scene.capture)
      await page.screenshot({ path: file, fullPage: scene.capture === 'full' });
    else await page.locator(scene.capture).screenshot({ path: file });
    return null;
  } finally {
    if (page !== tabs.site) await page.close();
  }
}

for (const script of ['build:e2e', 'build:fixtures']) {
  const run = spawnSync('npm', ['run', '-s', script], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
mkdirSync(OUT, { recursive: true });
console.log(`wrote ${await screenshotReport(OUT)}`);

const browser = await launchBrowser();
const skipped = new Set<string>();
try {
  const demo = await browser.context.newPage();
  await demo.setViewportSize({ width: 1280, height: 800 });
  await demo.goto(`${browser.origin}/`);
  await demo.locator('iframe[data-demo="facebook"]').waitFor();
  const home = join(OUT, 'demo-landing.png');
  await demo.screenshot({ path: home });
  console.log(`wrote ${home}`);
  await demo.close();

  const options = await extensionPage(browser, 'options.html', 800, 'light');
  for (const lang of ['en', 'fr'] as const) {
    await options.locator('#ui-language').selectOption(lang);
    scheme.lang = lang;
    const drafts = DRAFTS[lang];
    const site = await draftIn(browser, 'linkedin', drafts.panel);
    const foldPage = await draftIn(browser, 'linkedin', drafts.fold);
    const threadPage = await draftIn(browser, 'x', drafts.thread);
    const tabs: Tabs = {
      site,
      panel: await tabIdOf(browser, site),
      fold: await tabIdOf(browser, foldPage),
      thread: await tabIdOf(browser, threadPage),
    };
    for (const colorScheme of ['light', 'dark'] as const) {
      scheme.current = colorScheme;
      for (const scene of SCENES) {
        if (skipped.has(scene.name)) continue; // absent once, absent in every language and theme
        const file = join(OUT, `${scene.name}-${lang}-${colorScheme}.png`);
        const why = await shoot(browser, scene, tabs, file);
        if (why) {
          console.log(`skipped ${scene.name}: ${why}`);
          skipped.add(scene.name);
        } else console.log(`wrote ${file}`);
      }
    }
    await Promise.all([site.close(), foldPage.close(), threadPage.close()]);
  }
  await options.locator('#ui-language').selectOption('browser');
} finally {
  await browser.close();
}
if (skipped.size) console.log(`${skipped.size} scene(s) skipped: ${[...skipped].join(', ')}`);
