import { browser } from 'wxt/browser';

/** One `_locales/<lang>/messages.json`. */
export type LocaleMessages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * Set by extension pages (`ui-language.ts`) so the UI language can be chosen in
 * the options; the content script leaves it unset and uses the browser's i18n.
 */
let chosen: LocaleMessages | null = null;
let chosenLang: 'fr' | 'en' | undefined;

export function setLocaleMessages(messages: LocaleMessages | null, lang?: 'fr' | 'en'): void {
  chosen = messages;
  chosenLang = messages ? lang : undefined;
}

/** The language `t()` answers in: for texts that come from the engine's registry (rule labels). */
export function tLanguage(): 'fr' | 'en' {
  return chosenLang ?? uiLanguageOf('browser');
}

/** Chrome's own substitution rules: `$name$` points at a placeholder whose content names `$1`…`$9`. */
export function formatMessage(
  entry: LocaleMessages[string] | undefined,
  substitutions: readonly string[],
): string | undefined {
  if (!entry) return undefined;
  return entry.message.replace(/\$(\w+)\$/g, (_, key: string) => {
    const content = entry.placeholders?.[key.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

/**
 * A UI string from `public/_locales`. A missing key shows its name, which keeps
 * the gap visible instead of silently blank.
 */
export function t(name: string, ...substitutions: string[]): string {
  if (chosen) return formatMessage(chosen[name], substitutions) || name;
  try {
    return browser.i18n.getMessage(name as never, substitutions) || name;
  } catch {
    return name;
  }
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * A UI string that depends on a count, by the language's own plural rules:
 * `name_one` or `name_other` (French says "0 conseil", English "0 hints").
 * The catalogue's `pluralLang` says which rules apply, so the content script
 * (browser i18n) and the pages (chosen catalogue) agree. Substitutions default
 * to the count alone.
 */
export function tn(name: string, count: number, ...substitutions: string[]): string {
  const lang = t('pluralLang');
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang === 'pluralLang' ? 'en' : lang);
    pluralRules.set(lang, rules);
  }
  const subs = substitutions.length > 0 ? substitutions : [String(count)];
  const key = `${name}_${rules.select(count) === 'one' ? 'one' : 'other'}`;
  return t(key, ...subs);
}

/** The coach's language for a setting: French or English, or the browser's when `browser`. */
export function uiLanguageOf(setting: 'browser' | 'fr' | 'en'): 'fr' | 'en' {
  if (setting !== 'browser') return setting;
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
  } catch {
    return 'en';
  }
}
