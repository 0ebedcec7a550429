import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineSite, PLATFORMS, SITE_LIST, siteRegistry, SITES } from '../analyzers/kit/sites';
import { LIMITS } from '../analyzers/site-rules';
import { ADAPTERS } from '../entrypoints/content/sites';
import { platformForUrl, siteMatches, SITE_MATCHES } from '../utils/sites';
import { DEFAULT_SETTINGS, readSettings, repairSettings, writeSettings } from '../utils/settings';
import { usage } from '../tools/coach';

describe('platformForUrl', () => {
  it('knows the three sites', () => {
    expect(platformForUrl('https://x.com/home', false)).toBe('x');
    expect(platformForUrl('https://twitter.com/compose/post', false)).toBe('x');
    expect(platformForUrl('https://www.linkedin.com/feed/', false)).toBe('linkedin');
    expect(platformForUrl('https://www.facebook.com/groups/1', false)).toBe('facebook');
  });

  it('ignores everything else, including look-alike hosts and plain http', () => {
    for (const url of [
      'https://evil-x.com/',
      'http://x.com/',
      'https://x.com.evil.io/',
      'https://m.facebook.com/',
      'not a url',
    ]) {
      expect(platformForUrl(url, false), url).toBeNull();
    }
  });

  it('lets local stand-ins play a site only in the test build', () => {
    expect(platformForUrl('http://localhost:5173/linkedin/feed.html', false)).toBeNull();
    expect(platformForUrl('http://localhost:5173/linkedin/feed.html', true)).toBe('linkedin');
    expect(platformForUrl('http://127.0.0.1:8080/x/home.html', true)).toBe('x');
    expect(platformForUrl('http://127.0.0.1:8080/facebook/', true)).toBe('facebook');
    expect(platformForUrl('http://localhost/other/', true)).toBeNull();
    expect(platformForUrl('http://localhost/x', true)).toBeNull();
    expect(platformForUrl('https://localhost/x/', true)).toBeNull();
  });
});

describe('the site descriptors', () => {
  it('each have a selector registry and a stand-in page (CONTRIBUTING.md, "Add a site")', () => {
    expect(Object.keys(ADAPTERS).sort()).toEqual([...PLATFORMS].sort());
    for (const id of PLATFORMS) {
      expect(ADAPTERS[id].platform).toBe(id);
      expect(existsSync(`tests/fixtures/${id}/index.html`), `tests/fixtures/${id}/index.html`).toBe(true);
    }
  });

  it('are added the way CONTRIBUTING.md says: every file it names exists, for every real site', () => {
    const guide = readFileSync('CONTRIBUTING.md', 'utf8');
    const start = guide.indexOf('## Add a site');
    const end = guide.indexOf('\n## ', start + 1);
    const section = guide.slice(start, end === -1 ? undefined : end);
    const paths = [...section.matchAll(/`([\w./<>*-]+\.(?:ts|tsx|html|json))`/g)].map((m) => m[1]!);
    expect(paths).toContain('analyzers/kit/sites/<id>.ts');
    expect(paths).toContain('entrypoints/content/sites/<id>.ts');
    expect(paths).toContain('tests/fixtures/<id>/index.html');
    for (const path of paths.filter((p) => !p.includes('*') && !p.includes('<model>'))) {
      for (const id of path.includes('<id>') ? PLATFORMS : ['']) {
        const file = path.replaceAll('<id>', id);
        expect(existsSync(file), file).toBe(true);
      }
    }
    for (const [name, file] of [
      ['SITE_LIST', 'analyzers/kit/sites/index.ts'],
      ['ADAPTERS', 'entrypoints/content/sites/index.ts'],
      ['COMPOSERS', 'tests/e2e/composers.ts'],
    ] as const) {
      expect(section).toContain(`\`${name}\``);
      expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`export const ${name}\\b`));
    }
  });

  it('are where the content script matches, the limits and the CLI help come from', () => {
    expect(SITE_MATCHES).toEqual([
      'https://x.com/*',
      'https://twitter.com/*',
      'https://www.linkedin.com/*',
      'https://www.facebook.com/*',
    ]);
    expect(LIMITS.linkedin).toEqual({ post: 3000, comment: 1250, reply: 1250 });
    expect(usage()).toContain('--platform x|linkedin|facebook');
  });

  it('are checked against each other', () => {
    const [x, linkedin] = SITE_LIST;
    expect(() => siteRegistry([x, x])).toThrow(/"x" is declared twice/);
    expect(() => siteRegistry([x, { ...linkedin, id: 'linkedin-2', hosts: ['x.com'] }])).toThrow(
      /x\.com already belongs to x/,
    );
    expect(() => siteRegistry([{ ...x, id: 'Bad Id' }])).toThrow(/lower case/);
    expect(() => siteRegistry([{ ...x, hosts: ['x..com'] }])).toThrow(/"x\.\.com" is not a host name/);
    expect(() => siteRegistry([{ ...x, limits: { ...x.limits, reply: 0 } }])).toThrow(/limits\.reply/);
    expect(() => siteRegistry([{ ...x, where: { en: 'X', fr: '' } }])).toThrow(/English and French/);
  });
});

// A site added the way the real ones are (CONTRIBUTING.md, "Add a site"), never shipped.
const bluesky = defineSite({
  id: 'bluesky',
  name: 'Bluesky',
  where: { en: 'Bluesky: posts and replies', fr: 'Bluesky : posts et réponses' },
  hosts: ['bsky.app'],
  kinds: ['post', 'reply'],
  limits: { post: 300, reply: 300, comment: 300 },
  counting: 'code-points',
  hashtags: [3, 5],
  networkNames: ['bluesky', 'bsky'],
});
const withBluesky = siteRegistry([...SITE_LIST, bluesky]);
const [x, linkedin] = SITE_LIST;
const withoutFacebook = siteRegistry([x, linkedin]);

describe('a throwaway fourth site', () => {
  it('gets its matches, its local stand-in and its line in the CLI help from its descriptor alone', () => {
    expect(siteMatches(withBluesky)).toEqual([...SITE_MATCHES, 'https://bsky.app/*']);
    expect(platformForUrl('https://bsky.app/profile/atelier', false, withBluesky)).toBe('bluesky');
    expect(platformForUrl('http://localhost:5173/bluesky/', true, withBluesky)).toBe('bluesky');
    expect(platformForUrl('https://bsky.app/', false)).toBeNull();
    const help = usage(withBluesky);
    expect(help).toContain('--platform x|linkedin|facebook|bluesky');
    expect(help).toMatch(/^ {2}bluesky +Bluesky: post 300, reply 300 characters; bsky\.app$/m);
  });

  it('keeps every stored choice when a site is added, and gives the new one its default', () => {
    const stored = { ...DEFAULT_SETTINGS, sites: { x: true, linkedin: false, facebook: false }, learningMode: false };
    const read = repairSettings(structuredClone(stored), withBluesky);
    expect(read.problems).toEqual([]);
    expect(read.settings).toEqual({ ...stored, sites: { x: true, linkedin: false, facebook: false, bluesky: true } });
  });

  it('keeps the switch of a site that was removed, so it is still there if the site comes back', () => {
    const stored = { ...DEFAULT_SETTINGS, sites: { x: false, linkedin: true, facebook: false } };
    const without = repairSettings(structuredClone(stored), withoutFacebook);
    expect(without.problems).toEqual([]);
    expect(without.settings.sites).toEqual({ x: false, linkedin: true, facebook: false });
    expect(repairSettings(without.settings, SITES).settings.sites).toEqual(stored.sites);
  });

  it('round-trips through storage: three-site settings, read with four sites and with two, every choice kept', async () => {
    // Exactly what a user of the three-site version has in storage.
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, sites: { x: true, linkedin: false, facebook: true }, sensitivity: 'strict' },
      settings$: { v: 1 },
    });
    const four = await readSettings(withBluesky);
    expect(four.problems).toEqual([]);
    expect(four.settings.sites).toEqual({ x: true, linkedin: false, facebook: true, bluesky: true });
    expect(four.settings.sensitivity).toBe('strict');
    // The settings type knows the shipped sites only; a registered one is there at run time.
    const sites = { ...four.settings.sites, bluesky: false } as typeof four.settings.sites;
    await writeSettings({ ...four.settings, sites });

    const two = await readSettings(withoutFacebook);
    expect(two.problems).toEqual([]);
    expect(two.settings.sites).toEqual({ x: true, linkedin: false, facebook: true, bluesky: false });
    await writeSettings(two.settings);

    const three = await readSettings();
    expect(three.problems).toEqual([]);
    expect(three.settings.sites).toMatchObject({ x: true, linkedin: false, facebook: true });
    expect(three.settings.sensitivity).toBe('strict');
  });

  it('still repairs a damaged switch on its own, keeping the others', () => {
    const read = repairSettings({ sites: { x: false, linkedin: 'no', 'Not A Site': true } }, withBluesky);
    expect(read.settings.sites).toEqual({ x: false, linkedin: true, facebook: true, bluesky: true });
    expect(read.problems).toEqual([
      'sites.linkedin: expected a boolean, got a string',
      'sites.Not A Site: not a site id, ignored',
    ]);
  });
});
