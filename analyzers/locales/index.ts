import type { Lang } from '../kit/types';
import { frenchSpacing, mapStrings } from '../kit/typography';
import { en } from './en';
import { fr } from './fr';
import type { Catalogue, RuleText } from './types';

export type { Catalogue, RuleText };
// French spacing is applied here, once, so the catalogue's strings stay easy to type and to review.
export const catalogues: Record<Lang, Catalogue> = { en, fr: mapStrings(fr, frenchSpacing) };

/** Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
