import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage, setLocaleMessages, type LocaleMessages } from '@/utils/i18n';

/**
 * Property tests draw the same cases on every run: a test must fail only when
 * something is broken, never on an unlucky draw. To explore other cases, change
 * the seed by hand; a failure prints the seed and path that reproduce it.
 */
export const PROPERTY_SEED = 20_261_201;
fc.configureGlobal({ seed: PROPERTY_SEED });

// Testing Library's findBy… and waitFor give up after 1 s by default: too short on a busy machine.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 15_000 });
}

const locales: Record<string, LocaleMessages> = Object.fromEntries(
  ['en', 'fr'].map((lang) => [
    lang,
    JSON.parse(readFileSync(join(process.cwd(), 'public/_locales', lang, 'messages.json'), 'utf8')),
  ]),
);

/** Tests can switch the UI language the fake browser answers in. */
export const testUi = { lang: 'en' };

/** Chrome's getMessage, from the real _locales files. */
export function getMessage(name: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return formatMessage(locales[testUi.lang]?.[name], subs) ?? '';
}

beforeEach(() => {
  fakeBrowser.reset();
  setLocaleMessages(null);
  testUi.lang = 'en';
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => testUi.lang);
});

afterEach(async () => {
  vi.restoreAllMocks();
  // RTL only cleans up by itself with vitest globals, which this project keeps off.
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
