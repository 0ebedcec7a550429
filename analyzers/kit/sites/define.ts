/**
 * What a site is to the coach, as plain data: no DOM, no browser, so the
 * engine, the extension and the CLI all read the same descriptors. The DOM
 * half of a site (which boxes it coaches) is its selector registry in
 * `entrypoints/content/sites/`.
 */

/** Every kind of box a site may have; each descriptor says which of them it has. */
export const BOX_KINDS = ['post', 'reply', 'comment'] as const;
export type BoxKind = (typeof BOX_KINDS)[number];

export interface SiteDescriptor<Id extends string = string> {
  /** Stable id: settings, house-rule packs, reports and the CLI key on it. Lower case, no spaces. */
  readonly id: Id;
  /** The site's own name, the same in every language (shown in pages, reports and hints). */
  readonly name: string;
  /** What the coach coaches there, one line per language (the side panel's and popup's "where it works"). */
  readonly where: Readonly<Record<'en' | 'fr', string>>;
  /** Hosts served over https where the coach runs (exact names, no wildcards). */
  readonly hosts: readonly string[];
  /** The boxes its composers have (what the selector registry may return). */
  readonly kinds: readonly BoxKind[];
  /** Characters the site accepts per kind of box; a kind the site lacks still needs one (the CLI may ask for it). */
  readonly limits: Readonly<Record<BoxKind, number>>;
  /** How the site counts against its limit: X weighs characters and counts links as 23. */
  readonly counting: 'code-points' | 'x-weighted';
  /** Where the site folds a post behind "see more" (characters), if it does: the hook must come first. */
  readonly fold?: number;
  /** Hashtags past which a post reads as a formula: [hint, warning]. */
  readonly hashtags: readonly [hint: number, warning: number];
  /** Words naming the site in a scheduler's network column (Buffer, Hootsuite…), lower case. */
  readonly networkNames: readonly string[];
}

/** Declares one site; keeps the literal id so the platform type is the union of ids. */
export function defineSite<const Id extends string>(site: SiteDescriptor<Id>): SiteDescriptor<Id> {
  return Object.freeze(site);
}

export const SITE_ID_RE = /^[a-z][a-z0-9-]{0,30}$/;
const LABEL_RE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
/** A lower-case host name with at least two labels (checked label by label: no backtracking). */
const isHost = (host: string) =>
  host.length <= 253 && host.includes('.') && host.split('.').every((l) => l.length <= 63 && LABEL_RE.test(l));

/** A set of sites and what derives from it; `SITES` is the one the product ships. */
export interface SiteRegistry<Id extends string = string> {
  readonly list: readonly SiteDescriptor<Id>[];
  readonly ids: readonly Id[];
  readonly byId: Readonly<Record<Id, SiteDescriptor<Id>>>;
  /** The site served on an https host, if any. */
  forHost(host: string): SiteDescriptor<Id> | undefined;
  has(id: string): id is Id;
}

/** Checks the descriptors against each other (unique ids, hosts, names) and indexes them. */
export function siteRegistry<Id extends string>(list: readonly SiteDescriptor<Id>[]): SiteRegistry<Id> {
  const problems: string[] = [];
  const hosts = new Map<string, SiteDescriptor<Id>>();
  const byId = {} as Record<Id, SiteDescriptor<Id>>;
  const networkNames = new Set<string>();
  for (const site of list) {
    if (!SITE_ID_RE.test(site.id)) problems.push(`"${site.id}": an id is lower case letters, digits and dashes`);
    if (site.id in byId) problems.push(`"${site.id}" is declared twice`);
    byId[site.id] = site;
    if (site.hosts.length === 0) problems.push(`${site.id}: no host`);
    for (const host of site.hosts) {
      if (!isHost(host)) problems.push(`${site.id}: "${host}" is not a host name`);
      const other = hosts.get(host);
      if (other) problems.push(`${site.id}: ${host} already belongs to ${other.id}`);
      hosts.set(host, site);
    }
    if (!site.name.trim() || !site.where.en.trim() || !site.where.fr.trim())
      problems.push(`${site.id}: a name and a "where" line in English and French`);
    if (site.kinds.length === 0) problems.push(`${site.id}: no kind of box`);
    for (const kind of BOX_KINDS) {
      const limit = site.limits[kind];
      if (!Number.isInteger(limit) || limit < 1) problems.push(`${site.id}: limits.${kind} must be a positive integer`);
    }
    if (!(site.hashtags[0] <= site.hashtags[1])) problems.push(`${site.id}: hashtags [hint, warning] out of order`);
    for (const name of site.networkNames) {
      if (networkNames.has(name)) problems.push(`${site.id}: network name "${name}" is used twice`);
      networkNames.add(name);
    }
  }
  if (problems.length > 0) throw new Error(`Site descriptors: ${problems.join('; ')}`);
  const ids = list.map((s) => s.id);
  return Object.freeze({
    list,
    ids,
    byId,
    forHost: (host: string) => hosts.get(host),
    has: (id: string): id is Id => Object.prototype.hasOwnProperty.call(byId, id),
  });
}
