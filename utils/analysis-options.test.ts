import { describe, expect, it } from 'vitest';
import { analyze } from '@/analyzers';
import type { HousePack } from '@/analyzers/house-rules/types';
import { analysisOptions, offRules } from './analysis-options';
import { DEFAULT_SETTINGS } from './settings';

const pack = (enabled: boolean): HousePack => ({
  id: 'team',
  name: 'Team',
  version: 1,
  enabled,
  rules: [{ id: 'guys', type: 'avoid', phrases: ['hey guys'], message: { en: 'Say everyone' } }],
});
const rules = (text: string, options: ReturnType<typeof analysisOptions>) =>
  analyze(text, { platform: 'linkedin', ...options }).findings.map((f) => f.rule);

describe('analysisOptions', () => {
  it('gives the defaults to a caller without settings (the CLI)', () => {
    expect(analysisOptions({}, { messageLang: 'auto' })).toEqual({
      messageLang: 'auto',
      settings: { disabledRules: [], sensitivity: 'normal' },
    });
    expect(analysisOptions(DEFAULT_SETTINGS, { messageLang: 'en' })).toEqual(
      analysisOptions({}, { messageLang: 'en' }),
    );
  });

  it('leaves out rules turned off or muted, once each', () => {
    expect(
      offRules({ disabledRules: ['begging', 'formulas/shouting'], mutedRules: ['begging/like', 'begging'] }),
    ).toEqual(['begging', 'formulas/shouting', 'begging/like']);
    const text = 'Like and share this post! Follow us for more tips.';
    const all = rules(text, analysisOptions({}, { messageLang: 'en' }));
    expect(all).toEqual(expect.arrayContaining(['begging/like', 'begging/follow']));
    const muted = rules(text, analysisOptions({ mutedRules: ['begging/like'] }, { messageLang: 'en' }));
    expect(muted).not.toContain('begging/like');
    expect(muted).toContain('begging/follow');
    expect(rules(text, analysisOptions({ disabledRules: ['begging'] }, { messageLang: 'en' }))).not.toContain(
      'begging/follow',
    );
  });

  it('applies the enabled packs only, the sensitivity and the own domains', () => {
    const text = 'Hey guys, what is the hardest part of pricing your work?';
    expect(rules(text, analysisOptions({}, { messageLang: 'en', packs: [pack(true)] }))).toContain(
      'house-rules/team.guys',
    );
    const off = analysisOptions({}, { messageLang: 'en', packs: [pack(false)] });
    expect(off.houseRules).toBeUndefined();
    expect(rules(text, off)).not.toContain('house-rules/team.guys');
    const chosen = analysisOptions({ sensitivity: 'gentle', ownDomains: ['atelier.fr'] }, { messageLang: 'fr' });
    expect(chosen).toMatchObject({
      messageLang: 'fr',
      settings: { sensitivity: 'gentle' },
      ownDomains: ['atelier.fr'],
    });
    expect(
      analyze('Our new page: https://atelier.fr/news', { platform: 'x', ...chosen }).findings.map((f) => f.rule),
    ).toContain('sharing/own-link-only');
  });
});
