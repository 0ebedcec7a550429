import { useCallback } from 'react';
import { ruleLabel as registryLabel } from '@/analyzers';
import { HOUSE_CATEGORY, houseRuleId } from '@/analyzers/house-rules';
import type { HousePack } from '@/analyzers/house-rules/types';
import type { Category, Lang } from '@/analyzers/kit/types';
import { SITES } from '@/analyzers/kit/sites';
import { t, tLanguage, uiLanguageOf } from '@/utils/i18n';
import { plainText } from '@/utils/rich-text';
import { useSettings } from './settings-context';

const keyOf = (id: string) => id.replace(/[/-]/g, '_');

/** A site's own name (the same in every language), from its descriptor; an unknown id shows as is. */
export const siteName = (id: string) => (SITES.has(id) ? SITES.byId[id].name : id);

/**
 * A rule's or a category's name in the UI language; an unknown id shows as is (see `useRuleLabel` for house rules).
 * Rule labels come from the analyzers' registry, next to each rule's message; categories from `_locales`.
 */
export function ruleLabel(id: string): string {
  if (id.includes('/')) return registryLabel(id, tLanguage()) ?? id;
  const key = `cat_${keyOf(id)}`;
  const label = t(key);
  return label === key ? id : label;
}

/** A house rule's name: its pack's, then its message as plain text. */
export const packRuleLabel = (packName: string, message: string) => `${packName}: ${plainText(message)}`;

/** A house rule as "Pack: its message" (in `lang` or the other language), or undefined. */
export function houseRuleLabel(id: string, packs: readonly HousePack[], lang: Lang): string | undefined {
  if (!id.startsWith(`${HOUSE_CATEGORY}/`)) return undefined;
  for (const pack of packs) {
    for (const rule of pack.rules) {
      if (houseRuleId(pack, rule) !== id) continue;
      const message = rule.message[lang] ?? rule.message.en ?? rule.message.fr;
      return packRuleLabel(pack.name, message ?? rule.id);
    }
  }
  return undefined;
}

/** `ruleLabel` that also names the team's house rules, from the packs in the settings store. */
export function useRuleLabel(): (id: string) => string {
  const packs = useSettings((s) => s.packs);
  const language = useSettings((s) => s.settings.uiLanguage);
  return useCallback(
    (id: string) => houseRuleLabel(id, packs, uiLanguageOf(language)) ?? ruleLabel(id),
    [packs, language],
  );
}

export const categoryLabel = (category: Category) => t(`cat_${keyOf(category)}`);

/** Per-category texts for the "why" and learning mode: `principle`, `source`, `learn`, `weak`, `strong`. */
export const categoryText = (category: Category, part: 'principle' | 'source' | 'learn' | 'weak' | 'strong') =>
  t(`${part}_${keyOf(category)}`);
