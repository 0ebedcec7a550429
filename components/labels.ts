import type { Category } from '@/analyzers/kit/types';
import { t } from '@/utils/i18n';

const keyOf = (id: string) => id.replace(/[/-]/g, '_');

/** A rule's or a category's name in the UI language; an unknown id (a house rule) shows as is. */
export function ruleLabel(id: string): string {
  const key = id.includes('/') ? `rule_${keyOf(id)}` : `cat_${keyOf(id)}`;
  const label = t(key);
  return label === key ? id : label;
}

export const categoryLabel = (category: Category) => t(`cat_${keyOf(category)}`);

/** Per-category texts for the "why" and learning mode: `principle`, `source`, `learn`, `weak`, `strong`. */
export const categoryText = (category: Category, part: 'principle' | 'source' | 'learn' | 'weak' | 'strong') =>
  t(`${part}_${keyOf(category)}`);
