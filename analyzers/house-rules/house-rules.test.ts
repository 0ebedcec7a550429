import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../index';
import type { HousePack } from './types';

const pack: HousePack = {
  id: 'atelier',
  name: 'Atelier team',
  version: 1,
  enabled: true,
  norms: { en: 'Answer within a day.', fr: 'Répondre dans la journée.' },
  rules: [
    {
      id: 'say-everyone',
      type: 'avoid',
      phrases: ['hey guys', 'les gars'],
      message: { en: 'Not everyone is a guy', fr: 'Tout le monde n’est pas un gars' },
      instead: { en: ['Hi everyone'], fr: ['Bonjour à tous'] },
    },
    {
      id: 'members',
      type: 'avoid',
      phrases: ['customers'],
      sites: ['linkedin'],
      message: { en: 'We call them members' },
    },
    {
      id: 'sponsored',
      type: 'require',
      when: ['sponsored', 'partenariat'],
      anyOf: ['#ad', '#sponsorisé'],
      severity: 'warning',
      message: { en: 'Say #ad', fr: 'Dites #sponsorisé' },
    },
    {
      id: 'sign',
      type: 'require',
      anyOf: ['Julie$'],
      kinds: ['comment'],
      message: { en: 'Sign it' },
    },
  ],
  sites: { x: { off: ['members', 'formulas/exclamations'] } },
};

const rules = (text: string, options: Partial<Parameters<typeof analyze>[1]> = {}) =>
  analyze(text, { platform: 'linkedin', houseRules: [pack], ...options })
    .findings.filter((f) => f.category === 'house-rules')
    .map((f) => [f.rule, f.start !== undefined ? text.slice(f.start, f.end) : null]);

describe('house rules', () => {
  it('flag avoided phrases however they are written, with the pack’s message, better ways and name', () => {
    const text = 'HEY GUYS, our customers asked for this. Hey   guys again!';
    expect(rules(text)).toEqual([
      ['house-rules/atelier.say-everyone', 'HEY GUYS'],
      ['house-rules/atelier.say-everyone', 'Hey   guys'],
      ['house-rules/atelier.members', 'customers'],
    ]);
    const finding = analyze(text, { platform: 'linkedin', houseRules: [pack], messageLang: 'en' }).findings.find(
      (f) => f.rule === 'house-rules/atelier.say-everyone',
    )!;
    expect(finding).toMatchObject({
      message: 'Not everyone is a guy',
      suggestions: ['Hi everyone'],
      source: 'Atelier team',
    });
  });

  it('speak the message language, falling back to the other one', () => {
    const fr = analyze('Salut les gars', { platform: 'linkedin', houseRules: [pack], messageLang: 'fr' });
    expect(fr.findings.find((f) => f.rule.startsWith('house-rules/'))).toMatchObject({
      message: 'Tout le monde n’est pas un gars',
      suggestions: ['Bonjour à tous'],
    });
    const fallback = analyze('Nos customers', { platform: 'linkedin', houseRules: [pack], messageLang: 'fr' });
    expect(fallback.findings.find((f) => f.rule === 'house-rules/atelier.members')?.message).toBe(
      'We call them members',
    );
  });

  it('match whole words only, and a hashtag only as a hashtag', () => {
    expect(rules('Our customersupport team')).toEqual([]);
    expect(rules('This is a sponsored post, ad included')).toEqual([['house-rules/atelier.sponsored', 'sponsored']]);
    expect(rules('This is a sponsored post #ad')).toEqual([]);
    expect(rules('En partenariat avec Lune #sponsorisé')).toEqual([]);
  });

  it('require an element only where the rule says: when triggered, on its kinds and sites', () => {
    expect(rules('A plain post about our week')).toEqual([]);
    expect(rules('Thanks for the feedback!', { kind: 'comment' })).toEqual([['house-rules/atelier.sign', null]]);
    expect(rules('Thanks for the feedback! Julie', { kind: 'comment' })).toEqual([]);
    expect(rules('Julie says thanks for the feedback!', { kind: 'comment' })).toEqual([
      ['house-rules/atelier.sign', null],
    ]);
    expect(rules('Thanks for the feedback!', { kind: 'post' })).toEqual([]);
    expect(rules('Our customers love it', { platform: 'facebook' })).toEqual([]);
  });

  it('apply per-site overrides to their own and built-in rules', () => {
    const text = 'Our customers love it!!! Hey guys';
    const onX = analyze(text, { platform: 'x', houseRules: [pack] }).findings.map((f) => f.rule);
    expect(onX).toContain('house-rules/atelier.say-everyone');
    expect(onX).not.toContain('formulas/exclamations');
    const onLinkedIn = analyze(text, { platform: 'linkedin', houseRules: [pack] }).findings.map((f) => f.rule);
    expect(onLinkedIn).toEqual(expect.arrayContaining(['formulas/exclamations', 'house-rules/atelier.members']));
  });

  it('ignore a disabled pack, and can be muted rule by rule like any rule', () => {
    expect(rules('Hey guys', { houseRules: [{ ...pack, enabled: false }] })).toEqual([]);
    expect(rules('Hey guys', { settings: { disabledRules: ['house-rules/atelier.say-everyone'] } })).toEqual([]);
    expect(rules('Hey guys', { settings: { disabledRules: ['house-rules'] } })).toEqual([]);
  });

  it('apply several packs, each finding naming its own', () => {
    const other: HousePack = {
      id: 'brand',
      name: 'Brand voice',
      version: 1,
      enabled: true,
      rules: [{ id: 'no-cheap', type: 'avoid', phrases: ['cheap'], message: { en: 'Say affordable' } }],
    };
    const report = analyze('Hey guys, cheap tickets', { platform: 'linkedin', houseRules: [pack, other] });
    expect(report.findings.filter((f) => f.source).map((f) => [f.rule, f.source])).toEqual([
      ['house-rules/atelier.say-everyone', 'Atelier team'],
      ['house-rules/brand.no-cheap', 'Brand voice'],
    ]);
  });

  it('never build a regular expression from a team’s phrases', () => {
    const hostile: HousePack = {
      ...pack,
      id: 'hostile',
      rules: [{ id: 'evil', type: 'avoid', phrases: ['(a+)+$', '.*.*.*=', '[[[', 'a|b|c'], message: { en: 'x' } }],
    };
    const spy = vi.spyOn(globalThis, 'RegExp');
    const report = analyze(`${'a'.repeat(5000)}!`, { platform: 'x', houseRules: [hostile] });
    expect(spy.mock.calls.filter(([source]) => String(source).includes('a+'))).toEqual([]);
    expect(report.errors).toEqual([]);
    spy.mockRestore();
  });
});
