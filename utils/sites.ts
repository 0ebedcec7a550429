import { SITES, type Platform, type SiteRegistry } from '../analyzers/kit/sites';

/** Where the content script runs in the store build: the sites' hosts, nothing else. */
export function siteMatches(sites: SiteRegistry = SITES): string[] {
  return sites.list.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));
}

export const SITE_MATCHES = siteMatches();

/** Added only to the e2e build (`npm run build:e2e`), for the local stand-in pages. */
export const LOCAL_TEST_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * Which site a page belongs to, or null when the coach has no business there.
 * Local pages stand in for a site (under `/<site id>/`) only when `allowLocal`
 * is set, which only the e2e build does.
 */
export function platformForUrl<Id extends string = Platform>(
  href: string,
  allowLocal: boolean,
  sites: SiteRegistry<Id> = SITES as unknown as SiteRegistry<Id>,
): Id | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') return sites.forHost(url.hostname)?.id ?? null;
  if (allowLocal && url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) {
    const first = url.pathname.split('/')[1] ?? '';
    if (url.pathname.startsWith(`/${first}/`) && sites.has(first)) return first;
  }
  return null;
}
