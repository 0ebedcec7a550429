import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const locales: Record<string, Messages> = Object.fromEntries(
  ['en', 'fr'].map((lang) => [
    lang,
    JSON.parse(readFileSync(join(process.cwd(), 'public/_locales', lang, 'messages.json'), 'utf8')),
  ]),
);

/** Tests can switch the UI language the fake browser answers in. */
export const testUi = { lang: 'en' };

/** Chrome's getMessage, from the real _locales files: $name$ placeholders point at $1… substitutions. */
export function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = locales[testUi.lang]?.[name];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\w+)\$/g, (_, key: string) => {
    const content = entry.placeholders?.[key.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
  });
}

beforeEach(() => {
  fakeBrowser.reset();
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
