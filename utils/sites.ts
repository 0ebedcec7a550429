import type { Platform } from '../analyzers/kit/types';

/** Where the content script runs in the store build: the three sites, nothing else. */
export const SITE_MATCHES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.linkedin.com/*',
  'https://www.facebook.com/*',
];

/** Added only to the e2e build (`npm run build:e2e`), for the local stand-in pages. */
export const LOCAL_TEST_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

const HOSTS: Record<string, Platform> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.linkedin.com': 'linkedin',
  'www.facebook.com': 'facebook',
};

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);
const LOCAL_PREFIXES: [string, Platform][] = [
  ['/x/', 'x'],
  ['/linkedin/', 'linkedin'],
  ['/facebook/', 'facebook'],
];

/**
 * Which site a page belongs to, or null when the coach has no business there.
 * Local pages stand in for a site only when `allowLocal` is set, which only the
 * e2e build does.
 */
export function platformForUrl(href: string, allowLocal: boolean): Platform | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol === 'https:' && url.hostname in HOSTS) return HOSTS[url.hostname] ?? null;
  if (allowLocal && url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) {
    for (const [prefix, platform] of LOCAL_PREFIXES) {
      if (url.pathname.startsWith(prefix)) return platform;
    }
  }
  return null;
}
