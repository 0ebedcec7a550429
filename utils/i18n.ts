/**
 * UI strings come from `public/_locales` through the browser's i18n API. Outside
 * an extension (unit tests without the fake browser) the message name is shown,
 * which keeps missing keys visible instead of silently blank.
 */
export function t(name: string, ...substitutions: string[]): string {
  const i18n = (globalThis as { browser?: { i18n?: { getMessage?: (n: string, s?: string[]) => string } } }).browser
    ?.i18n;
  const message = i18n?.getMessage?.(name, substitutions);
  return message || name;
}
