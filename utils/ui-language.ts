/**
 * The language of the extension pages: the options' choice, or the browser's.
 * Both catalogues ship with the pages (not with the content script), so a
 * change applies at once, without a reload.
 */
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import type { Lang } from '@/analyzers/kit/types';
import { setLocaleMessages, uiLanguageOf, type LocaleMessages } from './i18n';
import type { UiLanguage } from './settings';

export const LOCALES: Record<Lang, LocaleMessages> = { en, fr };

/** Switch every later `t()` call of this page to that language; returns the language used. */
export function applyUiLanguage(setting: UiLanguage): Lang {
  const lang = uiLanguageOf(setting);
  setLocaleMessages(LOCALES[lang], lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  return lang;
}
