/**
 * The card's words in both UI languages, picked from the extension's
 * catalogues (public/_locales) by name, so only these strings ship with the
 * content script: the card follows the language chosen in the settings, which
 * the browser's own i18n cannot do.
 */
import {
  severity_warning as en_severity_warning,
  severity_hint as en_severity_hint,
  cat_begging as en_cat_begging,
  cat_self_centred as en_cat_self_centred,
  cat_missing_value as en_cat_missing_value,
  cat_site_rules as en_cat_site_rules,
  cat_formulas as en_cat_formulas,
  cat_sharing as en_cat_sharing,
  cat_repetition as en_cat_repetition,
  cat_oversharing as en_cat_oversharing,
  cat_replies as en_cat_replies,
  cat_house_rules as en_cat_house_rules,
  betterWay as en_betterWay,
  cardRewrite as en_cardRewrite,
  copy as en_copy,
  copied as en_copied,
  copyFailed as en_copyFailed,
  dismiss as en_dismiss,
  muteRule as en_muteRule,
  openPanel as en_openPanel,
  cardClose as en_cardClose,
} from '@/public/_locales/en/messages.json';
import {
  severity_warning as fr_severity_warning,
  severity_hint as fr_severity_hint,
  cat_begging as fr_cat_begging,
  cat_self_centred as fr_cat_self_centred,
  cat_missing_value as fr_cat_missing_value,
  cat_site_rules as fr_cat_site_rules,
  cat_formulas as fr_cat_formulas,
  cat_sharing as fr_cat_sharing,
  cat_repetition as fr_cat_repetition,
  cat_oversharing as fr_cat_oversharing,
  cat_replies as fr_cat_replies,
  cat_house_rules as fr_cat_house_rules,
  betterWay as fr_betterWay,
  cardRewrite as fr_cardRewrite,
  copy as fr_copy,
  copied as fr_copied,
  copyFailed as fr_copyFailed,
  dismiss as fr_dismiss,
  muteRule as fr_muteRule,
  openPanel as fr_openPanel,
  cardClose as fr_cardClose,
} from '@/public/_locales/fr/messages.json';
import type { Lang } from '@/analyzers/kit/types';

export type CardKey =
  | 'severity_warning'
  | 'severity_hint'
  | 'cat_begging'
  | 'cat_self_centred'
  | 'cat_missing_value'
  | 'cat_site_rules'
  | 'cat_formulas'
  | 'cat_sharing'
  | 'cat_repetition'
  | 'cat_oversharing'
  | 'cat_replies'
  | 'cat_house_rules'
  | 'betterWay'
  | 'cardRewrite'
  | 'copy'
  | 'copied'
  | 'copyFailed'
  | 'dismiss'
  | 'muteRule'
  | 'openPanel'
  | 'cardClose';

const CATALOGUES: Record<Lang, Record<CardKey, { message: string }>> = {
  en: {
    severity_warning: en_severity_warning,
    severity_hint: en_severity_hint,
    cat_begging: en_cat_begging,
    cat_self_centred: en_cat_self_centred,
    cat_missing_value: en_cat_missing_value,
    cat_site_rules: en_cat_site_rules,
    cat_formulas: en_cat_formulas,
    cat_sharing: en_cat_sharing,
    cat_repetition: en_cat_repetition,
    cat_oversharing: en_cat_oversharing,
    cat_replies: en_cat_replies,
    cat_house_rules: en_cat_house_rules,
    betterWay: en_betterWay,
    cardRewrite: en_cardRewrite,
    copy: en_copy,
    copied: en_copied,
    copyFailed: en_copyFailed,
    dismiss: en_dismiss,
    muteRule: en_muteRule,
    openPanel: en_openPanel,
    cardClose: en_cardClose,
  },
  fr: {
    severity_warning: fr_severity_warning,
    severity_hint: fr_severity_hint,
    cat_begging: fr_cat_begging,
    cat_self_centred: fr_cat_self_centred,
    cat_missing_value: fr_cat_missing_value,
    cat_site_rules: fr_cat_site_rules,
    cat_formulas: fr_cat_formulas,
    cat_sharing: fr_cat_sharing,
    cat_repetition: fr_cat_repetition,
    cat_oversharing: fr_cat_oversharing,
    cat_replies: fr_cat_replies,
    cat_house_rules: fr_cat_house_rules,
    betterWay: fr_betterWay,
    cardRewrite: fr_cardRewrite,
    copy: fr_copy,
    copied: fr_copied,
    copyFailed: fr_copyFailed,
    dismiss: fr_dismiss,
    muteRule: fr_muteRule,
    openPanel: fr_openPanel,
    cardClose: fr_cardClose,
  },
};

/** One of the card's strings in that language. */
export function cardText(lang: Lang, key: CardKey): string {
  return CATALOGUES[lang][key].message;
}
