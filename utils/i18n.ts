import { browser } from 'wxt/browser';

/**
 * A UI string from `public/_locales` through the browser's i18n API. A missing
 * key shows its name, which keeps the gap visible instead of silently blank.
 */
export function t(name: string, ...substitutions: string[]): string {
  try {
    return browser.i18n.getMessage(name as never, substitutions) || name;
  } catch {
    return name;
  }
}
