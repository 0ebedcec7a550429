/**
 * Builds the three flavours once and checks what ships: least privilege, the
 * three sites and nothing else, a strict CSP, localhost only in the e2e builds;
 * and that it talks to nobody: no network API in any bundle, no remote script,
 * font, image or style, and the only web addresses are inert strings (XML
 * namespaces, JSON Schema ids, React's error page, the sites' match patterns).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_TEST_MATCHES, SITE_MATCHES } from '../utils/sites';

const wxt = new URL('../node_modules/.bin/wxt', import.meta.url).pathname;
const root = process.cwd();
type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const read = (dir: string): Manifest => JSON.parse(readFileSync(join(root, '.output', dir, 'manifest.json'), 'utf8'));

let chrome: Manifest;
let firefox: Manifest;
let e2e: Manifest;
let firefoxE2e: Manifest;

beforeAll(() => {
  const build = (args: string[], env: Record<string, string> = {}) =>
    // vitest sets NODE_ENV=test, which would make a development build: build what ships.
    execFileSync(wxt, ['build', ...args], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: 'pipe',
    });
  build([]);
  build(['-b', 'firefox']);
  build([], { WXT_E2E: '1' });
  build(['-b', 'firefox'], { WXT_E2E: '1' });
  chrome = read('chrome-mv3');
  firefox = read('firefox-mv2');
  e2e = read('chrome-mv3-e2e');
  firefoxE2e = read('firefox-mv2-e2e');
}, 120_000);

describe('store manifests', () => {
  it('ask only for storage (and the side panel on Chrome), with no host permission beyond the content script', () => {
    expect([...chrome.permissions].sort()).toEqual(['sidePanel', 'storage']);
    expect(firefox.permissions).toEqual(['storage']);
    for (const m of [chrome, firefox]) {
      expect(m.host_permissions).toBeUndefined();
      expect(m.optional_permissions).toBeUndefined();
      expect(JSON.stringify(m)).not.toContain('<all_urls>');
    }
  });

  it('run the content script on the three sites only, never on localhost', () => {
    for (const m of [chrome, firefox]) {
      expect(m.content_scripts).toHaveLength(1);
      expect([...m.content_scripts[0].matches].sort()).toEqual([...SITE_MATCHES].sort());
    }
  });

  it('forbid remote code and network access from extension pages', () => {
    const csp = chrome.content_security_policy.extension_pages as string;
    expect(firefox.content_security_policy).toBe(csp);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  it('declare every entrypoint in both browsers', () => {
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(chrome.action.default_popup).toBe('popup.html');
    expect(firefox.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(firefox.browser_action.default_popup).toBe('popup.html');
    for (const m of [chrome, firefox]) {
      expect(m.options_ui.page).toBe('options.html');
      expect(Object.keys(m.icons).sort()).toEqual(['128', '16', '32', '48', '96']);
      expect(m.default_locale).toBe('en');
    }
  });

  it('keep Firefox-only keys out of the Chrome manifest', () => {
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('Firefox store readiness', () => {
  // Warnings that cannot go away, each explained in the README ("Store readiness").
  const EXPLAINED = new Set(['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT']);

  it('passes web-ext lint with no error and only explained warnings', () => {
    const webExt = join(root, 'node_modules/.bin/web-ext');
    const out = execFileSync(
      webExt,
      ['lint', '-s', join(root, '.output/firefox-mv2'), '--no-config-discovery', '--output=json'],
      {
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
    const report = JSON.parse(out) as { errors: { code: string }[]; warnings: { code: string; file?: string }[] };
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((w) => !EXPLAINED.has(w.code))).toEqual([]);
  }, 60_000);
});

describe('e2e manifests', () => {
  it.each([
    ['Chrome', (): [Manifest, Manifest] => [e2e, chrome]],
    ['Firefox', (): [Manifest, Manifest] => [firefoxE2e, firefox]],
  ] as const)('%s: the store manifest plus the local stand-in matches', (_browser, manifests) => {
    const [test, store] = manifests();
    expect([...test.content_scripts[0].matches].sort()).toEqual([...SITE_MATCHES, ...LOCAL_TEST_MATCHES].sort());
    const { content_scripts: _a, ...restTest } = test;
    const { content_scripts: _b, ...restStore } = store;
    expect(restTest).toEqual(restStore);
  });
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const NETWORK_APIS = [
  /\bfetch\s*\(/,
  /XMLHttpRequest/,
  /\bWebSocket\b/,
  /sendBeacon/,
  /\bEventSource\b/,
  /importScripts\s*\(/,
];
const INERT_URLS = [
  /^https?:\/\/www\.w3\.org\//,
  /^https?:\/\/json-schema\.org\//,
  /^https:\/\/react\.dev\/errors\//,
  /^https:\/\/(x\.com|twitter\.com|www\.linkedin\.com|www\.facebook\.com)\/\*?$/,
  /^https:\/\/\$\{\w+\}\/\*$/, // the content script's match patterns, built from the site descriptors' hosts
  /^http:\/\/\[\$\{/, // zod's IPv6 address template
  // Texts of @wxt-dev/storage's error messages, never fetched.
  /^https:\/\/github\.com\/wxt-dev\/wxt\/issues\/371$/,
  /^https:\/\/wxt\.dev\/guide\/go-further\/testing\.html$/,
];

describe.each(['chrome-mv3', 'firefox-mv2'])('%s: talks to nobody', (dir) => {
  let shipped: { path: string; text: string }[] = [];
  beforeAll(() => {
    shipped = files(join(root, '.output', dir))
      .filter((p) => /\.(js|css|html|json)$/.test(p))
      .map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
  });

  it('calls no network API', () => {
    const hits = shipped
      .filter((f) => f.path.endsWith('.js'))
      .flatMap((f) => NETWORK_APIS.filter((re) => re.test(f.text)).map((re) => `${f.path}: ${re}`));
    expect(hits).toEqual([]);
  });

  it('loads nothing remote in pages and styles', () => {
    const hits = shipped
      .filter((f) => /\.(css|html)$/.test(f.path))
      .flatMap((f) =>
        [...f.text.matchAll(/(?:src|href)\s*=\s*["']?\s*(https?:|\/\/)|url\(\s*["']?\s*(https?:|\/\/)|@import/gi)].map(
          (m) => `${f.path}: ${m[0]}`,
        ),
      );
    expect(hits).toEqual([]);
  });

  it('holds no web address but inert strings', () => {
    const urls = shipped.flatMap((f) =>
      [...f.text.matchAll(/https?:\/\/[^\s"'`)\\]+/g)].map((m) => [f.path, m[0]] as const),
    );
    expect(urls.filter(([, url]) => !INERT_URLS.some((re) => re.test(url)))).toEqual([]);
  });
});

describe('the e2e test hook', () => {
  const contentScript = (dir: string) => readFileSync(join(root, '.output', dir, 'content-scripts/content.js'), 'utf8');

  it.each(['chrome-mv3', 'firefox-mv2'])('%s: the store build has none, and hands the page nothing', (dir) => {
    const script = contentScript(dir);
    expect(script).not.toContain('__postCoachE2E');
    expect(script).not.toContain('wrappedJSObject');
  });

  it('only the Firefox e2e build exports its readers to the page', () => {
    expect(contentScript('chrome-mv3-e2e')).toContain('__postCoachE2E');
    expect(contentScript('chrome-mv3-e2e')).not.toContain('wrappedJSObject');
    expect(contentScript('firefox-mv2-e2e')).toContain('wrappedJSObject');
  });
});
