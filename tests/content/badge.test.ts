// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { analyze } from '@/analyzers';
import { Badge } from '@/entrypoints/content/badge';
import { testUi } from '@/tests/setup';

const at = { top: 100, right: 400, bottom: 200, left: 0, width: 400, height: 100 } as DOMRect;

function shown(text: string, lang: 'en' | 'fr' = 'en') {
  testUi.lang = lang;
  const badge = new Badge(() => {});
  const report = analyze(text, { platform: 'linkedin', messageLang: lang });
  badge.show(report, at);
  const [score, hints] = [...badge.button.querySelectorAll('span')].map((s) => s.textContent);
  return { badge, report, score, hints, label: badge.button.getAttribute('aria-label'), title: badge.button.title };
}

describe('badge', () => {
  it('says what its numbers are, in its tooltip, its accessible name and on its face', () => {
    const { report, score, hints, label, title } = shown('Like and share this post! Follow us for more tips.');
    const n = report.findings.length;
    expect(n).toBeGreaterThan(1);
    expect(label).toBe(`Community score ${report.score}, ${n} hints. Open Post Coach.`);
    expect(title).toBe(label);
    expect(score).toBe(`${report.score}/100`);
    expect(hints).toBe(`${n} hints`);
  });

  it('counts one hint in the singular, none with a tick', () => {
    expect(shown('Like this post! From Monday we open at 7 am, on Rue Victor Hugo.')).toMatchObject({
      hints: '1 hint',
    });
    expect(shown('What is the hardest part of pricing your work?').hints).toBe('✓ 0 hints');
  });

  it('speaks French, with French plurals', () => {
    const one = shown(
      'Likez ce post ! Dès lundi, nous ouvrons à 7 h, rue Victor Hugo, avec du pain au levain et du café à emporter jusqu’à 19 h.',
      'fr',
    );
    expect(one.hints).toBe('1 conseil');
    expect(one.label).toBe(`Score communauté ${one.report.score}, 1 conseil. Ouvrir Post Coach.`);
    const none = shown('Quelle est la partie la plus difficile quand vous fixez vos prix ?', 'fr');
    expect(none.hints).toBe('✓ 0 conseil');
    expect(none.label).toMatch(/, 0 conseil\. /);
  });
});
