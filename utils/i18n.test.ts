import { describe, expect, it } from 'vitest';
import { t, tn } from './i18n';
import { applyUiLanguage } from './ui-language';

describe('plurals', () => {
  it.each([
    ['en', 0, '0 hints dismissed for this draft.'],
    ['en', 1, '1 hint dismissed for this draft.'],
    ['en', 2, '2 hints dismissed for this draft.'],
    // French counts 0 and 1 in the singular.
    ['fr', 0, '0 conseil écarté pour ce brouillon.'],
    ['fr', 1, '1 conseil écarté pour ce brouillon.'],
    ['fr', 2, '2 conseils écartés pour ce brouillon.'],
    ['fr', 1_000_000, '1000000 conseils écartés pour ce brouillon.'],
  ] as const)('%s, %d: %s', (lang, count, expected) => {
    applyUiLanguage(lang);
    expect(tn('dismissedCount', count)).toBe(expected);
  });

  it('take other substitutions after the count', () => {
    applyUiLanguage('fr');
    expect(tn('packImported', 1, 'Atelier', '1')).toBe(
      '«\u00a0Atelier\u00a0» importé\u00a0: 1 règle, désormais active.',
    );
    applyUiLanguage('en');
    expect(tn('packSummary', 3, '2', '3')).toBe('version 2, 3 rules');
  });

  it('follow the browser’s catalogue in the content script (no chosen catalogue)', async () => {
    const { setLocaleMessages } = await import('./i18n');
    setLocaleMessages(null);
    const { testUi } = await import('@/tests/setup');
    testUi.lang = 'fr';
    expect(t('pluralLang')).toBe('fr');
    expect(tn('badgeHints', 0)).toBe('0 conseil');
    testUi.lang = 'en';
    expect(tn('badgeHints', 0)).toBe('0 hints');
  });
});
