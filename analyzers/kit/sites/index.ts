/**
 * The sites the coach knows. A new site is a descriptor file here plus its line
 * below, its selector registry (`entrypoints/content/sites/`) and its stand-in
 * page (`tests/fixtures/`): see CONTRIBUTING.md, "Add a site".
 */
import { siteRegistry } from './define';
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import { x } from './x';

export const SITE_LIST = [x, linkedin, facebook] as const;
export type Platform = (typeof SITE_LIST)[number]['id'];
export const SITES = siteRegistry<Platform>(SITE_LIST);
export const PLATFORMS = SITES.ids as readonly Platform[] as readonly [Platform, ...Platform[]];

export { BOX_KINDS, defineSite, siteRegistry, SITE_ID_RE } from './define';
export type { BoxKind, SiteDescriptor, SiteRegistry } from './define';
