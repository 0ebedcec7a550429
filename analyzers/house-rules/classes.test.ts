import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { compileHouseRules, MAX_FINDINGS_PER_RULE, MAX_SCAN_STEPS, parsePhrase, unknownClasses } from './index';
import type { HousePack, HouseRule } from './types';
import { normalize, tokenize } from '../kit/text';
import type { Context } from '../kit/engine';

const packOf = (...rules: HouseRule[]): HousePack => ({ id: 'team', name: 'Team', version: 1, enabled: true, rules });
const avoid = (...phrases: string[]): HouseRule => ({ id: 'r', type: 'avoid', phrases, message: { en: 'no' } });

/** The excerpts a one-rule pack flags in `text`. */
const flagged = (phrase: string, text: string) =>
  analyze(text, { platform: 'linkedin', lang: 'en', houseRules: [packOf(avoid(phrase))] })
    .findings.filter((f) => f.category === 'house-rules')
    .map((f) => (f.start === undefined ? null : text.slice(f.start, f.end)));

describe('house-rule classes', () => {
  it.each([
    [
      '{time}',
      'Doors at 10h, lunch at 9 h, drinks 19:00, talk 7pm, end 10h30, also 9 h 30 and 7 pm',
      ['10h', '9 h', '19:00', '7pm', '10h30', '9 h 30', '7 pm'],
    ],
    ['{time}', 'We are 10 people, 25h of video, 12:99 is no time', []],
    [
      '{date}',
      'On 12/03/2026, 2026-03-12, 12 mars, 1er avril 2026, March 12 and 12.03.2026',
      ['12/03/2026', '2026-03-12', '12 mars', '1er avril 2026', 'March 12', '12.03.2026'],
    ],
    ['{date}', 'We are 12 in March, 45/12 is not one', []],
    ['{number}', 'We planted 120 trees and 3 more', ['120', '3']],
    ['{price}', 'Tickets 12 €, or €12, $5, 5,99 € and 20 euros', ['12', '12', '5', '5,99', '20 euros']],
    ['{price}', 'We planted 120 trees', []],
    ['{url}', 'Read https://example.com/a then go', ['https://example.com/a']],
    ['{hashtag}', 'A #launch and a word launch', ['#launch']],
    ['{mention}', 'Thanks @julie and julie', ['@julie']],
    ['doors at {time}', 'Doors at 19:00, doors open at noon', ['Doors at 19:00']],
    ['only {price}', 'Only 12 € today, only twelve', ['Only 12']],
  ])('%s in "%s"', (phrase, text, expected) => {
    expect(flagged(phrase, text)).toEqual(expected);
  });

  it('parses classes, anchors and a dollar sign apart', () => {
    expect(parsePhrase('^Camille')).toMatchObject({ atStart: true, atEnd: false, elements: [{ word: 'camille' }] });
    expect(parsePhrase('— Camille$')).toMatchObject({ atStart: false, atEnd: true, elements: [{ word: 'camille' }] });
    expect(parsePhrase('only 5$')).toMatchObject({ atEnd: false });
    expect(parsePhrase('at {time}').elements).toEqual([{ word: 'at', group: 'w' }, { cls: 'time' }]);
    expect(unknownClasses('at {tme} or {time}')).toEqual(['tme']);
  });
});

describe('house-rule anchors', () => {
  const sign: HouseRule = { id: 'sign', type: 'require', anyOf: ['Camille$'], message: { en: 'Sign it' } };
  const opens: HouseRule = { id: 'opens', type: 'require', anyOf: ['^Bonjour'], message: { en: 'Open with Bonjour' } };
  const fires = (rule: HouseRule, text: string) =>
    analyze(text, { platform: 'linkedin', houseRules: [packOf(rule)] }).findings.some(
      (f) => f.category === 'house-rules',
    );

  it.each([
    [sign, 'Thanks for your patience, it is fixed. — Camille', false],
    [sign, 'Thanks for your patience, it is fixed. Camille 🙂', false],
    [sign, 'Camille here: thanks for your patience, it is fixed.', true],
    [sign, 'Thanks, I asked Camille to look at it.', true],
    [opens, 'Bonjour à toutes et à tous, voici notre atelier', false],
    [opens, '👋 Bonjour, voici notre atelier', false],
    [opens, 'Voici notre atelier, bonjour à toutes', true],
  ])('%#: %s', (rule, text, expected) => {
    expect(fires(rule, text)).toBe(expected);
  });
});

describe('house-rule texts', () => {
  const tag: HouseRule = {
    id: 'tag',
    type: 'require',
    when: ['sponsored'],
    anyOf: Array.from({ length: 70 }, (_, i) => `#tag${i}`),
    message: { en: 'Tag a sponsored post' },
  };
  it('a require rule without suggestions offers one generic better way, not its anyOf list', () => {
    const f = analyze('A sponsored post', {
      platform: 'linkedin',
      lang: 'en',
      houseRules: [packOf(tag)],
    }).findings.find((f) => f.category === 'house-rules')!;
    expect(f.suggestions).toHaveLength(1);
    expect(f.suggestions[0]).toContain('#tag0');
    expect(f.suggestions[0]).not.toContain('#tag3');
  });
  it('suggestions given are kept apart from anyOf', () => {
    const withTips = { ...tag, suggestions: { en: ['Add #ad at the end'] } };
    const f = analyze('A sponsored post', {
      platform: 'linkedin',
      lang: 'en',
      houseRules: [packOf(withTips)],
    }).findings.find((f) => f.category === 'house-rules')!;
    expect(f.suggestions).toEqual(['Add #ad at the end']);
  });
  it('a missing why says it is a team norm, in the message language, instead of repeating the message', () => {
    const en = analyze('A sponsored post', {
      platform: 'linkedin',
      houseRules: [packOf(tag)],
      messageLang: 'en',
    }).findings.find((f) => f.category === 'house-rules')!;
    expect(en.why).not.toBe(en.message);
    expect(en.why).toContain('Team');
    const fr = analyze('A sponsored post', {
      platform: 'linkedin',
      houseRules: [packOf(tag)],
      messageLang: 'fr',
    }).findings.find((f) => f.category === 'house-rules')!;
    expect(fr.why).toContain('règles maison');
  });
  it('an avoid rule without instead offers a generic better way', () => {
    const f = analyze('cheap', {
      platform: 'linkedin',
      lang: 'en',
      houseRules: [packOf(avoid('cheap'))],
    }).findings.find((x) => x.category === 'house-rules')!;
    expect(f.suggestions).toHaveLength(1);
    expect(f.suggestions[0]).not.toBe(f.message);
  });
});

describe('a house rule and a built-in rule on the same words', () => {
  const brag = packOf({
    id: 'no-brag',
    type: 'avoid',
    phrases: ['meilleur boulanger de France'],
    message: { fr: 'Pas de superlatif' },
  });
  const text = 'Nous sommes le meilleur boulanger de France !';
  it('make one hint: the team’s, which names the built-in rule it stands for', () => {
    const without = analyze(text, { platform: 'linkedin' });
    const builtIn = without.findings.filter((f) => f.category === 'self-centred');
    expect(builtIn.length).toBeGreaterThan(0);
    const report = analyze(text, { platform: 'linkedin', houseRules: [brag] });
    const house = report.findings.filter((f) => f.category === 'house-rules');
    expect(house).toHaveLength(1);
    expect(report.findings.filter((f) => f.category === 'self-centred')).toEqual([]);
    expect(house[0]!.covers).toEqual(
      builtIn.map((f) => ({ rule: f.rule, category: 'self-centred', severity: f.severity })),
    );
    // The self-centred sub-score still counts the brag.
    expect(report.subScores['self-centred']).toBe(without.subScores['self-centred']);
    expect(report.truncated).toBe(false);
  });
});

describe('bounded work on untrusted packs', () => {
  const heavy = Array.from({ length: 20 }, () =>
    packOf(
      ...Array.from({ length: 200 }, (_, r): HouseRule => ({
        id: `r${r}`,
        type: 'avoid',
        phrases: ['like', ...Array.from({ length: 99 }, (_, k) => `like w${k} {number} {time}`)],
        message: { en: 'no' },
      })),
    ),
  ).map((pack, p) => ({ ...pack, id: `pack-${p}` }));
  const draft = Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? 'like' : i % 3 === 1 ? 'w1' : '12')).join(' ');

  it('20 packs of 200 rules on a 2,000-word draft: findings capped, each rule capped, scan steps bounded', () => {
    const report = analyze(draft, { platform: 'linkedin', houseRules: heavy });
    const house = report.findings.filter((f) => f.category === 'house-rules');
    expect(report.findings.length).toBeLessThanOrEqual(500);
    expect(house.length).toBeGreaterThan(400);
    expect(report.truncated).toBe(true);
    const perRule = new Map<string, number>();
    for (const f of house) perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
    expect(Math.max(...perRule.values())).toBeLessThanOrEqual(MAX_FINDINGS_PER_RULE);
  });

  it('one shared scan: the work does not grow with the number of packs holding the same phrases', () => {
    const one = compileHouseRules(heavy.slice(0, 1));
    const twenty = compileHouseRules(heavy);
    const steps = (analyzer: typeof one) => {
      analyzer.run(contextOf(draft));
      return analyzer.lastScan.steps;
    };
    expect(steps(twenty)).toBe(steps(one));
    expect(steps(twenty)).toBeLessThan(MAX_SCAN_STEPS);
  });

  it('a step budget stops a scan that classes could make explode', () => {
    const classes = packOf({
      id: 'explode',
      type: 'avoid',
      phrases: Array.from({ length: 100 }, (_, k) => `${'{number} '.repeat(20)}w${k}`),
      message: { en: 'no' },
    });
    const analyzer = compileHouseRules([classes]);
    analyzer.run(contextOf('1 '.repeat(20_000)));
    expect(analyzer.lastScan.steps).toBeLessThanOrEqual(MAX_SCAN_STEPS + 1);
  });
});

function contextOf(text: string): Context {
  const norm = normalize(text);
  const { tokens, sentences } = tokenize(norm.text);
  return {
    original: text,
    norm,
    tokens,
    sentences,
    lang: 'en',
    platform: 'linkedin',
    kind: 'post',
  } as unknown as Context;
}
